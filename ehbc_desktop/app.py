"""Composition root of the desktop application: settings, translations, theme, main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ehbc_desktop.ui.backend import CaseServices, VaultSummary

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtWidgets import QApplication

    from ehbc_desktop.i18n import Translations
    from ehbc_desktop.services.session import VaultSession
    from ehbc_desktop.ui.background import BackgroundRunner
    from ehbc_desktop.ui.main.idle_watcher import IdleWatcher
    from ehbc_desktop.ui.main.main_window import MainWindow
    from ehbc_desktop.ui.settings import AppSettings
    from ehbc_desktop.vault.kdf import KdfParams

APP_NAME = "EHBC Desktop"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "EHBC-data"
BASE_FONT_POINTS = 10.5
# What the unlock screen must not need: the store, the services, forms, documents, the key
# slots (their header is enough), the key work, the domain words (tomllib), the Unicode
# tables, the resource machinery, dataclasses and OpenSSL's hashlib (each a few ms on a school
# laptop).
HEAVY_MODULES = (
    "sqlalchemy",
    "reportlab",
    "cryptography",
    "ehbc_desktop.store",
    "ehbc_desktop.vault.keyslots",
    "ehbc_desktop.services.access",
    "ehbc_desktop.services.case.cases",
    "ehbc_desktop.formspec",
    "ehbc_desktop.domain.rules",
    "tomllib",
    "unicodedata",
    "importlib.resources",
    "dataclasses",
    "hashlib",
)


class AppPaths(NamedTuple):
    """Where the vault and the settings live.

    This module's records are named tuples, not dataclasses: `dataclasses` costs about 4 ms
    to import, before the unlock screen's first paint.
    """

    vault_dir: Path
    settings_file: Path


def program_dir() -> Path:
    """The folder of the program: the executable's when frozen, the project's otherwise."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resolve_paths(vault_dir: Path | None = None) -> AppPaths:
    """Pick the data folder: argument, then `EHBC_VAULT_DIR`, then portable, then per user.

    A `portable.txt` next to the program keeps everything in a folder beside it (schools that
    run the program from a USB stick).
    """
    if vault_dir is None and os.environ.get("EHBC_VAULT_DIR"):
        vault_dir = Path(os.environ["EHBC_VAULT_DIR"])
    if vault_dir is not None:
        return AppPaths(vault_dir, vault_dir.parent / f"{vault_dir.name}-settings.ini")
    if (program_dir() / PORTABLE_MARKER).exists():
        data = program_dir() / PORTABLE_DATA
    else:
        from platformdirs import user_data_dir

        data = Path(user_data_dir(APP_NAME, appauthor=False))
    return AppPaths(data / "vault", data / "settings.ini")


class VaultBackend:
    """The real backend: the vault for the unlock screen, the services once it is open.

    The services (and SQLAlchemy under them) are imported on the worker thread, on the first
    unlock or by `preload()` once the window is on screen, never at start-up.
    """

    def __init__(self, folder: Path, kdf: KdfParams | None = None) -> None:
        self._folder = folder
        self._kdf = kdf  # None: calibrated on this PC (tests pass tiny parameters)

    @property
    def folder(self) -> Path:
        """The vault folder."""
        return self._folder

    def vault_exists(self) -> bool:
        """True when the folder holds a vault (a file check; nothing heavy is imported)."""
        from ehbc_desktop.vault.slot_header import SLOTS_FILE

        return (self._folder / SLOTS_FILE).is_file()

    def vault_info(self) -> VaultSummary:
        """School and user names, readable without a passphrase.

        Read through the vault layer directly: it needs neither SQLAlchemy nor the services,
        so the unlock screen appears before they are imported.
        """
        # The slot file's public header alone: no key work, no cryptography, not even the
        # slots' own module (it loads after the first paint; unlocking checks every slot).
        from ehbc_desktop.vault.slot_header import SLOTS_FILE, read_header

        school, users = read_header(self._folder / SLOTS_FILE)
        return VaultSummary(school, users)

    def create(self, school: str, user: str, passphrase: str) -> tuple[VaultSession, str]:
        """Create the vault; return the open session and the recovery key."""
        from ehbc_desktop.services.access import access

        self._folder.mkdir(parents=True, exist_ok=True)
        return access.create(self._folder, school, user, passphrase, kdf=self._kdf)

    def unlock(self, user: str, passphrase: str) -> VaultSession:
        """Open the vault for `user`."""
        from ehbc_desktop.services.access import access

        return access.unlock(self._folder, user, passphrase)

    def unlock_with_recovery(self, code: str, user: str) -> VaultSession:
        """Open the vault with the recovery key."""
        from ehbc_desktop.services.access import access

        return access.unlock_with_recovery(self._folder, code, user)

    def open_services(self, session: VaultSession) -> CaseServices:
        """Build the services over an open session."""
        return CaseServices(session)

    def preload(self) -> None:
        """Import the services ahead of the first unlock."""
        import ehbc_desktop.services.access.access
        import ehbc_desktop.services.case.cases
        import ehbc_desktop.services.case.dashboard  # noqa: F401


