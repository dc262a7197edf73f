"""The unlock screen on a real vault: the recovery key end to end, the keyboard.

The wait after wrong attempts and every failure message are tested on the in-memory backend
(test_start_screens.py); the vault's own counting of attempts in tests/unit/vault.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

LEFT = Qt.MouseButton.LeftButton


def test_recovery_key_opens_the_vault_and_forces_a_new_passphrase(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault_and_code: tuple[Path, str]
) -> None:
    folder, code = made_vault_and_code
    ctx = make_window(folder)
    screen = gui.unlock_screen(ctx)
    qtbot.mouseClick(screen.view.recovery_button, LEFT)
    dialog: Any = gui.dialog(screen, "recoveryKeyDialog")
    qtbot.keyClicks(dialog.key_edit, code.lower().replace("-", " "))
    qtbot.mouseClick(gui.ok_button(dialog), LEFT)
    new: Any = gui.dialog(screen, "newPassphraseDialog")
    assert not new.box_key_label.isVisibleTo(new)  # the own key for sealed cases came back
    qtbot.keyClick(new, Qt.Key.Key_Escape)
    assert new.isVisible(), "the new passphrase can not be skipped"
    fresh = "een nieuwe zin voor de kluis van school"
    qtbot.keyClicks(new.passphrase_edit, fresh)
    qtbot.keyClicks(new.repeat_edit, fresh)
    with qtbot.waitSignal(ctx.window.sig_unlocked, timeout=20_000):
        qtbot.mouseClick(gui.ok_button(new), LEFT)
    ctx.window.lock()
    gui.unlock(ctx, fresh)
    assert ctx.window.workspace is not None


def test_keyboard_shortcuts_and_accessible_names(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx = make_window(made_vault)
    shortcuts = set(ctx.window.actions_by_shortcut())
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+L", "Ctrl+,", "Ctrl+Q"} <= shortcuts
    gui.unlock(ctx)
    workspace = ctx.window.workspace
    inputs = (QLineEdit, QComboBox, QPlainTextEdit, QTableView)
    nameless = [
        w.objectName() or type(w).__name__
        for w in workspace.findChildren(QWidget)
        if isinstance(w, inputs)
        and w.isVisibleTo(workspace)
        and not w.accessibleName()
        and not isinstance(w.parent(), QComboBox)
    ]
    assert nameless == []
    qtbot.keyClick(ctx.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert workspace.stack.currentWidget() is workspace.case_list
    search = workspace.case_list.view.search_edit
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_Tab)
    assert workspace.case_list.view.status_combo.hasFocus()
