"""A whole first session for real: new vault, a case, search, lock, unlock, restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.ui.case.case_widget import CaseWidget
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.vault.errors import WrongCredentialsError

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _run_first_start(qtbot: QtBot, gui: Any, ctx: AppContext) -> None:
    wizard = ctx.window.wizard
    assert wizard is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, LEFT)
    qtbot.keyClicks(wizard.school_page.school_edit, gui.school)
    qtbot.keyClicks(wizard.school_page.user_edit, gui.user)
    qtbot.mouseClick(next_button, LEFT)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.keyClicks(wizard.passphrase_page.passphrase_edit, "te kort")
    assert not commit.isEnabled()
    wizard.passphrase_page.passphrase_edit.clear()
    qtbot.keyClicks(wizard.passphrase_page.passphrase_edit, gui.passphrase)
    qtbot.keyClicks(wizard.passphrase_page.repeat_edit, gui.passphrase)
    assert commit.isEnabled()
    qtbot.mouseClick(commit, LEFT)
    page = wizard.recovery_page
    qtbot.waitUntil(lambda: page.key_label.text() != "", timeout=20_000)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "finishing needs the written-down confirmation"
    page.confirm_check.setFocus()
    qtbot.keyClick(page.confirm_check, Qt.Key.Key_Space)
    assert finish.isEnabled()
    with qtbot.waitSignal(ctx.window.sig_unlocked, timeout=20_000):
        qtbot.mouseClick(finish, LEFT)


def _add_person(
    qtbot: QtBot, gui: Any, case_dialog: QDialog, button: QPushButton, names: tuple[str, str, str]
) -> None:
    qtbot.mouseClick(button, LEFT)
    dialog: Any = gui.dialog(case_dialog, "participantDialog")
    first, last, klass = names
    qtbot.keyClicks(dialog.first_edit, first)
    qtbot.keyClicks(dialog.last_edit, last)
    qtbot.keyClicks(dialog.class_edit, klass)
    qtbot.mouseClick(gui.ok_button(dialog), LEFT)


def _create_case(qtbot: QtBot, gui: Any, ctx: AppContext) -> CaseWidget:
    window = ctx.window
    _activate(qtbot, ctx)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog: Any = gui.dialog(window, "caseDialog")
    qtbot.keyClicks(dialog.title_edit, "Spotberichten in de klasgroep")
    _add_person(qtbot, gui, dialog, dialog.add_victim_button, ("Lisa", "Janssens", "2B"))
    _add_person(qtbot, gui, dialog, dialog.add_bully_button, ("Tom", "Peeters", "2B"))
    assert dialog.model.rowCount() == 2
    qtbot.mouseClick(gui.ok_button(dialog), LEFT)
    workspace = window.workspace
    assert workspace is not None

    def shown() -> bool:
        widget = workspace.case_widget
        return widget is not None and widget.people_model.rowCount() == 2

    qtbot.waitUntil(shown, timeout=10_000)
    assert workspace.case_widget is not None
    return workspace.case_widget


def _activate(qtbot: QtBot, ctx: AppContext) -> None:
    # Offscreen, closing a dialog does not give the focus back to the main window (a desktop
    # does); window shortcuts only work in the active window.
    ctx.window.activateWindow()
    qtbot.waitUntil(ctx.window.isActiveWindow)


def _search(qtbot: QtBot, ctx: AppContext, text: str) -> list[str]:
    window = ctx.window
    _activate(qtbot, ctx)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    workspace = window.workspace
    assert workspace is not None
    search = workspace.case_list.view.search_edit
    qtbot.waitUntil(lambda: window.focusWidget() is search)
    with qtbot.waitSignal(workspace.case_list.sig_search_finished, timeout=10_000):
        qtbot.keyClicks(search, text)
    model = workspace.case_list.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_first_session_then_lock_unlock_and_restart(
    qtbot: QtBot, gui: Any, make_window: Any, vault_dir: Path
) -> None:
    ctx = make_window(vault_dir)
    qtbot.waitUntil(lambda: ctx.window.wizard is not None)
    _run_first_start(qtbot, gui, ctx)

    case = _create_case(qtbot, gui, ctx)
    model = case.people_model
    people = {model.row_at(r).person.full_name: model.row_at(r).participant.role for r in range(2)}
    assert people == {"Lisa Janssens": Role.VICTIM, "Tom Peeters": Role.BULLY}
    reference = case.view.reference_label.text()
    assert reference

    assert _search(qtbot, ctx, "jans") == [reference]

    _activate(qtbot, ctx)
    qtbot.keyClick(ctx.window, Qt.Key.Key_L, CTRL)
    assert ctx.window.workspace is None
    qtbot.waitUntil(lambda: not ctx.window.findChildren(CaseWidget))
    screen = gui.unlock_screen(ctx)
    ctx.runner.wait_for_done()
    before = _snapshot(vault_dir)

    qtbot.keyClicks(screen.view.passphrase_edit, "dit is de verkeerde zin")
    qtbot.mouseClick(screen.view.unlock_button, LEFT)
    qtbot.waitUntil(screen.view.message_label.isVisible, timeout=10_000)
    assert screen.view.message_label.text() == message_for(WrongCredentialsError())
    assert screen.view.passphrase_edit.text() == ""
    ctx.runner.wait_for_done()
    assert _snapshot(vault_dir) == before, "a wrong passphrase must not change any vault file"

    gui.unlock(ctx)
    assert _search(qtbot, ctx, "Tom") == [reference]

    make_window.dispose(ctx)
    again = make_window(vault_dir)
    gui.unlock(again)
    assert _search(qtbot, again, "lisa") == [reference]
