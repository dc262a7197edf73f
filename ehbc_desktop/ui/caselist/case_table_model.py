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
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        """Replace every row (the result of a new search), kept in the current sort order."""
        self.beginResetModel()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on precomputed keys: one key per row instead of a Qt comparison
        calling data() for every pair (10,000 rows sort in milliseconds, not seconds)."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in persistent]
        self._sort_column, self._sort_order = column, order
        self._rows = self._sorted(self._rows)
        position = {row.id: n for n, row in enumerate(self._rows)}
        moved = [
            self.index(position[i], index.column())
            for i, index in zip(ids, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[CaseRow]) -> list[CaseRow]:
        if not 0 <= self._sort_column < COLUMN_COUNT:
            return rows
        column = self._sort_column
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda row: self._sort_key(row, column), reverse=descending)

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
    """Keeps only the chosen statuses and classifications; sorting is left to the source.

    The view asks the proxy to sort; the proxy passes that on to `CaseTableModel.sort`, which
    sorts on precomputed keys, and keeps the source's order itself.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._statuses: set[CaseStatus] | None = None
        self._classifications: set[Classification | None] | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort (fast), keep its order here."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

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
