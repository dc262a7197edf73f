"""Qt item model for the dashboard's follow-ups (due today, overdue)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ehbc_desktop.ui.case.timeline_text import due_text
from ehbc_desktop.ui.caselist.case_table_model import CASE_ID_ROLE
from ehbc_desktop.ui.labels import format_date

if TYPE_CHECKING:
    from ehbc_desktop.services.dashboard import DueItem

COLUMN_COUNT = 4
AnyIndex = QModelIndex | QPersistentModelIndex


class DueTableModel(QAbstractTableModel):
    """Rows of `DueItem`: reference, pupil, step, due date."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DueItem] = []

    def set_rows(self, rows: Sequence[DueItem]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of follow-ups."""
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
            QCoreApplication.translate("DueTableModel", "Case"),
            QCoreApplication.translate("DueTableModel", "Pupil"),
            QCoreApplication.translate("DueTableModel", "What"),
            QCoreApplication.translate("DueTableModel", "Planned for"),
        )
        return titles[section] if 0 <= section < COLUMN_COUNT else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text and the case id."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == CASE_ID_ROLE:
            return item.case_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            what = due_text(
                item.step, getattr(item, "kind", "follow_up"), getattr(item, "detail", "")
            )
            values = (item.reference, item.pupil, what, format_date(item.due))
            return values[index.column()] if 0 <= index.column() < COLUMN_COUNT else None
        return None
