"""A read-only Qt table model over plain rows, with an "overdue" flag that stands out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ehbc_desktop.ui.caselist.case_table_model import CASE_ID_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 20  # the row object itself
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 21  # True when the row is overdue
OVERDUE_COLOUR = QColor("#a11d1d")


@dataclass(frozen=True)
class Column:
    """One column: its (translated) title and how a row becomes its text."""

    title: Callable[[], str]
    text: Callable[[Any], str]


class RowsTableModel(QAbstractTableModel):
    """Rows of any plain dataclass; overdue rows in dark red and bold (the text says it too)."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        case_id: Callable[[Any], str] = lambda row: str(getattr(row, "case_id", "")),
        overdue: Callable[[Any], bool] = lambda row: bool(getattr(row, "overdue", False)),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._case_id = case_id
        self._overdue = overdue
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        """The rows shown, in order."""
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """The row object at `row`, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._columns[section].title() if 0 <= section < len(self._columns) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, the case id, the row, and the overdue look."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            return self._columns[column].text(row) if 0 <= column < len(self._columns) else None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return self._overdue_look(role) if self._overdue(row) else None
        plain = {CASE_ID_ROLE: self._case_id, ROW_ROLE: lambda r: r, OVERDUE_ROLE: self._overdue}
        getter = plain.get(role)
        return getter(row) if getter is not None else None

    @staticmethod
    def _overdue_look(role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR)
        font = QFont()
        font.setBold(True)
        return font
