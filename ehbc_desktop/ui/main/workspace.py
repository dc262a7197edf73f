"""The unlocked part of the window: navigation on the left, dashboard, case list and case."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.ui.backend import CaseServices
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.case.case_dialog import CaseDialog
from ehbc_desktop.ui.case.case_widget import CaseWidget
from ehbc_desktop.ui.caselist.case_list_widget import CaseListWidget
from ehbc_desktop.ui.closing.idle_cases import idle_cases_section
from ehbc_desktop.ui.dashboard.dashboard_widget import DashboardWidget
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.main.nav_pages import (
    NavPage,
    NavPageContext,
    NavPageFactory,
    nav_page_factories,
)
from ehbc_desktop.ui.ops import ChangeKind, Changes, Op
from ehbc_desktop.ui.settings import AppSettings

NAV_OVERVIEW, NAV_CASES, NAV_CASE = range(3)


class Workspace(QWidget):
    """Everything that shows case content. Locking destroys the whole widget at once."""

    sig_case_opened = Signal(str)
    """A case is on screen (its id)."""

    sig_lock_requested = Signal()
    """The teacher clicked the lock button in the sidebar."""

    def __init__(
        self,
        services: CaseServices,
        runner: BackgroundRunner,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self._services = services
        self._runner = runner
        self._settings = settings
        self.case_widget: CaseWidget | None = None
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.user_label = QLabel(self.tr("Signed in: %1").replace("%1", services.session.user))
        self.user_label.setObjectName("navFooter")
        self.user_label.setWordWrap(True)
        self.lock_button = QPushButton(self.tr("Lock (Ctrl+L)"))
        self.lock_button.setToolTip(
            self.tr("Hide every case now; the passphrase is needed to continue.")
        )
        self.lock_button.clicked.connect(self.sig_lock_requested)
        for text in (self.tr("Overview"), self.tr("Cases"), self.tr("Open case")):
            QListWidgetItem(text, self.nav)
        self.nav.item(NAV_CASE).setHidden(True)
        self.stack = QStackedWidget()
        self.dashboard = DashboardWidget(services.dashboard, runner)
        self._add_idle_cases(services, runner)
        self.case_list = CaseListWidget(services.cases, runner)
        self.case_placeholder = QWidget()
        self.stack.addWidget(self.dashboard)
        self.stack.addWidget(self.case_list)
        self.stack.addWidget(self.case_placeholder)
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.hide()
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.nav, 1)
        side.addWidget(self.user_label)
        side.addWidget(self.lock_button)
        side_box = QWidget()
        side_box.setObjectName("sidebar")
        side_box.setLayout(side)
        side_box.setFixedWidth(210)
        content = QVBoxLayout()
        content.addWidget(self.message_label)
        content.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side_box)
        layout.addLayout(content, 1)
        self._extra_pages: list[QWidget] = []
        self._nav_pages: list[NavPage] = []
        self._page_factories: list[NavPageFactory] = nav_page_factories()
        self._add_feature_pages()
        self._wire()

    @property
    def extra_pages(self) -> list[QWidget]:
        """The extra navigation pages, in order (the ones not built yet are built now)."""
        while self._build_next_page():
            pass
        return self._extra_pages

    def _add_idle_cases(self, services: CaseServices, runner: BackgroundRunner) -> None:
        idle = idle_cases_section(services, runner)
        idle.sig_case_requested.connect(self.open_case)
        self.dashboard.add_section(idle, idle.refresh)

    def _wire(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        for source in (self.dashboard, self.case_list):
            source.sig_case_requested.connect(self.open_case)
            source.sig_new_case_requested.connect(self.new_case)
        self._runner.sig_changes_published.connect(self._on_runner_changes_published)

    def _add_feature_pages(self) -> None:
        """The extra pages (agenda, agreements, figures) are built one per turn of the event
        loop after the dashboard is on screen, not all with it."""
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.setInterval(0)
        self._page_timer.timeout.connect(self._on_page_timer_timeout)
        self._page_timer.start()

    def _on_page_timer_timeout(self) -> None:
        if self._build_next_page():
            self._page_timer.start()

    def _build_next_page(self) -> bool:
        """Build the next extra navigation page; False when there was none left."""
        if not self._page_factories:
            return False
        factory = self._page_factories.pop(0)
        context = NavPageContext(self._services, self._runner, self._settings, self.open_case)
        page = factory(context)
        QListWidgetItem(page.title, self.nav)
        # Right after the ones before it: an open case's widget may already be in the stack.
        self.stack.insertWidget(NAV_CASE + 1 + len(self._extra_pages), page.widget)
        self._extra_pages.append(page.widget)
        self._nav_pages.append(page)
        return True

    def start(self) -> None:
        """Show the dashboard and load the lists."""
        self.nav.setCurrentRow(NAV_OVERVIEW)
        self.dashboard.refresh()
        self.case_list.refresh()

    def show_overview(self) -> None:
        """Go to the dashboard."""
        self.nav.setCurrentRow(NAV_OVERVIEW)

    def show_cases(self) -> None:
        """Go to the case list."""
        self.nav.setCurrentRow(NAV_CASES)

    def focus_search(self) -> None:
        """Go to the case list and put the cursor in the search field."""
        self.show_cases()
        self.case_list.focus_search()

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row == NAV_CASE and self.case_widget is not None:
            self.stack.setCurrentWidget(self.case_widget)
        elif row == NAV_CASES:
            self.stack.setCurrentWidget(self.case_list)
        elif row == NAV_OVERVIEW:
            self.stack.setCurrentWidget(self.dashboard)
        elif row > NAV_CASE and row - NAV_CASE - 1 < len(self._nav_pages):
            page = self._nav_pages[row - NAV_CASE - 1]
            self.stack.setCurrentWidget(page.widget)
            page.on_shown()

    def open_case(self, case_id: str) -> None:
        """Show one case (replacing the case shown before)."""
        old = self.case_widget
        widget = CaseWidget(case_id, self._services, self._runner, self._settings)
        widget.sig_back_requested.connect(self.show_cases)
        widget.sig_loaded.connect(lambda: self._on_case_loaded(widget))
        self.stack.addWidget(widget)
        self.case_widget = widget
        item = self.nav.item(NAV_CASE)
        item.setHidden(False)
        self.nav.setCurrentRow(NAV_CASE)
        self.stack.setCurrentWidget(widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        widget.refresh()
        widget.setFocus()

    def _on_case_loaded(self, widget: CaseWidget) -> None:
        reference = widget.view.reference_label.text()
        self.nav.item(NAV_CASE).setText(self.tr("Case %1").replace("%1", reference))
        self.sig_case_opened.emit(widget.case_id)

    def _on_runner_changes_published(self, changes: Changes, _initiator: object) -> None:
        # The list shows every case's last activity; the dashboard ignores evidence only.
        self.case_list.refresh()
        if changes.kinds != {ChangeKind.EVIDENCE}:
            self.dashboard.refresh()

    def new_case(self) -> None:
        """Ask for a new case's title and people, create it, then open it."""
        from ehbc_desktop.ui.confidential.sealing_choice import sealing_choice

        dialog = CaseDialog(self._settings, self._services.people, self._runner,
                            sealing=sealing_choice(self._services), parent=self)
        dialog.setObjectName("caseDialog")
        dialog.accepted.connect(lambda: self._create_case(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _create_case(self, dialog: CaseDialog) -> None:
        from ehbc_desktop.ui.confidential.sealing_choice import seal_new_case

        title, people, opened = dialog.title(), dialog.participants(), dialog.opened_on()
        cases = self._services.cases
        seal = seal_new_case(dialog.sealing, self._services) if dialog.sealing else None

        def create() -> str:
            case_id = cases.create_case(title, people, opened_on=opened)
            if seal is not None:
                seal(case_id)
            return case_id

        Op(self, create).success(
            lambda case_id: self.open_case(str(case_id))
        ).changes(lambda case_id: Changes.of(str(case_id), ChangeKind.CASES)).failure(
            self._on_failed
        ).run(self._runner)

    def _on_failed(self, exc: BaseException) -> None:
        self.message_label.setText(message_for(exc))
        self.message_label.show()
