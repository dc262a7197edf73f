"""A colleague without access opens a sealed case through the window: one read-only screen with
its reference, status, dates and whom to ask; no tabs, no note field; every write through the
services is refused; the dashboard does not call it stalled; and the access log tells the owner
truly that the colleague's attempt was refused, beside the sealing, unlocking and resealing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import Role
from ehbc_desktop.services.errors import CaseConfidentialError
from ehbc_desktop.ui.case.case_widget import CaseWidget
from ehbc_desktop.vault.errors import NotAllowedError
from tests.gui.pupilrights.test_sealed_case_work_window import BART, NAMES, _open, _sealed_case

LEFT = Qt.MouseButton.LeftButton


def _window_with_a_sealed_case(gui: Any, make_window: Any, made_vault: Path) -> tuple[Any, str]:
    """The window, unlocked by the case's owner, with one sealed case; (context, case id)."""
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    return ctx, _sealed_case(gui, ctx)


def _as_bart(qtbot: QtBot, gui: Any, ctx: Any) -> None:
    ctx.window.lock()
    screen = gui.unlock_screen(ctx)
    screen.view.user_combo.setCurrentText("Bart")
    gui.unlock(ctx, BART)


def _open_sealed(qtbot: QtBot, ctx: Any, case_id: str) -> CaseWidget:
    workspace = ctx.window.workspace
    with qtbot.waitSignal(workspace.sig_case_opened, timeout=20_000):
        workspace.open_case(case_id)
    case: CaseWidget = workspace.case_widget
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20_000)
    return case


