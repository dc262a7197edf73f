"""A read-only Qt table model over plain rows, with an "overdue" flag that stands out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeAlias

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ehbc_desktop.ui import table_model
from ehbc_desktop.ui.caselist.case_table_model import CASE_ID_ROLE
from ehbc_desktop.ui.table_model import AnyIndex, RowTableModel

__all__ = ["OVERDUE_COLOUR", "OVERDUE_ROLE", "ROW_ROLE", "AnyIndex", "Column", "RowsTableModel"]

ROW_ROLE = Qt.ItemDataRole.UserRole + 20  # the row object itself
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 21  # True when the row is overdue
OVERDUE_COLOUR = QColor("#a11d1d")

# Rows here are plain dataclasses of several kinds, so the columns take any row.
Column: TypeAlias = table_model.Column[Any]


class RowsTableModel(RowTableModel[Any]):
    """Rows of any plain dataclass; overdue rows in dark red and bold (the text says it too)."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        case_id: Callable[[Any], str] = lambda row: str(getattr(row, "case_id", "")),
        overdue: Callable[[Any], bool] = lambda row: bool(getattr(row, "overdue", False)),
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self._case_id = case_id
        self._overdue = overdue

    def rows(self) -> list[Any]:
        """The rows shown, in order."""
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """The row object at `row`, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _role_data(self, row: Any, column: int, role: int) -> Any:
        """The case id, the row, and the overdue look."""
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
