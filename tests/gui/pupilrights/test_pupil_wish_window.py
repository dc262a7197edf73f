"""The reference situation of the 12+ rule, through the window (DOMAIN 2.5).

A pupil of 14 says in the victim conversation that her parents must not be told, and the CLB
worker judges her competent. A parents' conversation about her is then refused with the reason,
so is the parent handout for her case; an override with a written reason lifts the block and
shows in the case's access log.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.domain.enums import AuditAction, Competence, JudgeRole, Role
from ehbc_desktop.domain.rules import RuleReason
from ehbc_desktop.ui.case.case_widget import CaseWidget
from ehbc_desktop.ui.conversations.refusals import refusal_message
from ehbc_desktop.ui.conversations.tab import ConversationsTab
from ehbc_desktop.ui.documents.documents_tab import DocumentsTab
from tests.gui.conversations.driver import answer, choose, open_kind
from tests.gui.wizard.teacher import click, fill_current_page, press, type_into

LEFT = Qt.MouseButton.LeftButton


def _make_case(gui: Any, ctx: AppContext) -> tuple[str, dict[str, str]]:
    from ehbc_desktop.services.case.cases import ParticipantInput as P

    services = ctx.window.services()
    assert services is not None
    cases = services.cases
    born = date(date.today().year - 14, 1, 1)

    def work() -> tuple[str, dict[str, str]]:
        case_id = cases.create_case("Groepschat 3A", [
            P("Lotte", "Maes", "3A", Role.VICTIM, born),
            P("Jonas", "Claes", "3A", Role.BULLY, born),
        ], opened_on=date.today())  # fmt: skip
        record = cases.get_case(case_id)
        ids = {record.people[p.person_id].first_name: p.id for p in record.participants}
        ids["Sara"] = cases.add_participant(
            case_id, P("Sara", "Maes", "", Role.PARENT, related_to=ids["Lotte"]))
        return case_id, ids

    result: tuple[str, dict[str, str]] = gui.run_on_worker(ctx, work)
    return result


def _open(qtbot: QtBot, ctx: AppContext, case_id: str) -> CaseWidget:
    workspace = ctx.window.workspace
    assert workspace is not None
    workspace.open_case(case_id)
    qtbot.waitUntil(lambda: workspace.case_widget is not None
                    and workspace.case_widget.people_model.rowCount() == 3, timeout=10_000)
    assert workspace.case_widget is not None
    return workspace.case_widget


def _tab(case: CaseWidget, kind: type[Any]) -> Any:
    found = next(t for t in case.extra_tabs if isinstance(t, kind))
    case.view.tabs.setCurrentWidget(found)
    return found


def _victim_conversation_with_wish(qtbot: QtBot, tab: ConversationsTab) -> None:
    dialog = open_kind(qtbot, tab, "victim")
    wizard = dialog.wizard
    while True:
        if wizard.current_page_id() == "support":
            click(qtbot, wizard, "field_wish_parents_not_involved__yes")
            choose(qtbot, dialog, "wish_competence", "competent")
            type_into(qtbot, wizard, "field_wish_judged_by__edit", "mevr. Dierickx")
            choose(qtbot, dialog, "wish_judge_role", "clb_worker")
            type_into(qtbot, wizard, "field_wish_reason__edit", "Overziet wat het betekent")
            type_into(qtbot, wizard, "field_wish_others__edit", "Ook de klastitularis niet")
        answer(qtbot, dialog, {"what_happened": "Spotberichten", "feelings": "bang"})
        fill_current_page(qtbot, wizard)
        if not wizard.view.next_button.isEnabled():
            break
        click(qtbot, wizard, "wizard_next")
    with qtbot.waitSignal(dialog.sig_saved, timeout=15_000):
        click(qtbot, wizard, "wizard_finish")
    qtbot.waitUntil(dialog.is_done, timeout=5_000)
    dialog.accept()


def test_a_competent_14_year_olds_wish_blocks_every_parent_action_until_an_override(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    case_id, people = _make_case(gui, ctx)
    case = _open(qtbot, ctx, case_id)
    conversations: ConversationsTab = _tab(case, ConversationsTab)
    qtbot.waitUntil(lambda: conversations.record is not None, timeout=10_000)

    # 1. The victim conversation records the wish and the CLB worker's judgement.
    with qtbot.waitSignal(case.sig_loaded, timeout=15_000):
        _victim_conversation_with_wish(qtbot, conversations)
    record = gui.run_on_worker(ctx, lambda: ctx.window.services().cases.get_case(case_id))
    (wish,) = record.parent_wishes
    assert (wish.pupil_participant_id, wish.wishes_no_parents) == (people["Lotte"], True)
    assert (wish.competence, wish.judge_role) == (Competence.COMPETENT, JudgeRole.CLB_WORKER)
    assert (wish.judged_by, wish.reason) == ("mevr. Dierickx", "Overziet wat het betekent")
    assert wish.others_note == "Ook de klastitularis niet"
    # The people panel shows it.
    assert not case.view.wish_notice.isHidden()
    assert "mevr. Dierickx" in case.view.wish_notice.text.text()

    # 2. A parents' conversation about her is refused, with the reason.
    reason = refusal_message([RuleReason.PARENTS_WISH_STANDS])
    parents = open_kind(qtbot, conversations, "parents_victim")
    banner = parents.wizard.view.banner
    assert banner.isVisible()
    assert reason in banner.text.text()
    assert not parents.wizard.is_finish_allowed()
    parents.reject()

    # 3. The parent handout for her case is refused with the same reason; nothing opens.
    documents: DocumentsTab = _tab(case, DocumentsTab)
    with qtbot.waitSignal(documents.sig_loaded, timeout=10_000):
        documents.refresh()
    documents.select("parent-handout")
    assert documents.wish_notice.isVisible()
    assert documents.wish_notice.override_row.isVisible()
    qtbot.mouseClick(documents.preview_button, LEFT)
    qtbot.waitUntil(lambda: bool(documents.message.text()), timeout=10_000)
    assert reason in documents.message.text()
    assert documents.preview_dialog is None

    # 4. An override with a written reason lifts the block ...
    qtbot.keyClicks(documents.wish_notice.reason, "Meldplicht: ernstige bedreiging")
    with qtbot.waitSignal(documents.sig_loaded, timeout=10_000):
        qtbot.mouseClick(documents.wish_notice.override_button, LEFT)
    assert not documents.wish_notice.override_row.isVisible()
    with qtbot.waitSignal(documents.sig_preview_opened, timeout=20_000):
        qtbot.mouseClick(documents.preview_button, LEFT)
    assert documents.preview_dialog is not None
    documents.preview_dialog.reject()

    # ... and is in the case's access log, with who and when.
    qtbot.mouseClick(case.view.access_log_button, LEFT)
    qtbot.waitUntil(lambda: case.access_log_dialog is not None, timeout=5_000)
    log: Any = case.access_log_dialog
    qtbot.waitUntil(lambda: log.model.rowCount() > 0, timeout=10_000)
    rows = [log.model.row_at(i) for i in range(log.model.rowCount())]
    overrides = [r for r in rows if r.action is AuditAction.OVERRIDE]
    assert [(r.user, r.target_kind) for r in overrides] == [(gui.user, "parent_override")]
    refused = [r for r in rows if r.target == "document:parent-handout" and "refused" in r.detail]
    assert len(refused) == 1
    assert not any("Lotte" in r.detail or "Maes" in r.detail for r in rows)

    # The parents' conversation may start now.
    parents = open_kind(qtbot, conversations, "parents_victim")
    assert not parents.wizard.view.banner.isVisible()
    parents.reject()


def test_the_people_panel_records_a_new_dated_judgement_and_the_log_prints(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    from ehbc_desktop.ui.pupilwish.wish_dialog import PupilWishDialog

    ctx = make_window(made_vault)
    gui.unlock(ctx)
    case_id, _people = _make_case(gui, ctx)
    case = _open(qtbot, ctx, case_id)
    assert case.view.wish_notice.isHidden()
    case.view.people_table.selectRow(0)
    qtbot.mouseClick(case.view.wish_button, LEFT)
    dialog: Any = gui.dialog(case, "pupil_wish_dialog")
    assert isinstance(dialog, PupilWishDialog)
    assert dialog.pupil_id() == case.people_model.row_at(0).participant.id
    press(qtbot, dialog.wishes)
    assert dialog.wishes.isChecked()
    press(qtbot, dialog.findChild(QRadioButton, "wish_competence_competent"))
    assert not dialog.save_button.isEnabled()  # who judged is missing
    qtbot.keyClicks(dialog.judged_by, "meester Tom")
    dialog.judge_role.setCurrentIndex(dialog.judge_role.findData("trust_teacher"))
    qtbot.keyClicks(dialog.reason, "Legt zelf uit wat er zou gebeuren")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(case.sig_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert not case.view.wish_notice.isHidden()
    assert "meester Tom" in case.view.wish_notice.text.text()

    qtbot.mouseClick(case.view.access_log_button, LEFT)
    qtbot.waitUntil(lambda: case.access_log_dialog is not None, timeout=5_000)
    log: Any = case.access_log_dialog
    qtbot.waitUntil(lambda: log.model.rowCount() > 0, timeout=10_000)
    qtmodel = [log.model.row_at(i).target_kind for i in range(log.model.rowCount())]
    assert "parent_wish" in qtmodel
    qtbot.mouseClick(log.print_button, LEFT)
    qtbot.waitUntil(lambda: case.preview_dialog is not None, timeout=20_000)
    preview: Any = case.preview_dialog
    assert preview.isVisible()
    preview.reject()