def test_a_colleague_without_access_sees_one_closed_screen_and_can_not_write(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx, case_id = _window_with_a_sealed_case(gui, make_window, made_vault)
    reference = gui.run_on_worker(
        ctx, lambda: ctx.window.services().confidential.state(case_id).reference)
    _as_bart(qtbot, gui, ctx)
    case = _open_sealed(qtbot, ctx, case_id)
    screen = case.sealed_screen
    assert screen is not None and screen.isVisible()
    assert not case.view.isVisible()  # no tabs, no empty step plan, no note field
    assert case.extra_tabs == [] and case.view.tabs.count() == 1
    assert not case.view.note_edit.isVisible() and not case.view.add_note_button.isVisible()
    assert screen.reference_label.text() == reference
    facts = screen.facts_label.text()
    assert date.today().strftime("%d") in facts and "%" not in facts
    assert gui.user in screen.ask_label.text()
    shown = " ".join(w.text() for w in (screen.title_label, screen.facts_label,
                                         screen.ask_label, screen.why_label))
    assert not any(name in shown for name in NAMES)
    assert ctx.window.workspace.nav.currentItem().text().endswith(reference)
    qtbot.mouseClick(screen.back_button, LEFT)
    qtbot.waitUntil(lambda: not case.isVisible(), timeout=5_000)


def _writes(services: Any, case_id: str) -> list[Callable[[], object]]:
    from ehbc_desktop.services.case.cases import ParticipantInput as P
    from ehbc_desktop.services.evidence.evidence import NotImportedInput

    soon = date.today() + timedelta(days=3)
    return [
        lambda: services.cases.add_note(case_id, "een notitie"),
        lambda: services.cases.update_case(case_id, title="Nieuwe titel"),
        lambda: services.cases.add_participant(case_id, P("Ann", "Vos", "2B", Role.BYSTANDER)),
        lambda: services.follow_ups.plan(case_id, soon, with_whom="iemand"),
        lambda: services.closing.close(case_id, date.today(), note="klaar"),
        lambda: services.evidence.record_not_imported(
            case_id, NotImportedInput("beelden", police_reference="PV 1")),
    ]


def _access_changes(services: Any, case_id: str, owner: str) -> list[Callable[[], object]]:
    return [
        lambda: services.confidential.grant(case_id, "Bart"),
        lambda: services.confidential.revoke(case_id, owner),
        lambda: services.confidential.unseal(case_id),
        lambda: services.confidential.open_record(case_id),
    ]


def test_every_write_of_a_colleague_without_access_is_refused(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    """Writes were refused before this screen existed; this keeps them refused."""
    ctx, case_id = _window_with_a_sealed_case(gui, make_window, made_vault)
    _as_bart(qtbot, gui, ctx)
    services = ctx.window.services()
    before = gui.run_on_worker(ctx, lambda: services.confidential.state(case_id))
    for write in _writes(services, case_id):
        with pytest.raises(CaseConfidentialError):
            gui.run_on_worker(ctx, write)
    for change in _access_changes(services, case_id, gui.user):
        with pytest.raises(NotAllowedError):
            gui.run_on_worker(ctx, change)
    assert gui.run_on_worker(ctx, lambda: services.confidential.state(case_id)) == before


def test_the_dashboard_does_not_call_a_sealed_case_stalled(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    from ehbc_desktop.services.case.cases import ParticipantInput as P

    # The sealed case has a follow-up planned in two days.
    ctx, case_id = _window_with_a_sealed_case(gui, make_window, made_vault)
    services = ctx.window.services()
    idle_id = gui.run_on_worker(ctx, lambda: services.cases.create_case("Idle", [
        P("Ann", "Vos", "2B", Role.VICTIM)], opened_on=date.today()))  # fmt: skip
    later = date.today() + timedelta(weeks=5)  # both untouched for four weeks by then

    def quiet() -> tuple[list[str], int]:
        closing = ctx.window.services().closing
        return [r.id for r in closing.idle_cases(later, 4)], closing.count_idle_cases(later, 4)

    assert sorted(gui.run_on_worker(ctx, quiet)[0]) == sorted([case_id, idle_id])  # the owner's
    _as_bart(qtbot, gui, ctx)
    services = ctx.window.services()
    board = gui.run_on_worker(ctx, lambda: services.dashboard.summary(date.today()))
    idle = [row.id for row in board.without_next_step]
    assert idle == [idle_id] and board.without_next_step_count == 1
    assert case_id not in idle and board.open_cases == 2  # still counted in the totals
    assert gui.run_on_worker(ctx, quiet) == ([idle_id], 1)  # not Bart's to call idle


def test_the_access_log_tells_the_refused_attempt_apart_from_sealing_and_work(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx, case_id = _window_with_a_sealed_case(gui, make_window, made_vault)
    owner = _open(qtbot, ctx, case_id)  # unlocked to work on it
    qtbot.mouseClick(owner.view.back_button, LEFT)  # sealed again
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20_000)
    _as_bart(qtbot, gui, ctx)
    _open_sealed(qtbot, ctx, case_id)
    ctx.window.workspace.show_cases()
    ctx.window.lock()
    gui.unlock_screen(ctx).view.user_combo.setCurrentText(gui.user)
    gui.unlock(ctx)  # the owner again
    owner = _open(qtbot, ctx, case_id)
    qtbot.mouseClick(owner.view.access_log_button, LEFT)
    qtbot.waitUntil(lambda: owner.access_log_dialog is not None, timeout=5_000)
    dialog: Any = owner.access_log_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    rows = [(dialog.model.index(r, 1).data(), dialog.model.index(r, 2).data(),
             dialog.model.row_at(r).event.code) for r in range(dialog.model.rowCount())]
    barts = [code for user, _text, code in rows if user == "Bart"]
    assert barts == ["case.view_refused"], rows  # one attempt, nothing "viewed"
    codes = {code for user, _text, code in rows if user == gui.user}
    assert {"case.sealed", "case.opened_for_work", "case.resealed"} <= codes, rows
    texts = {code: text for _user, text, code in rows}
    assert len(set(texts.values())) == len(texts)  # each its own sentence
    assert "case.changed" not in codes
    assert "geweigerd" in texts["case.view_refused"]
    assert texts["case.resealed"] != texts["case.sealed"]


def test_the_confidential_dialog_of_a_colleague_without_access_names_whom_to_ask(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    from ehbc_desktop.ui.confidential.confidential_dialog import ConfidentialDialog

    ctx, case_id = _window_with_a_sealed_case(gui, make_window, made_vault)
    _as_bart(qtbot, gui, ctx)
    services = ctx.window.services()
    dialog = ConfidentialDialog(ctx.settings, services.confidential, case_id, ctx.runner,
                                colleagues=[gui.user, "Bart"], me="Bart",
                                open_pdf=lambda _pdf: None, parent=ctx.window)
    dialog.open()
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.refresh()
    names = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert names == [gui.user] and dialog.people.isVisible()
    assert gui.user in dialog.text.text()
    assert not any(b.isVisible() for b in (dialog.seal_button, dialog.grant_button,
                                            dialog.revoke_button, dialog.unseal_button))
    assert dialog.height() < 400  # a small box, not 620x520 of nothing
    dialog.reject()
