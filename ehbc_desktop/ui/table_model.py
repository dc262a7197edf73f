"""The shared base of the read-only Qt table models: a flat list of rows shown through columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
DISPLAY_AND_TOOLTIP = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its (translated) title and how a row becomes its text."""

    title: Callable[[], str]
    text: Callable[[T], str]


class RowTableModel(QAbstractTableModel, Generic[T]):
    """A flat, read-only table over a list of rows; subclasses add only what is their own.

    The text roles (`TEXT_ROLES`) come from the columns; every other role goes to
    `_role_data`, which a subclass overrides for its user roles (ids, sort keys, looks). A row's
    texts are made once, when first asked for: a view asks `data()` for every cell again at each
    paint and each measure of its columns (thousands of calls while a screen is built), and a
    column's text may format dates and translate words.
    """

    TEXT_ROLES: tuple[Qt.ItemDataRole, ...] = DISPLAY_AND_TOOLTIP

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: tuple[Column[T], ...] = tuple(columns)
        self._rows: list[T] = []
        self._row_texts: list[tuple[str, ...] | None] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._row_texts = [None] * len(self._rows)
        self.endResetModel()

    def row_at(self, row: int) -> T:
        """The row object behind table row `row`."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of rows (a flat table has no children)."""
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
        """The column's text for the text roles; other roles through `_role_data`."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        number, column = index.row(), index.column()
        if role in self.TEXT_ROLES:
            texts = self._row_texts[number] if number < len(self._row_texts) else None
            if texts is None:
                texts = self._texts_of(number)
            return texts[column] if 0 <= column < len(texts) else None
        return self._role_data(self._rows[number], column, role)

    def _texts_of(self, number: int) -> tuple[str, ...]:
        """Every column's text of row `number`, made now and kept until the rows change."""
        row = self._rows[number]
        texts = tuple(column.text(row) for column in self._columns)
        if number < len(self._row_texts):
            self._row_texts[number] = texts
        return texts

    def _role_data(self, row: T, column: int, role: int) -> Any:
        """The value of a role other than the text roles; none by default."""
        return None


def read_only_table(name: str, model: QAbstractTableModel, parent: QWidget) -> QTableView:
    """A table that shows `model`: whole rows selected, not editable, columns fit their text."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
