"""The practice window: its own vault, worker and settings; marked in title and colours."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QDockWidget

from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.main.idle_watcher import IdleWatcher
from ehbc_desktop.ui.ops import ChangeKind, Changes, Op
from ehbc_desktop.ui.practice.guide_panel import PRACTICE_COLOUR, PracticeGuideView
from ehbc_desktop.ui.practice.guide_texts import DONE, INTRO, REPORT
from ehbc_desktop.ui.screen_fit import fit_to_screen
from ehbc_desktop.ui.settings import AppSettings

if TYPE_CHECKING:
    from ehbc_desktop.i18n import Translations
    from ehbc_desktop.ui.main.main_window import MainWindow
    from ehbc_desktop.ui.practice.provider import PracticeProvider

NEVER_MS = 24 * 3600 * 1000  # practice data is invented: no auto-lock
PRACTICE_STYLE = f"""
QWidget#sidebar {{ background: #fdebdc; }}
QListWidget#navigation::item:selected {{ background: {PRACTICE_COLOUR}; color: white; }}
QMainWindow#mainWindow {{ border-top: 6px solid {PRACTICE_COLOUR}; }}
"""


class PracticeController(QObject):
    """Opens the practice vault in `window` and keeps the guide in step with the case."""

    sig_step_shown = Signal(str)
    """The guide shows this step of the walk-through (a value of `guide_texts.WALK`)."""

    def __init__(self, window: MainWindow, provider: PracticeProvider,
                 runner: BackgroundRunner) -> None:  # fmt: skip
        super().__init__(window)
        self.window, self._provider, self._runner = window, provider, runner
        self.case_id: str | None = None
        self._manual = INTRO  # the intro and the report are confirmed by the trainee
        self.guide = PracticeGuideView()
        dock = QDockWidget(self.tr("Practice guide"), window)
        dock.setObjectName("practiceDock")
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        dock.setWidget(self.guide)
        dock.setMinimumWidth(320)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        g = self.guide
        g.next_button.clicked.connect(self._on_next_button_clicked)
        g.show_button.clicked.connect(self._on_show_button_clicked)
        g.example_button.clicked.connect(self._on_example_button_clicked)
        g.week_button.clicked.connect(self._on_week_button_clicked)
        g.reset_button.clicked.connect(self._on_reset_button_clicked)
        window.sig_unlocked.connect(self._on_window_unlocked)
        runner.sig_changes_published.connect(self._on_runner_changes_published)

    def today(self) -> date:
        """The practice day (the real date)."""
        return date.today()

    def start(self) -> None:
        """Open (or make) the practice vault on the worker, then show its workspace."""
        provider, today = self._provider, self.today()
        self._runner.run_in_background(lambda: provider.open(today), self._on_opened,
                                       self._show_error, owner=self)  # fmt: skip

    def _on_opened(self, result: Any) -> None:
        session, case_id = result
        self.case_id = str(case_id)
        self.window.open_session(session)

    def _on_window_unlocked(self) -> None:
        workspace = self.window.workspace
        if workspace is None or self.case_id is None:
            return
        workspace.open_case(self.case_id)
        self.refresh()

    def _on_runner_changes_published(self, changes: Changes, _initiator: object) -> None:
        if self.case_id is not None and changes.touches(self.case_id):
            self.refresh()  # the trainee (or an example) recorded something in the case

    def refresh(self) -> None:
        """Find the step the case is at (on the worker) and show it in the guide."""
        services = self.window.services()
        if services is None or self.case_id is None:
            return
        if self._manual in (INTRO, REPORT):
            self._show(self._manual)
            return

        plans, case_id, today = services.plans, self.case_id, self.today()
        self._runner.run_in_background(lambda: plans.plan_for_case(case_id, today),
                                       self._on_plan_loaded, self._show_error,
                                       owner=self)  # fmt: skip

    def _on_plan_loaded(self, plan: Any) -> None:
        self._show(plan.current.value if plan.current is not None else DONE)

    def _show(self, step: str) -> None:
        self.guide.show_step(step)
        self.sig_step_shown.emit(step)

    def _on_next_button_clicked(self) -> None:
        self._manual = REPORT if self._manual == INTRO else ""
        self.refresh()

    def _on_show_button_clicked(self) -> None:
        workspace = self.window.workspace
        if workspace is None or self.case_id is None:
            return
        workspace.open_case(self.case_id)
        widget = workspace.case_widget
        if widget is not None and self.guide.step != REPORT:
            from ehbc_desktop.ui.steps.stepplan_tab import StepPlanTab

            tab = next((t for t in widget.extra_tabs if isinstance(t, StepPlanTab)), None)
            if tab is not None:
                widget.view.tabs.setCurrentWidget(tab)

    def _run_on_case(self, work: Any) -> None:
        services = self.window.services()
        if services is None or self.case_id is None:
            return
        session, case_id, today = services.session, self.case_id, self.today()
        # Every kind: an example can add conversations, follow-ups, steps or close the case;
        # the open case, the dashboard and the guide reload through the published changes.
        Op(self.guide, lambda: work(session, case_id, today)).failure(self._show_error).changes(
            Changes.of(case_id, *ChangeKind)
        ).run(self._runner)

    def _on_example_button_clicked(self) -> None:
        provider = self._provider
        self._run_on_case(provider.fill_in_example)

    def _on_week_button_clicked(self) -> None:
        provider = self._provider
        self._run_on_case(lambda s, c, _d: provider.move_back(s, c))

    def _on_reset_button_clicked(self) -> None:
        provider, today = self._provider, self.today()
        self._manual = INTRO
        self.case_id = None
        self.window.lock()  # closes the practice session on the worker first
        self._runner.run_in_background(lambda: provider.reset(today), self._on_opened,
                                       self._show_error, owner=self)  # fmt: skip

    def _show_error(self, exc: BaseException) -> None:
        self.guide.show_message(message_for(exc))


def open_practice_window(
    provider: PracticeProvider, translations: Translations, clipboard: QClipboard
) -> tuple[MainWindow, PracticeController]:
    """A new main window over the practice vault, with the guide; shown and started."""
    from ehbc_desktop.ui.main.main_window import MainWindow

    runner = BackgroundRunner()
    settings = AppSettings(provider.settings_file())
    window = MainWindow(provider.backend(), runner, settings, translations=translations,
                        idle_watcher=IdleWatcher(NEVER_MS), clipboard=clipboard,
                        auto_lock_ms=NEVER_MS)  # fmt: skip
    runner.setParent(window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setStyleSheet(PRACTICE_STYLE)
    window.mark_as_practice(QCoreApplication.translate(
        "PracticeController", "PRACTICE: invented school, not your own vault"))  # fmt: skip
    controller = PracticeController(window, provider, runner)
    fit_to_screen(window, 1360, 820)
    window.show()
    controller.start()
    return window, controller

