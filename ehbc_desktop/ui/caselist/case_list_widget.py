"""The case list's behaviour: debounced search in the background, filters, opening a case."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from ehbc_desktop.domain.enums import CaseStatus, Classification
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.caselist.case_list_view import UNCLASSIFIED, CaseListView
from ehbc_desktop.ui.caselist.case_table_model import (
    CASE_ID_ROLE,
    COL_OPENED,
    COL_PUPILS,
    COL_TITLE,
    CaseTableModel,
)
from ehbc_desktop.ui.errors import message_for

if TYPE_CHECKING:
    from ehbc_desktop.services.case.cases import CaseService

SEARCH_DEBOUNCE_MS = 150
MEASURED_ROWS = 40
MIN_PAGE_ROWS = 25  # a page when the table is not laid out yet


class CaseListWidget(QWidget):
    """Lists the cases; typing searches after a short pause, Enter or double-click opens one."""

    sig_case_requested = Signal(str)
    """The teacher asked to open the case with this id."""

    sig_new_case_requested = Signal()
    """The teacher asked to create a new case."""

    sig_search_finished = Signal()
    """A search came back and the table shows its rows (tests and benchmarks wait on it)."""

    def __init__(
        self, cases: CaseService, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._cases = cases
        self._runner = runner
        self._serial = 0
        self._total = 0
        self._statuses: set[CaseStatus] | None = None
        self._classifications: set[Classification | None] | None = None
        self.view = CaseListView()
        self.model = CaseTableModel(self)
        self.view.table.setModel(self.model)
        self.view.table.sortByColumn(COL_OPENED, Qt.SortOrder.DescendingOrder)
        self.model.sig_more_requested.connect(self._on_model_sig_more_requested)
        self.model.sig_order_changed.connect(self.refresh)
        header = self.view.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size columns from the first rows only: measuring thousands of rows costs seconds.
        header.setResizeContentsPrecision(MEASURED_ROWS)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PUPILS, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view.search_edit)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._order: Any = None
        self.view.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.view.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.view.classification_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.view.table.activated.connect(self._on_table_activated)
        self.view.new_button.clicked.connect(self.sig_new_case_requested)
        self.view.table.installEventFilter(self)

    def refresh(self) -> None:
        """Load the first page and the count again (after typing, a filter, a sort or a change).

        Only one page is built, about as many rows as the table shows; scrolling down asks the
        model for the next ones (`fetchMore`).
        """
        self._debounce.stop()
        self._serial += 1
        serial = self._serial
        query = self._query()
        limit = self._page_rows()
        order = self._order = self.model.order()
        cases = self._cases

        def first_page() -> tuple[Any, int]:
            page = cases.case_page(**query, limit=limit, order=order)
            return page, cases.count_cases(**query)

        self._runner.run_in_background(
            first_page,
            lambda result: self._on_search_done(serial, result),
            self._on_search_failed,
            owner=self,
        )

    def _query(self) -> dict[str, Any]:
        return {
            "text": self.view.search_edit.text().strip(),
            "statuses": self._statuses,
            "classifications": self._classifications,
        }

    def _page_rows(self) -> int:
        table = self.view.table
        rows = table.viewport().height() // max(1, table.verticalHeader().defaultSectionSize())
        return max(MIN_PAGE_ROWS, rows + 1)

    def _on_model_sig_more_requested(self, after: object) -> None:
        serial, query, limit, order = self._serial, self._query(), self._page_rows(), self._order
        cases, cursor = self._cases, int(str(after))
        self._runner.run_in_background(
            lambda: cases.case_page(**query, limit=limit, after=cursor, order=order),
            lambda page: self._on_more_done(serial, page),
            self._on_more_failed,
            owner=self,
        )

    def _on_more_done(self, serial: int, page: Any) -> None:
        if serial == self._serial:
            self.model.append_page(page.rows, page.after)

    def _on_more_failed(self, exc: BaseException) -> None:
        self.model.fetch_failed()
        self._on_search_failed(exc)

    def focus_search(self) -> None:
        """Put the cursor in the search field and select its text (Ctrl+F)."""
        self.view.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.search_edit.selectAll()

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_search_done(self, serial: int, result: Any) -> None:
        if serial != self._serial:
            return  # an older search; a newer one is on its way
        page, self._total = result
        self.model.set_page(page.rows, page.after)
        self.view.table.scrollToTop()
        self._update_count()
        self.sig_search_finished.emit()

    def _on_search_failed(self, exc: BaseException) -> None:
        self.view.count_label.setText(message_for(exc))

    def _on_filter_changed(self, _index: int) -> None:
        status = self.view.status_combo.currentData()
        classification = self.view.classification_combo.currentData()
        self._statuses = None if status is None else {CaseStatus(status)}
        if classification is None:
            self._classifications = None
        elif classification == UNCLASSIFIED:
            self._classifications = {None}
        else:
            self._classifications = {Classification(classification)}
        self.refresh()

    def _update_count(self) -> None:
        total = self._total
        searching = bool(self.view.search_edit.text().strip())
        filtered = self._statuses is not None or self._classifications is not None
        if total == 0 and not searching and not filtered:
            text = self.tr("No cases yet. Use 'New case' to open the first one.")
        elif total == 0:
            text = self.tr("No case matches. Try fewer letters or another filter.")
        elif searching:
            text = self.tr("%n case(s) found", "", total)
        else:
            text = self.tr("%n case(s)", "", total)
        self.view.count_label.setText(text)

    def _on_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id:
            self.sig_case_requested.emit(str(case_id))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Enter on the table opens the selected case on every platform."""
        if (
            watched is self.view.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            index = self.view.table.currentIndex()
            if index.isValid():
                self._on_table_activated(index)
                return True
        return super().eventFilter(watched, event)