class PracticeData:
    """The practice vault beside the real vault (the window's `PracticeProvider`).

    Its folder, settings file and worker are its own; the demo package makes its content.
    """

    def __init__(self, real_vault: Path) -> None:
        self._real_vault = real_vault  # nothing imported here: it is built at start-up

    @property
    def _folder(self) -> Path:
        from ehbc_desktop.demo.practice.practice_vault import practice_folder

        return practice_folder(self._real_vault)

    def backend(self) -> VaultBackend:
        """The practice vault's backend."""
        return VaultBackend(self._folder)

    def settings_file(self) -> Path:
        """The practice window's own settings, beside the practice vault."""
        return resolve_paths(self._folder).settings_file

    def open(self, today: date) -> tuple[VaultSession, str]:
        """Open the practice vault (made on first use) and its case."""
        from ehbc_desktop.demo.practice.practice_vault import open_practice

        return open_practice(self._folder, today)

    def reset(self, today: date) -> tuple[VaultSession, str]:
        """A fresh practice vault."""
        from ehbc_desktop.demo.practice.practice_vault import reset_practice

        return reset_practice(self._folder, today)

    def fill_in_example(self, session: VaultSession, case_id: str, today: date) -> str | None:
        """A worked example for the current step."""
        from ehbc_desktop.demo.practice.examples import PracticeExamples

        step = PracticeExamples(session).fill_in(case_id, today)
        return step.value if step is not None else None

    def move_back(self, session: VaultSession, case_id: str) -> None:
        """A week of practice time."""
        from ehbc_desktop.demo.practice.practice_clock import move_back

        move_back(session, case_id)


class AppContext(NamedTuple):
    """Everything one window needs, built once per window (tests build several)."""

    settings: AppSettings
    translations: Translations
    runner: BackgroundRunner
    idle_watcher: IdleWatcher
    window: MainWindow


def apply_theme(app: QApplication) -> None:
    """A calm, readable look: Fusion, a 10.5 pt font, and the project's style sheet."""
    from PySide6.QtGui import QFont, QIcon

    from ehbc_desktop.package_data import resource

    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(BASE_FONT_POINTS)
    app.setFont(font)
    qss = resource("style", "app.qss")
    if qss.exists():
        # Style sheets resolve url() against the working folder: make icon paths absolute.
        icons = resource("icons").as_posix()
        app.setStyleSheet(qss.read_text(encoding="utf-8").replace("@ICONS@", icons))
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))


