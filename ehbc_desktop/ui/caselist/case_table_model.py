"""Qt item models for case rows: the table model and the status/classification filter proxy."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ehbc_desktop.domain.enums import CaseStatus, Classification
from ehbc_desktop.ui.labels import classification_label, format_date, status_label

if TYPE_CHECKING:
    from ehbc_desktop.services.cases import CaseRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2

COL_REFERENCE, COL_TITLE, COL_PUPILS, COL_STATUS, COL_CLASSIFICATION, COL_OPENED, COL_NEXT = range(
    7
)
COLUMN_COUNT = 7
AnyIndex = QModelIndex | QPersistentModelIndex


def pupils_text(row: CaseRow) -> str:
    """Victims and bullies of a case as one readable line."""
    parts = []
    if row.victims:
        parts.append(
            QCoreApplication.translate("CaseTableModel", "victim: %1").replace(
                "%1", ", ".join(row.victims)
            )
        )
    if row.bullies:
        parts.append(
            QCoreApplication.translate("CaseTableModel", "bully: %1").replace(
                "%1", ", ".join(row.bullies)
            )
        )
    return "; ".join(parts)


def _next_text(row: CaseRow) -> str:
    """The next follow-up date; an open case without one says so (it needs attention)."""
    if row.next_follow_up is not None:
        return format_date(row.next_follow_up)
    if row.status == CaseStatus.CLOSED:
        return ""
    return QCoreApplication.translate("CaseTableModel", "not planned")


class CaseTableModel(QAbstractTableModel):
    """Rows of `CaseRow`; the display text is translated, the sort role holds raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        """Replace every row (the result of a new search)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow:
        """The case row behind table row `row`."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of cases (a flat table has no children)."""
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
        if not 0 <= section < COLUMN_COUNT:
            return None
        titles = (
            QCoreApplication.translate("CaseTableModel", "Reference"),
            QCoreApplication.translate("CaseTableModel", "Title"),
            QCoreApplication.translate("CaseTableModel", "Pupils"),
            QCoreApplication.translate("CaseTableModel", "Status"),
            QCoreApplication.translate("CaseTableModel", "Classification"),
            QCoreApplication.translate("CaseTableModel", "Opened"),
            QCoreApplication.translate("CaseTableModel", "Next follow-up"),
        )
        return titles[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort keys and the case id."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CASE_ID_ROLE:
            return row.id
        return None

    @staticmethod
    def _display(row: CaseRow, column: int) -> str:
        values = {
            COL_REFERENCE: row.reference,
            COL_TITLE: row.title,
            COL_PUPILS: pupils_text(row),
            COL_STATUS: status_label(row.status),
            COL_CLASSIFICATION: classification_label(row.classification),
            COL_OPENED: format_date(row.opened_on),
            COL_NEXT: _next_text(row),
        }
        return values.get(column, "")

    @staticmethod
    def _sort_key(row: CaseRow, column: int) -> str:
        if column == COL_OPENED:
            return row.opened_on.isoformat()
        if column == COL_NEXT:
            # Cases without a follow-up sort after every planned date.
            return row.next_follow_up.isoformat() if row.next_follow_up else "9999-12-31"
        return CaseTableModel._display(row, column).casefold()


class CaseFilterProxyModel(QSortFilterProxyModel):
    """Sorts on raw values and keeps only the chosen statuses and classifications."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._statuses: set[CaseStatus] | None = None
        self._classifications: set[Classification | None] | None = None

    def set_filters(
        self,
        statuses: set[CaseStatus] | None,
        classifications: set[Classification | None] | None,
    ) -> None:
        """None means "every value"; `None` inside the classification set means unclassified."""
        self.beginFilterChange()
        self._statuses = statuses
        self._classifications = classifications
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Keep a row when its status and classification are among the chosen ones."""
        model = self.sourceModel()
        if not isinstance(model, CaseTableModel):
            return True
        row = model.row_at(source_row)
        if self._statuses is not None and row.status not in self._statuses:
            return False
        return self._classifications is None or row.classification in self._classifications
