"""The main window: first start, unlock screen or workspace; menus, shortcuts, locking."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QClipboard, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from ehbc_desktop.i18n import Translations
from ehbc_desktop.ui.backend import Backend, VaultSummary
from ehbc_desktop.ui.background import BackgroundRunner, run_detached
from ehbc_desktop.ui.collector import freeze_what_lives, paused_while_importing, stop_freezing
from ehbc_desktop.ui.main.idle_watcher import IdleWatcher
from ehbc_desktop.ui.main.menus import MainMenus
from ehbc_desktop.ui.screen_fit import fit_to_screen, keep_on_screen, scrolling
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.ui.unlock.unlock_screen import UnlockScreen

if TYPE_CHECKING:
    from ehbc_desktop.services.session import VaultSession
    from ehbc_desktop.ui.backend import CaseServices
    from ehbc_desktop.ui.firststart.wizard import FirstStartWizard
    from ehbc_desktop.ui.main.workspace import Workspace
    from ehbc_desktop.ui.practice.practice_window import PracticeController
    from ehbc_desktop.ui.practice.provider import PracticeProvider
    from ehbc_desktop.ui.vault.vault_actions import VaultActions

SHUTDOWN_WAIT_MS = 15_000
PRELOAD_DELAY_MS = 200


class MainWindow(QMainWindow):
    """Hosts exactly one screen at a time; only the workspace ever shows case content."""

    sig_unlock_screen_shown = Signal()
    """The unlock screen is visible with the school's name and users."""

    sig_first_start_shown = Signal()
    """The first-start wizard is visible (no vault yet)."""

    sig_unlocked = Signal()
    """The vault is open and the workspace is on screen."""

    sig_locked = Signal()
    """Every case widget is gone and the unlock screen is on screen."""

    def __init__(
        self,
        backend: Backend,
        runner: BackgroundRunner,
        settings: AppSettings,
        *,
        translations: Translations,
        idle_watcher: IdleWatcher,
        clipboard: QClipboard,
        auto_lock_ms: int | None = None,
        practice: PracticeProvider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the window; `auto_lock_ms` replaces the auto-lock setting (tests only).

        `practice` offers the practice case (Help menu, first start); None: no practising.
        """
        super().__init__(parent)
        self._practice = practice
        self._practice_mark = ""  # set on the practice window itself
        self.practice_window: MainWindow | None = None
        self.practice_controller: PracticeController | None = None
        self._auto_lock_ms = auto_lock_ms
        self._backend = backend
        self._runner = runner
        self._settings = settings
        self._translations = translations
        self._idle = idle_watcher
        self._clipboard = clipboard
        self._clipboard_ours = False
        self._preloaded = False
        self._vault_was_opened = False
        self.preload_done = threading.Event()  # set once `preload` has imported everything
        self._session: VaultSession | None = None
        self._services: CaseServices | None = None
        self.workspace: Workspace | None = None
        self.unlock_screen: UnlockScreen | None = None
        self.wizard: FirstStartWizard | None = None
        self.setObjectName("mainWindow")
        self.stack = QStackedWidget()
        # On a small screen (1366x768 at 150 %) a screen larger than the window scrolls
        # instead of pushing the window, and its buttons, off the screen.
        self.setCentralWidget(scrolling(self.stack))
        self.menus = MainMenus(self)
        self._wire_menus()
        # The Vault menu's behaviour (file and message boxes) is not needed for the first paint:
        # it is built when that menu opens or a vault opens, whichever comes first.
        self._vault_actions: VaultActions | None = None
        self.menus.vault.menu.aboutToShow.connect(lambda: self.vault_actions)
        self._retranslate()
        self._idle.sig_idle.connect(self._on_idle_sig_idle)
        self._clipboard.dataChanged.connect(self._on_clipboard_data_changed)
        geometry = settings.window_state("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1280, 800)
        # Pulled back onto the screen just after the first paint: the check reads a Qt.* flag,
        # and the first use of the Qt namespace costs PySide6 about 50 ms to build its enums.
        QTimer.singleShot(PRELOAD_DELAY_MS, self, lambda: keep_on_screen(self))

    @property
    def vault_actions(self) -> VaultActions:
        """The Vault menu's behaviour (archives, backups, recovery sheet), built on first use."""
        if self._vault_actions is None:
            from ehbc_desktop.ui.vault.vault_actions import VaultActions

            self._vault_actions = VaultActions(self, self._runner, self._settings)
        return self._vault_actions

    def _wire_menus(self) -> None:
        m = self.menus
        m.new_case.triggered.connect(self._on_new_case_action_triggered)
        m.new_report.triggered.connect(self._on_new_report_action_triggered)
        m.search.triggered.connect(self._on_search_action_triggered)
        m.overview.triggered.connect(self._on_overview_action_triggered)
        m.cases.triggered.connect(self._on_cases_action_triggered)
        m.lock.triggered.connect(self.lock)
        m.settings.triggered.connect(self._on_settings_action_triggered)
        m.school_settings.triggered.connect(self._on_school_settings_action_triggered)
        m.about.triggered.connect(self._on_about_action_triggered)
        m.practice.triggered.connect(self.open_practice)
        m.quit.triggered.connect(self.close)

    def _on_new_case_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.new_case()

    def _on_new_report_action_triggered(self) -> None:
        workspace, services = self.workspace, self._services
        if workspace is None or services is None:
            return
        from ehbc_desktop.ui.steps.report_dialog import open_report_dialog

        def shown(case_id: str) -> None:
            workspace.dashboard.refresh()
            workspace.case_list.refresh()
            workspace.open_case(case_id)

        def created(case_id: str) -> None:
            # A CLB worker's case is confidential from the start (for them; they can give
            # colleagues access or lift it from the case screen).
            confidential = services.confidential
            if not confidential.sealed_by_default():
                shown(case_id)
                return
            self._runner.run_in_background(lambda: confidential.seal(case_id, []),
                                           lambda _r: shown(case_id), lambda _e: shown(case_id),
                                           owner=workspace)

        open_report_dialog(workspace, services, self._runner, self._settings, created)

    def _on_search_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.focus_search()

    def _on_overview_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.show_overview()

    def _on_cases_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.show_cases()

    def _retranslate(self) -> None:
        title = self.tr("EHBC Desktop")
        self.setWindowTitle(f"{title} — {self._practice_mark}" if self._practice_mark else title)
        self.menus.retranslate()
        self._update_actions()

    def _update_actions(self) -> None:
        unlocked = self.workspace is not None
        for action in self.menus.case_actions():
            action.setEnabled(unlocked)
        self.menus.settings.setEnabled(self.wizard is None)
        self.menus.practice.setVisible(self._practice is not None)

    # ----- practising

    def mark_as_practice(self, mark: str) -> None:
        """This window shows the practice vault: say so in its title."""
        self._practice_mark = mark
        self._retranslate()

    def open_practice(self) -> None:
        """Open the practice case in its own window (or bring that window forward)."""
        if self._practice is None:
            return
        if self.practice_window is not None:
            self.practice_window.raise_()
            self.practice_window.activateWindow()
            return
        from ehbc_desktop.ui.practice.practice_window import open_practice_window

        window, controller = open_practice_window(self._practice, self._translations,
                                                  self._clipboard)  # fmt: skip
        window.destroyed.connect(self._on_practice_window_destroyed)
        self.practice_window, self.practice_controller = window, controller

    def _on_practice_window_destroyed(self) -> None:
        self.practice_window = self.practice_controller = None

    # ----- screens

    def start(self) -> None:
        """Show the first-start wizard or the unlock screen, whichever fits the folder.

        The unlock screen needs only the key-slot file's public header (school and user names,
        one small file), so it is read here and the first paint is the unlock screen itself.
        Everything else (the services, SQLAlchemy, the case screens) loads later on the worker.
        """
        backend = self._backend
        try:
            info = backend.vault_info() if backend.vault_exists() else None
        except Exception as exc:  # a damaged or unreadable header is explained
            self._on_folder_read_failed(exc)
            return
        self._on_folder_read(info)

    def _on_folder_read(self, info: VaultSummary | None) -> None:
        if info is None:
            self._show_first_start()
        else:
            self._show_unlock_screen(info)

    def _on_folder_read_failed(self, exc: BaseException) -> None:
        self._show_unlock_screen()
        if self.unlock_screen is not None:
            self.unlock_screen.show_load_error(exc)

    def _set_screen(self, widget: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        widget.setFocus()

    def _show_first_start(self) -> None:
        from ehbc_desktop.ui.firststart.wizard import FirstStartWizard

        wizard = FirstStartWizard(self._backend, self._runner)
        wizard.sig_vault_created.connect(self._on_vault_opened)
        wizard.sig_cancelled.connect(self.close)
        wizard.sig_practice_requested.connect(self.open_practice)
        wizard.set_practice_offered(self._practice is not None)
        self.wizard = wizard
        self.unlock_screen = None
        self._set_screen(wizard)
        self._update_actions()
        QTimer.singleShot(0, self.sig_first_start_shown.emit)

    def _make_unlock_screen(self) -> UnlockScreen:
        screen = UnlockScreen(self._backend, self._runner, self._settings)
        screen.sig_unlocked.connect(self._on_vault_opened)
        screen.sig_info_loaded.connect(self.sig_unlock_screen_shown)
        return screen

    def _show_unlock_screen(self, info: VaultSummary | None = None) -> None:
        """Show the unlock screen; read the names first unless `info` already has them."""
        screen = self._make_unlock_screen()
        self.unlock_screen = screen
        self.wizard = None
        self._set_screen(screen)
        self._update_actions()
        if info is None:
            screen.load()
        else:
            screen.set_info(info)
        if not self._preloaded:  # the first unlock screen: no vault has been open yet
            freeze_what_lives()  # else the first full collection walks the start-up's objects
        # Soon after the first paint (not before it: the imports would compete with it).
        QTimer.singleShot(PRELOAD_DELAY_MS, self, self.preload)

    def open_session(self, session: VaultSession) -> None:
        """Show the workspace for a session opened elsewhere (benchmarks, a future CLI hand-off)."""
        self._on_vault_opened(session)

    def _on_vault_opened(self, session: VaultSession) -> None:
        self._vault_was_opened = True
        stop_freezing()
        _ = self.vault_actions  # wired before sig_unlocked, which it listens to
        self.preload()  # on the worker before the services: the workspace then imports nothing
        self._session = session
        self.wizard = None
        self._set_screen(QLabel(self.tr("Opening the case files...")))
        self._runner.run_in_background(
            lambda: self._backend.open_services(session), self._on_services_ready,
            self._on_services_failed, owner=self,
        )  # fmt: skip

    def _on_services_ready(self, services: CaseServices) -> None:
        from ehbc_desktop.ui.main.workspace import Workspace

        if self._session is None:  # locked while the services were being built
            return
        self._services = services
        workspace = Workspace(services, self._runner, self._settings)
        workspace.sig_lock_requested.connect(self.lock)
        self.workspace = workspace
        self.unlock_screen = None
        self._set_screen(workspace)
        self._update_actions()
        workspace.start()
        workspace.dashboard.sig_new_report_requested.connect(self._on_new_report_action_triggered)
        from ehbc_desktop.ui.steps.forms_check import check_school_forms

        check_school_forms(services, self._runner, workspace.dashboard.show_notice,
                           workspace.dashboard)  # fmt: skip
        self._idle.set_timeout_ms(self._idle_timeout_ms())
        self._idle.arm()
        self.sig_unlocked.emit()

    def _on_services_failed(self, exc: BaseException) -> None:
        self._close_session()
        self._show_unlock_screen()
        if self.unlock_screen is not None:
            from ehbc_desktop.ui.errors import message_for

            self.unlock_screen.view.show_message(message_for(exc))

    def _idle_timeout_ms(self) -> int:
        if self._auto_lock_ms is not None:
            return self._auto_lock_ms
        return self._settings.auto_lock_minutes * 60_000

    def preload(self) -> None:
        """Import the services and every screen in a thread of their own while the teacher types.

        An import on the GUI thread stalls it (the workspace, the case screen and the wizard pull
        in some 250 modules, about a second or more on a slow PC); in a thread of its own it costs
        the teacher nothing and does not hold up the database worker (the unlock) either: Python
        imports are thread-safe, a screen that needs a module before it is ready just waits for it.
        """
        if self._preloaded:
            return
        self._preloaded = True
        work = _preload_work(self._backend, self._nothing_of_a_vault_in_memory)
        run_detached(work, "preload", self.preload_done)

    def _nothing_of_a_vault_in_memory(self) -> bool:
        """True before the first unlock has started (read from the preload thread)."""
        return not self._vault_was_opened and not self._runner.is_busy()

    # ----- locking

    def services(self) -> CaseServices | None:
        """The services of the open session (None while locked); for scripts and tests."""
        return self._services

    def is_locked(self) -> bool:
        """True when no case content is on screen and no session is open."""
        return self.workspace is None and self._session is None

    def lock(self) -> None:
        """Hide all case content at once, close the session, clear our clipboard text."""
        self._idle.disarm()
        workspace, self.workspace, self._services = self.workspace, None, None
        if workspace is not None:
            workspace.hide()
        self._show_unlock_screen()  # the workspace is deleted when the screen is swapped
        if workspace is not None:
            workspace.deleteLater()
        self._close_session()
        if self._clipboard_ours or self._clipboard.ownsClipboard():
            self._clipboard.clear()
            self._clipboard_ours = False
        self._update_actions()
        self.sig_locked.emit()

    def _close_session(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            self._runner.run_in_background(session.close, _ignore, _ignore)

    def _on_idle_sig_idle(self) -> None:
        if self.workspace is not None:
            self.lock()

    def _on_clipboard_data_changed(self) -> None:
        # Text copied while one of our windows is active came from us.
        self._clipboard_ours = self.isActiveWindow() or self._clipboard.ownsClipboard()

    # ----- dialogs

    def _on_settings_action_triggered(self) -> None:
        from ehbc_desktop.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._settings, self)
        dialog.setObjectName("settingsDialog")
        dialog.accepted.connect(lambda: self.apply_settings(dialog.auto_lock_minutes(),
                                                            dialog.language()))  # fmt: skip
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def apply_settings(self, auto_lock_minutes: int, language: str) -> None:
        """Store the settings and apply them now (the language switches live)."""
        self._settings.auto_lock_minutes = auto_lock_minutes
        self._idle.set_timeout_ms(self._idle_timeout_ms())
        if language != self._settings.language:
            self._settings.language = language
            self._translations.apply(language)
            self._rebuild_for_language()
        self._settings.sync()

    def _rebuild_for_language(self) -> None:
        """Rebuild the screen on show so every text is read again in the new language."""
        self._retranslate()
        if self.workspace is not None and self._services is not None:
            case_id = self.workspace.case_widget.case_id if self.workspace.case_widget else None
            self._on_services_ready(self._services)
            if case_id is not None and self.workspace is not None:
                self.workspace.open_case(case_id)
        elif self.unlock_screen is not None:
            self._show_unlock_screen()

    def _on_school_settings_action_triggered(self) -> None:
        from ehbc_desktop.ui.school.school_settings_dialog import open_school_settings

        if self._services is not None:
            open_school_settings(self._services, self._runner, self)

    def _on_about_action_triggered(self) -> None:
        from ehbc_desktop.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self._settings, self)
        dialog.setObjectName("aboutDialog")
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Lock (audit, close the database, release the vault) before the window goes."""
        self._settings.set_window_state("main/geometry", self.saveGeometry())
        self._settings.sync()
        if self.practice_window is not None:
            self.practice_window.close()
        self._idle.disarm()
        if self.workspace is not None:
            self.workspace.deleteLater()
            self.workspace = None
        self._close_session()
        self._runner.wait_for_done(SHUTDOWN_WAIT_MS)
        super().closeEvent(event)

    def actions_by_shortcut(self) -> dict[str, QAction]:
        """Menu actions keyed by their shortcut text (for the keyboard test and the docs)."""
        result: dict[str, QAction] = {}
        for action in self.menus.all_actions():
            sequence = action.shortcut()
            if not sequence.isEmpty():
                result[sequence.toString(QKeySequence.SequenceFormat.PortableText)] = action
        return result


def _ignore(_value: Any) -> None:
    return None


def _preload_work(backend: Backend, locked: Callable[[], bool]) -> Callable[[], None]:
    def work() -> None:
        # A failed preload only means a slower first screen: the screen's own import says why.
        with paused_while_importing(locked), contextlib.suppress(Exception):
            _import_everything(backend)

    return work


def _import_everything(backend: Backend) -> None:
    """Every screen, dialog and service the window may open, imported once (the demo data
    generator and the command line are not the window's)."""
    import importlib
    import pkgutil

    import ehbc_desktop.services
    import ehbc_desktop.ui

    backend.preload()
    for package in (ehbc_desktop.services, ehbc_desktop.ui):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if ".demo" not in module.name:
                importlib.import_module(module.name)
    from ehbc_desktop.services.steps.forms_source import preload_forms

    preload_forms()  # parsed here, not on the database worker while the dashboard is built
