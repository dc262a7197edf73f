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
    CaseFilterProxyModel,
    CaseTableModel,
)
from ehbc_desktop.ui.errors import message_for

if TYPE_CHECKING:
    from ehbc_desktop.services.case.cases import CaseService

SEARCH_DEBOUNCE_MS = 150
MEASURED_ROWS = 40
SEARCH_LIMIT = 200  # search as you type shows the newest 200 matches (fast at 10,000 cases)


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
        self._more_matches = False
        self.view = CaseListView()
        self.model = CaseTableModel(self)
        self.proxy = CaseFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view.table.setModel(self.proxy)
        self.view.table.sortByColumn(COL_OPENED, Qt.SortOrder.DescendingOrder)
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
        self.view.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.view.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.view.classification_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.view.table.activated.connect(self._on_table_activated)
        self.view.new_button.clicked.connect(self.sig_new_case_requested)
        self.view.table.installEventFilter(self)

    def refresh(self) -> None:
        """Search again with the current text (also after a case was created or changed)."""
        self._debounce.stop()
        self._serial += 1
        serial = self._serial
        text = self.view.search_edit.text().strip()
        # While searching, only the newest matches are built (one more, to know there are more).
        limit = SEARCH_LIMIT + 1 if text else None
        self._runner.run_in_background(
            lambda: self._cases.list_cases(text=text, limit=limit),
            lambda rows: self._on_search_done(serial, rows),
            self._on_search_failed,
            owner=self,
        )

    def focus_search(self) -> None:
        """Put the cursor in the search field and select its text (Ctrl+F)."""
        self.view.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.search_edit.selectAll()

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_search_done(self, serial: int, rows: Any) -> None:
        if serial != self._serial:
            return  # an older search; a newer one is on its way
        self._more_matches = len(rows) > SEARCH_LIMIT
        self.model.set_rows(rows[:SEARCH_LIMIT])
        self._update_count()
        self.sig_search_finished.emit()

    def _on_search_failed(self, exc: BaseException) -> None:
        self.view.count_label.setText(message_for(exc))

    def _on_filter_changed(self, _index: int) -> None:
        status = self.view.status_combo.currentData()
        classification = self.view.classification_combo.currentData()
        statuses = None if status is None else {CaseStatus(status)}
        classifications: set[Classification | None] | None
        if classification is None:
            classifications = None
        elif classification == UNCLASSIFIED:
            classifications = {None}
        else:
            classifications = {Classification(classification)}
        self.proxy.set_filters(statuses, classifications)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        searching = bool(self.view.search_edit.text().strip())
        if total == 0 and not searching:
            text = self.tr("No cases yet. Use 'New case' to open the first one.")
        elif shown == 0:
            text = self.tr("No case matches. Try fewer letters or another filter.")
        elif searching:
            text = self.tr("%n case(s) found", "", total)
        else:
            text = self.tr("%n case(s)", "", total)
        if 0 < shown < total:
            text += " " + self.tr("(%n hidden by the filters)", "", total - shown)
        if searching and self._more_matches:
            text = self.tr(
                "More than %n cases match; the newest are shown. Type more to narrow it down.",
                "", SEARCH_LIMIT,
            )
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
