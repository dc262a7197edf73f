"""The Qt item model of the case list: paged rows, sorted and filtered by the store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from ehbc_desktop.domain.enums import CaseStatus, Classification
from ehbc_desktop.ui.labels import classification_label, format_date, status_label
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.ui.table_model import Column, RowTableModel

if TYPE_CHECKING:
    from ehbc_desktop.services.case.cases import CaseOrder, CaseRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 2

COL_REFERENCE, COL_TITLE, COL_PUPILS, COL_STATUS, COL_CLASSIFICATION, COL_OPENED, COL_NEXT = range(
    7
)
COLUMN_COUNT = 7
AnyIndex = QModelIndex | QPersistentModelIndex


def pupils_text(row: CaseRow) -> str:
    """Victims and bullies of a case as one readable line."""
    return _pupils(
        row,
        QCoreApplication.translate("CaseTableModel", "victim: %1"),
        QCoreApplication.translate("CaseTableModel", "bully: %1"),
    )


def _pupils(row: CaseRow, victim: str, bully: str) -> str:
    parts = []
    if row.victims:
        parts.append(victim.replace("%1", ", ".join(row.victims)))
    if row.bullies:
        parts.append(bully.replace("%1", ", ".join(row.bullies)))
    return "; ".join(parts)


def _next_text(row: CaseRow) -> str:
    """The next follow-up date; an open case without one says so (it needs attention)."""
    return _next(row, QCoreApplication.translate("CaseTableModel", "not planned"))


def _next(row: CaseRow, not_planned: str) -> str:
    if row.next_follow_up is not None:
        return format_date(row.next_follow_up)
    if row.status == CaseStatus.CLOSED:
        return ""
    return not_planned


def case_title(row: CaseRow) -> str:
    """The title; a confidential case shows who to ask for access instead (it has no title)."""
    return _case_title(
        row, QCoreApplication.translate("CaseTableModel", "confidential case — ask %1 for access")
    )


def _case_title(row: CaseRow, confidential: str) -> str:
    if row.confidential_for:
        return confidential.replace("%1", ", ".join(row.confidential_for))
    return row.title


class _RowTexts:
    """The display texts of rows, with every translated word asked of Qt once per batch.

    Not once per row: five translations per row through PySide made 200 dashboard rows cost the
    GUI thread 10 ms; with the words asked once, 1.3 ms.
    """

    def __init__(self) -> None:
        self.victim = QCoreApplication.translate("CaseTableModel", "victim: %1")
        self.bully = QCoreApplication.translate("CaseTableModel", "bully: %1")
        self.not_planned = QCoreApplication.translate("CaseTableModel", "not planned")
        self.confidential = QCoreApplication.translate(
            "CaseTableModel", "confidential case — ask %1 for access"
        )
        self.status = {status: status_label(status) for status in CaseStatus}
        self.classification: dict[Classification | None, str] = {
            value: classification_label(value) for value in (*Classification, None)
        }

    def row(self, row: CaseRow) -> tuple[str, ...]:
        """The texts of the columns (COL_*), in order."""
        return (
            row.reference,
            _case_title(row, self.confidential),
            _pupils(row, self.victim, self.bully),
            self.status[row.status],
            self.classification[row.classification],
            format_date(row.opened_on),
            _next(row, self.not_planned),
        )


def _title(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("CaseTableModel", text)


# Titles are marked with their literal context so lupdate keeps them under "CaseTableModel".
_COLUMNS: tuple[Column[CaseRow], ...] = (
    Column(_title(QT_TRANSLATE_NOOP("CaseTableModel", "Reference")), lambda r: r.reference),
    Column(_title(QT_TRANSLATE_NOOP("CaseTableModel", "Title")), case_title),
    Column(_title(QT_TRANSLATE_NOOP("CaseTableModel", "Pupils")), pupils_text),
    Column(_title(QT_TRANSLATE_NOOP("CaseTableModel", "Status")), lambda r: status_label(r.status)),
    Column(
        _title(QT_TRANSLATE_NOOP("CaseTableModel", "Classification")),
        lambda r: classification_label(r.classification),
    ),
    Column(
        _title(QT_TRANSLATE_NOOP("CaseTableModel", "Opened")), lambda r: format_date(r.opened_on)
    ),
    Column(_title(QT_TRANSLATE_NOOP("CaseTableModel", "Next follow-up")), _next_text),
)


class CaseTableModel(RowTableModel["CaseRow"]):
    """The case list, loaded a page at a time (`canFetchMore`/`fetchMore`), sorted by the store.

    The model never queries anything itself: `fetchMore` and `sort` ask its owner through
    signals, and the owner hands pages back with `set_page` and `append_page`. The display
    text is translated; the sort role holds the raw value of a cell.
    """

    sig_more_requested = Signal(object)
    """The view scrolled to the end: load the page after this cursor (`CasePage.after`)."""

    sig_order_changed = Signal()
    """The teacher sorted on another column or direction: load the first page again."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_COLUMNS, parent)
        self._sort_column = COL_OPENED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._after: object | None = None
        self._fetching = False
        # The texts of every loaded row, made once: the view asks data() thousands of times
        # (painting, sizing columns), and a text such as "victim: ..." is translated each time.
        self._texts: list[tuple[str, ...]] = []

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cached text for the text roles; the rest as the base class gives it."""
        if role in self.TEXT_ROLES and index.isValid() and index.row() < len(self._texts):
            texts = self._texts[index.row()]
            return texts[index.column()] if 0 <= index.column() < len(texts) else None
        return super().data(index, role)

    def _make_texts(self, rows: Sequence[CaseRow]) -> list[tuple[str, ...]]:
        texts = _RowTexts()
        return [texts.row(row) for row in rows]

    def set_page(self, rows: Sequence[CaseRow], after: object | None) -> None:
        """Show the first page of a new query; `after` continues it (None: nothing follows)."""
        self._after, self._fetching = after, False
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = self._make_texts(self._rows)
        self.endResetModel()

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        """Show these rows and nothing more."""
        self.set_page(rows, None)

    def append_page(self, rows: Sequence[CaseRow], after: object | None) -> None:
        """Add the next page at the end."""
        self._fetching = False
        self._after = after
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows += list(rows)
            self._texts += self._make_texts(rows)
            self.endInsertRows()

    def fetch_failed(self) -> None:
        """The page could not be loaded: stop asking for more until the next query."""
        self._fetching, self._after = False, None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """True while the query has rows beyond the loaded pages and none is on its way."""
        return not parent.isValid() and self._after is not None and not self._fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """Ask the owner for the next page (it arrives later, through `append_page`)."""
        if self.canFetchMore(parent):
            self._fetching = True
            self.sig_more_requested.emit(self._after)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Remember the order and ask for the first page in it (the store sorts every match)."""
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self.sig_order_changed.emit()

    def order(self) -> CaseOrder | None:
        """The order to ask the store for; None for the default, newest first."""
        from ehbc_desktop.services.case.cases import CaseOrder

        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if self._sort_column == COL_OPENED and descending:
            return None
        name = _ORDER_NAMES.get(self._sort_column, "opened")
        ranks: tuple[str, ...] = ()
        if self._sort_column == COL_STATUS:
            ranks = tuple(sorted((s.value for s in CaseStatus),
                                 key=lambda v: status_label(CaseStatus(v)).casefold()))  # fmt: skip
        elif self._sort_column == COL_CLASSIFICATION:
            values: list[Classification | None] = [*Classification, None]
            values.sort(key=lambda c: classification_label(c).casefold())
            ranks = tuple(c.value if c else "" for c in values)
        return CaseOrder(name, descending, ranks)

    def _role_data(self, row: CaseRow, column: int, role: int) -> Any:
        """Sort keys and the case id."""
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CASE_ID_ROLE:
            return row.id
        return None

    @staticmethod
    def _display(row: CaseRow, column: int) -> str:
        return _COLUMNS[column].text(row) if 0 <= column < COLUMN_COUNT else ""

    @staticmethod
    def _sort_key(row: CaseRow, column: int) -> str:
        if column == COL_OPENED:
            return row.opened_on.isoformat()
        if column == COL_NEXT:
            return row.next_follow_up.isoformat() if row.next_follow_up else "9999-12-31"
        return CaseTableModel._display(row, column).casefold()


_ORDER_NAMES = {
    COL_REFERENCE: "reference",
    COL_TITLE: "title",
    COL_PUPILS: "pupils",
    COL_STATUS: "status",
    COL_CLASSIFICATION: "classification",
    COL_OPENED: "opened",
    COL_NEXT: "next",
}
