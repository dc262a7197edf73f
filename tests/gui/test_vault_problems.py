"""What the teacher sees when the vault can not be opened: in use, damaged, or set-up cancelled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.vault.errors import VaultDamagedError, VaultInUseError, VaultRolledBackError

LEFT = Qt.MouseButton.LeftButton


def test_second_window_is_told_the_vault_is_already_open(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    first = make_window(made_vault)
    gui.unlock(first)
    second = make_window(made_vault)
    screen = gui.unlock_screen(second)
    qtbot.keyClicks(screen.view.passphrase_edit, gui.passphrase)
    qtbot.mouseClick(screen.view.unlock_button, LEFT)
    qtbot.waitUntil(screen.view.message_label.isVisible, timeout=10_000)
    assert screen.view.message_label.text() == message_for(VaultInUseError())
    assert second.window.workspace is None


def test_damaged_key_file_is_explained_and_blocks_unlocking(
    qtbot: QtBot, make_window: Any, made_vault: Path
) -> None:
    slots = made_vault / "keyslots.json"
    slots.write_bytes(slots.read_bytes()[:-40] + b"garbage")
    ctx = make_window(made_vault)

    def explained() -> bool:
        screen = ctx.window.unlock_screen
        return screen is not None and screen.view.message_label.isVisible()

    qtbot.waitUntil(explained, timeout=10_000)
    screen = ctx.window.unlock_screen
    assert screen.view.message_label.text() == message_for(VaultDamagedError("x"))
    assert not screen.view.unlock_button.isEnabled()


def test_cancelling_the_first_start_writes_nothing(
    qtbot: QtBot, make_window: Any, vault_dir: Path
) -> None:
    ctx = make_window(vault_dir)
    qtbot.waitUntil(lambda: ctx.window.wizard is not None)
    wizard = ctx.window.wizard
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    qtbot.keyClicks(wizard.school_page.school_edit, "Testschool")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), LEFT)
    qtbot.waitUntil(lambda: not ctx.window.isVisible())
    assert not vault_dir.exists()


def test_an_older_database_put_back_is_explained_at_unlock(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    from ehbc_desktop.services.access import access
    from ehbc_desktop.services.case.cases import CaseService

    old = (made_vault / "vault.db").read_bytes()
    session = access.unlock(made_vault, gui.user, gui.passphrase)
    CaseService(session).create_case("Dossier van deze week")
    session.close()
    (made_vault / "vault.db").write_bytes(old)

    ctx = make_window(made_vault)
    screen = gui.unlock_screen(ctx)
    qtbot.keyClicks(screen.view.passphrase_edit, gui.passphrase)
    qtbot.mouseClick(screen.view.unlock_button, LEFT)
    qtbot.waitUntil(screen.view.message_label.isVisible, timeout=10_000)
    text = screen.view.message_label.text()
    assert text == message_for(VaultRolledBackError("database-older"))
    assert "oudere kopie" in text and "back-up" in text
    assert ctx.window.workspace is None
