"""Qt item model for the dashboard's follow-ups (due today, overdue)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from ehbc_desktop.ui.case.timeline_text import due_text
from ehbc_desktop.ui.caselist.case_table_model import CASE_ID_ROLE
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.table_model import Column, RowTableModel

if TYPE_CHECKING:
    from ehbc_desktop.services.case.dashboard import DueItem

COLUMN_COUNT = 4
AnyIndex = QModelIndex | QPersistentModelIndex


def _what(item: DueItem) -> str:
    return due_text(item.step, getattr(item, "kind", "follow_up"), getattr(item, "detail", ""))


_COLUMNS: tuple[Column[DueItem], ...] = (
    Column(lambda: QCoreApplication.translate("DueTableModel", "Case"), lambda i: i.reference),
    Column(lambda: QCoreApplication.translate("DueTableModel", "Pupil"), lambda i: i.pupil),
    Column(lambda: QCoreApplication.translate("DueTableModel", "What"), _what),
    Column(
        lambda: QCoreApplication.translate("DueTableModel", "Planned for"),
        lambda i: format_date(i.due),
    ),
)


class DueTableModel(RowTableModel["DueItem"]):
    """Rows of `DueItem`: reference, pupil, step, due date."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_COLUMNS, parent)

    def _role_data(self, row: DueItem, column: int, role: int) -> Any:
        """The case id."""
        return row.case_id if role == CASE_ID_ROLE else None
