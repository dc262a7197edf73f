"""The new-case dialog: a CLB worker's case is confidential from the start (they choose who else
may read it, or turn it off with a reason); a member's case is not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import UserRole

LEFT = Qt.MouseButton.LeftButton
CLB = "Clb Sofie"
BART = "Bart"
OTHER = "een andere lange zin voor de test"


def _unlock_as(qtbot: QtBot, gui: Any, ctx: Any, name: str) -> None:
    if ctx.window.workspace is not None:
        with qtbot.waitSignal(ctx.window.sig_locked, timeout=10_000):
            ctx.window.lock()
    screen = gui.unlock_screen(ctx)
    screen.view.user_combo.setCurrentText(name)
    gui.unlock(ctx, OTHER)


def _window_with_colleagues(gui: Any, make_window: Any, folder: Path) -> Any:
    ctx = make_window(folder)
    gui.unlock(ctx)
    vault = ctx.window.services().session.vault

    def work() -> None:
        vault.add_user(CLB, OTHER, role=UserRole.CLB_WORKER)
        vault.add_user(BART, OTHER, role=UserRole.MEMBER)

    gui.run_on_worker(ctx, work)
    return ctx


def _new_case_dialog(gui: Any, ctx: Any, title: str) -> Any:
    workspace = ctx.window.workspace
    workspace.new_case()
    dialog = gui.dialog(workspace, "caseDialog")
    dialog.title_edit.setText(title)
    return dialog


def _create(qtbot: QtBot, gui: Any, ctx: Any, dialog: Any) -> Any:
    workspace = ctx.window.workspace
    qtbot.mouseClick(gui.ok_button(dialog), LEFT)
    qtbot.waitUntil(lambda: workspace.case_widget is not None
                    and workspace.case_widget.confidential_state is not None, timeout=20_000)
    case = workspace.case_widget
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20_000)
    services = ctx.window.services()
    return gui.run_on_worker(ctx, lambda: services.confidential.state(case.case_id))


def test_a_clb_workers_new_case_is_sealed_from_the_start(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx = _window_with_colleagues(gui, make_window, made_vault)
    _unlock_as(qtbot, gui, ctx, CLB)
    dialog = _new_case_dialog(gui, ctx, "Uitsluiting op de speelplaats")
    choice = dialog.sealing
    assert choice.isVisible() and choice.sealed() and choice.colleagues() == [CLB]
    people = choice.people
    for i in range(people.count()):
        if people.item(i).text() == gui.user:
            people.item(i).setCheckState(Qt.CheckState.Checked)
    state = _create(qtbot, gui, ctx, dialog)
    assert state.confidential and state.open_for_work  # open on screen, to work on
    assert state.allowed == tuple(sorted((CLB, gui.user)))
    workspace = ctx.window.workspace
    assert workspace.case_widget.view.add_note_button.isEnabled()
    workspace.show_cases()  # leaving the screen seals it
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20_000)
    services = ctx.window.services()
    case_id = workspace.case_widget.case_id
    assert gui.run_on_worker(ctx, lambda: services.confidential.state(case_id)).sealed


def test_a_clb_worker_turns_the_sealing_off_only_with_a_reason(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx = _window_with_colleagues(gui, make_window, made_vault)
    _unlock_as(qtbot, gui, ctx, CLB)
    dialog = _new_case_dialog(gui, ctx, "Gewone pesterij")
    ok = gui.ok_button(dialog)
    dialog.sealing.seal_box.setChecked(False)
    assert not ok.isEnabled() and dialog.sealing.reason_edit.isVisible()
    qtbot.keyClicks(dialog.sealing.reason_edit, "de leerkracht volgt dit op")
    assert ok.isEnabled()
    state = _create(qtbot, gui, ctx, dialog)
    assert not state.confidential
    services = ctx.window.services()
    record = gui.run_on_worker(ctx, lambda: services.cases.get_case(state.case_id))
    assert any("de leerkracht volgt dit op" in n.text for n in record.notes)


def test_a_members_new_case_is_not_sealed(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx = _window_with_colleagues(gui, make_window, made_vault)
    _unlock_as(qtbot, gui, ctx, BART)
    dialog = _new_case_dialog(gui, ctx, "Ruzie in de klas")
    assert not dialog.sealing.sealed() and not dialog.sealing.reason_edit.isVisible()
    assert gui.ok_button(dialog).isEnabled()
    state = _create(qtbot, gui, ctx, dialog)
    assert not state.confidential and state.allowed == ()


def test_a_report_taken_in_by_a_clb_worker_opens_a_confidential_case(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    from ehbc_desktop.domain.enums import Role
    from ehbc_desktop.services.case.participants import ParticipantInput
    from tests.gui.steps.helpers import answer, finish, form_dialog, next_page, today, write

    ctx = _window_with_colleagues(gui, make_window, made_vault)
    _unlock_as(qtbot, gui, ctx, CLB)
    ctx.window.menus.new_report.trigger()
    wizard = (dialog := form_dialog(qtbot, "reportFormDialog")).wizard
    answer(qtbot, wizard, "reporter_kind", "peer")
    today(qtbot, wizard, "reported_on")
    answer(qtbot, wizard, "channel", "in_person")
    next_page(qtbot, wizard)
    answer(qtbot, wizard, "media", "messaging_app")
    answer(qtbot, wizard, "forms", "insulting")
    write(qtbot, wizard, "description", "Spotberichten in de klaschat")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    answer(qtbot, wizard, "victim_wants_to_report", "no")
    qtbot.keyClicks(dialog.side.title_edit, "Klaschat 2B")
    dialog.side.model.set_rows([ParticipantInput("Lotte", "Peeters", "2B", Role.VICTIM)])
    finish(qtbot, wizard)
    workspace = ctx.window.workspace
    qtbot.waitUntil(lambda: workspace.case_widget is not None
                    and workspace.case_widget.confidential_state is not None
                    and workspace.case_widget.confidential_state.open_for_work, timeout=20_000)
    assert workspace.case_widget.confidential_state.allowed == (CLB,)
