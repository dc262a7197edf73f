"""Colleagues and roles through the window: add with a starting passphrase, first unlock,
roles, the last administrator, one's own passphrase, removal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.vault.errors import LastAdministratorError

LEFT = Qt.MouseButton.LeftButton
BART_OWN = "bart kiest zijn eigen lange zin"


def _colleagues(qtbot: QtBot, gui: Any, ctx: Any) -> Any:
    ctx.window.menus.vault.colleagues.trigger()
    dialog = ctx.window.vault_actions.colleagues_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    return dialog


def _rows(dialog: Any) -> dict[str, Any]:
    return {r.name: r for r in (dialog.model.row_at(i) for i in range(dialog.model.rowCount()))}


def _select(dialog: Any, name: str) -> None:
    row = [dialog.model.row_at(i).name for i in range(dialog.model.rowCount())].index(name)
    dialog.table.selectRow(row)


def _change(qtbot: QtBot, dialog: Any, button: Any) -> None:
    with qtbot.waitSignal(dialog.sig_loaded, timeout=20_000):
        qtbot.mouseClick(button, LEFT)


def test_an_administrator_adds_a_colleague_who_then_chooses_a_passphrase(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    dialog = _colleagues(qtbot, gui, ctx)
    assert list(_rows(dialog)) == [gui.user]
    assert _rows(dialog)[gui.user].last_unlock is not None

    qtbot.mouseClick(dialog.add_button, LEFT)
    add: Any = gui.dialog(dialog, "add_colleague_dialog")
    start = add.passphrase()
    assert len(start.split("-")) >= 5  # a generated starting passphrase of several words
    qtbot.keyClicks(add.name_edit, "Bart")
    add.role_box.setCurrentIndex(add.role_box.findData("clb_worker"))
    _change(qtbot, dialog, add.ok_button)
    bart = _rows(dialog)["Bart"]
    assert (bart.role, bart.must_change, bart.last_unlock) == (UserRole.CLB_WORKER, True, None)

    # The last administrator keeps that role.
    _select(dialog, gui.user)
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("member"))
    qtbot.mouseClick(dialog.role_button, LEFT)
    refusal = message_for(LastAdministratorError())
    qtbot.waitUntil(lambda: dialog.message.text() == refusal, timeout=10_000)
    assert _rows(dialog)[gui.user].role is UserRole.ADMINISTRATOR
    dialog.accept()

    # Bart's first unlock asks for his own passphrase.
    ctx.window.lock()
    screen = gui.unlock_screen(ctx)
    screen.view.user_combo.setCurrentText("Bart")
    qtbot.keyClicks(screen.view.passphrase_edit, start)
    qtbot.mouseClick(screen.view.unlock_button, LEFT)
    new: Any = gui.dialog(screen, "newPassphraseDialog")
    qtbot.keyClicks(new.passphrase_edit, BART_OWN)
    qtbot.keyClicks(new.repeat_edit, BART_OWN)
    with qtbot.waitSignal(ctx.window.sig_unlocked, timeout=20_000):
        qtbot.mouseClick(gui.ok_button(new), LEFT)
    # A CLB worker sees the list but can not change it.
    dialog = _colleagues(qtbot, gui, ctx)
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert not _rows(dialog)["Bart"].must_change
    dialog.accept()
    ctx.window.lock()
    screen = gui.unlock_screen(ctx)
    screen.view.user_combo.setCurrentText("Bart")
    gui.unlock(ctx, BART_OWN)  # his own passphrase opens it now, without another question


def test_own_passphrase_change_and_removal_of_a_colleague(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    from ehbc_desktop.services.access import access
    from ehbc_desktop.vault.errors import WrongCredentialsError

    start = "een startzin voor bart van school"
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    session = ctx.window.services().session
    gui.run_on_worker(ctx, lambda: session.vault.add_user(
        "Bart", start, role=UserRole.MEMBER, must_change=True))

    # Change my passphrase: the current one is asked again.
    ctx.window.menus.vault.change_passphrase.trigger()
    change: Any = ctx.window.vault_actions.passphrase_dialog
    qtbot.waitUntil(change.isVisible)
    fresh = "mijn nieuwe zin heeft negen lange woorden"
    qtbot.keyClicks(change.current_edit, gui.passphrase)
    qtbot.keyClicks(change.new_edit, fresh)
    assert not change.ok_button.isEnabled()  # not repeated yet
    qtbot.keyClicks(change.repeat_edit, fresh)
    qtbot.mouseClick(change.ok_button, LEFT)
    qtbot.waitUntil(lambda: bool(ctx.window.statusBar().currentMessage()), timeout=20_000)

    # Remove Bart: the confirmation says what removal does not protect against.
    dialog = _colleagues(qtbot, gui, ctx)
    _select(dialog, "Bart")
    qtbot.mouseClick(dialog.remove_button, LEFT)
    box = dialog.confirm_box
    assert box is not None and "Bart" in box.text()
    with qtbot.waitSignal(dialog.sig_loaded, timeout=20_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert list(_rows(dialog)) == [gui.user]
    dialog.accept()
    ctx.window.lock()
    screen = gui.unlock_screen(ctx)
    names = [screen.view.user_combo.itemText(i) for i in range(screen.view.user_combo.count())]
    assert names == [gui.user]
    screen.view.user_combo.setCurrentText(gui.user)
    gui.unlock(ctx, fresh)
    make_window.dispose(ctx)
    with pytest.raises(WrongCredentialsError):
        access.unlock(made_vault, "Bart", start)
