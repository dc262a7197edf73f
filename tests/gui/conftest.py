"""GUI test helpers: a real vault in tmp_path and the real window built by the composition root."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext, build_window, dispose
from ehbc_desktop.ui.unlock.unlock_screen import UnlockScreen
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

SCHOOL = "Testschool Gent"
USER = "An Peeters"
PASSPHRASE = "mijn fiets heeft zeven versnellingen"
T = TypeVar("T")


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """An empty folder for a new vault (settings land beside it)."""
    return tmp_path / "vault"


@pytest.fixture
def made_vault_and_code(vault_dir: Path) -> tuple[Path, str]:
    """A vault created through the services and closed again; with its recovery key."""
    from ehbc_desktop.services.access import access

    vault_dir.mkdir(parents=True, exist_ok=True)
    session, code = access.create(vault_dir, SCHOOL, USER, PASSPHRASE, kdf=FAST_TEST_PARAMS)
    session.close()
    return vault_dir, code


@pytest.fixture
def made_vault(made_vault_and_code: tuple[Path, str]) -> Path:
    """A vault with one user, closed."""
    return made_vault_and_code[0]


class WindowFactory:
    """Builds windows over a folder and disposes them at the end of the test."""

    def __init__(self, app: QApplication, qtbot: QtBot) -> None:
        self._app = app
        self._qtbot = qtbot
        self._made: list[AppContext] = []

    def __call__(self, folder: Path, auto_lock_ms: int | None = None) -> AppContext:
        ctx = build_window(
            self._app, kdf=FAST_TEST_PARAMS, vault_dir=folder, auto_lock_ms=auto_lock_ms
        )
        self._made.append(ctx)
        ctx.window.resize(1200, 780)
        ctx.window.show()
        ctx.window.start()
        return ctx

    def dispose(self, ctx: AppContext) -> None:
        """Close one window now (a "restart" of the program)."""
        dispose(self._app, ctx)
        self._made.remove(ctx)

    def dispose_all(self) -> None:
        for ctx in list(self._made):
            self.dispose(ctx)


@pytest.fixture
def make_window(qapp: QApplication, qtbot: QtBot) -> Iterator[WindowFactory]:
    """Factory for real main windows; every window is closed after the test."""
    factory = WindowFactory(qapp, qtbot)
    yield factory
    factory.dispose_all()


class GuiDriver:
    """Small helpers over qtbot for driving the real window (passed as the `gui` fixture)."""

    school = SCHOOL
    user = USER
    passphrase = PASSPHRASE

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def unlock(self, ctx: AppContext, passphrase: str = PASSPHRASE) -> None:
        """Type the passphrase on the unlock screen and wait for the loaded workspace."""
        qtbot = self.qtbot
        screen = self.unlock_screen(ctx)
        screen.view.passphrase_edit.clear()
        qtbot.keyClicks(screen.view.passphrase_edit, passphrase)
        with qtbot.waitSignal(ctx.window.sig_unlocked, timeout=20_000):
            qtbot.mouseClick(screen.view.unlock_button, Qt.MouseButton.LeftButton)
        workspace = ctx.window.workspace
        assert workspace is not None
        qtbot.waitUntil(lambda: workspace.dashboard.loaded, timeout=10_000)

    def unlock_screen(self, ctx: AppContext) -> UnlockScreen:
        """Wait until the unlock screen shows the vault's users; return it."""

        def ready() -> bool:
            screen = ctx.window.unlock_screen
            return screen is not None and screen.view.user_combo.count() > 0

        self.qtbot.waitUntil(ready, timeout=10_000)
        screen = ctx.window.unlock_screen
        assert screen is not None
        return screen

    def run_on_worker(self, ctx: AppContext, fn: Callable[[], T]) -> T:
        """Run `fn` on the window's database worker (never beside it) and return its result."""
        box: list[object] = []
        errors: list[BaseException] = []
        ctx.runner.run_in_background(fn, box.append, errors.append)
        self.qtbot.waitUntil(lambda: bool(box or errors), timeout=20_000)
        if errors:
            raise errors[0]
        return box[0]  # type: ignore[return-value]

    def dialog(self, parent: QWidget, name: str) -> QDialog:
        """Wait for the visible dialog called `name` under `parent`."""

        def visible() -> QDialog | None:
            for dialog in parent.findChildren(QDialog, name):
                if dialog.isVisible():
                    return dialog
            return None

        self.qtbot.waitUntil(lambda: visible() is not None)
        found = visible()
        assert found is not None
        return found

    @staticmethod
    def ok_button(dialog: QDialog) -> QPushButton:
        """The dialog's accept button."""
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        role = QDialogButtonBox.ButtonRole.AcceptRole
        buttons = [b for b in box.buttons() if box.buttonRole(b) == role]
        assert buttons
        return buttons[0]  # type: ignore[return-value]


@pytest.fixture
def gui(qtbot: QtBot) -> GuiDriver:
    """Helpers for driving the real window."""
    return GuiDriver(qtbot)
