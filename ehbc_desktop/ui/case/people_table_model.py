"""Qt item model for people found by name (to reuse a pupil from an earlier case)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ehbc_desktop.domain.entities import Person
from ehbc_desktop.ui.labels import format_date

COLUMN_COUNT = 3
AnyIndex = QModelIndex | QPersistentModelIndex


class PeopleTableModel(QAbstractTableModel):
    """Rows of `Person`: name, class, birth date."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Person] = []

    def set_rows(self, rows: Sequence[Person]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Person:
        """The person behind table row `row`."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of people."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("PeopleTableModel", "Name"),
            QCoreApplication.translate("PeopleTableModel", "Class"),
            QCoreApplication.translate("PeopleTableModel", "Birth date"),
        )
        return titles[section] if 0 <= section < COLUMN_COUNT else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self._rows[index.row()]
        values = (person.full_name, person.class_name, format_date(person.birth_date))
        return values[index.column()] if 0 <= index.column() < COLUMN_COUNT else None