def build_window(
    app: QApplication,
    vault_dir: Path | None = None,
    auto_lock_ms: int | None = None,
    *,
    kdf: KdfParams | None = None,
) -> AppContext:
    """Wire settings, translations, the worker, the idle watcher and the main window.

    `kdf` replaces the calibrated Argon2id parameters of a vault made in this window; only
    tests and screenshot scripts pass it (throw-away vaults), the program never does.
    """
    from ehbc_desktop.i18n import Translations
    from ehbc_desktop.ui.background import BackgroundRunner
    from ehbc_desktop.ui.main.idle_watcher import IdleWatcher
    from ehbc_desktop.ui.main.main_window import MainWindow
    from ehbc_desktop.ui.settings import AppSettings

    paths = resolve_paths(vault_dir)
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings = AppSettings(paths.settings_file)
    translations = Translations(app)
    if not translations.apply(settings.language) and settings.language != "en":
        print(f"EHBC Desktop: the {settings.language} translations are missing from the "
              "package; the window stays in English.", file=sys.stderr)  # fmt: skip
    runner = BackgroundRunner()
    idle = IdleWatcher(auto_lock_ms or settings.auto_lock_minutes * 60_000, app)
    window = MainWindow(
        VaultBackend(paths.vault_dir, kdf), runner, settings, translations=translations,
        idle_watcher=idle, clipboard=app.clipboard(), auto_lock_ms=auto_lock_ms,
        practice=PracticeData(paths.vault_dir),
    )  # fmt: skip
    return AppContext(settings, translations, runner, idle, window)


def dispose(app: QApplication, context: AppContext) -> None:
    """Undo `build_window`: close the window, wait for the worker, drop the translators.

    The window and everything under it are destroyed here, in a known order, rather than
    whenever Python's garbage collector gets to them (tests build several windows).
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    context.window.close()
    context.runner.wait_for_done()
    # Deliver the last callbacks (they see deleted owners and skip) before anything goes.
    QCoreApplication.processEvents()
    context.idle_watcher.disarm()
    context.translations.clear()
    context.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _tell_unexpected_error(app: QApplication) -> None:
    """A calm message after an unexpected error (its details never reach the screen or a log)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(
        app.activeWindow(),
        "EHBC Desktop",
        QCoreApplication.translate(
            "Errors",
            "Something unexpected went wrong. What was saved is safe; if it happens again, "
            "lock the program (Ctrl+L), unlock it and try once more.",
        ),
    )


def _first_paint_watcher(widget: Any, then: Callable[[], None]) -> Any:
    """An event filter that calls `then` once `widget` has painted (start-up benchmark only)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, then)  # after the paint itself
            return False

    return FirstPaint(widget)


def _visible_buttons(window: MainWindow) -> list[str]:
    """The texts of the push buttons on screen (without mnemonic ampersands)."""
    from PySide6.QtWidgets import QPushButton

    buttons = window.findChildren(QPushButton)
    return [b.text().replace("&", "") for b in buttons if b.isVisible() and b.text()]


def run_app(argv: list[str] | None = None) -> int:
    """Start the Qt application and return its exit code."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv if argv is None else argv)
    app.setApplicationName(APP_NAME)
    from ehbc_desktop import crash_report

    crash_report.install(lambda _kind: _tell_unexpected_error(app))
    apply_theme(app)
    context = build_window(app)
    window = context.window
    if os.environ.get("EHBC_EXIT_WHEN_SHOWN") == "1":
        # Start-up benchmark and smoke test: quit once the first screen has been painted.
        def shown(screen: str) -> None:
            # Also say whether anything heavy was needed so far (it should not be: lazy start-up).
            lazy = not any(name in sys.modules for name in HEAVY_MODULES)
            print(f"shown: {screen} lazy={lazy}", flush=True)
            # The smoke tests of a wheel and of the bundle check these are translated.
            print(f"buttons: {'|'.join(_visible_buttons(window))}", flush=True)
            QTimer.singleShot(0, app.quit)

        def when_painted(screen: str) -> None:
            widget = window.stack.currentWidget()
            if widget is None:
                shown(screen)
                return
            watcher = _first_paint_watcher(widget, lambda: shown(screen))
            widget.installEventFilter(watcher)

        window.sig_unlock_screen_shown.connect(lambda: when_painted("unlock"))
        window.sig_first_start_shown.connect(lambda: when_painted("first-start"))
    window.show()
    window.start()
    code = app.exec()
    dispose(app, context)
    return code
