"""Every conversation type completed as a teacher would, then found back in the case."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.conversations.tab import ConversationsTab
from tests.gui.conversations.conftest import CaseEnv
from tests.gui.conversations.driver import LEFT, complete, open_kind


def _timeline(env: CaseEnv) -> list[tuple[str, str, str]]:
    entries = env.run(lambda: env.ctx.services.cases.timeline(env.case_id))
    return [(e.kind, e.title, e.detail) for e in entries]


def _open_read(qtbot: QtBot, tab: ConversationsTab, row: int) -> Any:
    item = tab.list.topLevelItem(row)
    assert item is not None
    tab.list.setCurrentItem(item)
    qtbot.mouseClick(tab.open_button, LEFT)
    from ehbc_desktop.ui.conversations.read_dialog import ConversationReadDialog

    qtbot.waitUntil(lambda: bool(tab.findChildren(ConversationReadDialog)), timeout=5_000)
    dialog = tab.findChildren(ConversationReadDialog)[0]
    qtbot.waitUntil(lambda: "<" not in dialog.text.toPlainText()[:1] and
                    bool(dialog.text.toPlainText()), timeout=10_000)  # fmt: skip
    return dialog


def test_victim_conversation_lands_in_the_list_timeline_and_read_view(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    dialog = open_kind(qtbot, tab, "victim")
    text = complete(qtbot, dialog, {"what_happened": "Spotberichten in de klasgroep",
                                    "feelings": "bang om naar school te gaan"})  # fmt: skip
    assert "saved" in text
    with qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(type(tab.open_button), "conversation_done_close"), LEFT)
    assert tab.list.topLevelItemCount() == 1
    assert tab.list.topLevelItem(0).text(1) == "Conversation with the victim"
    assert any(kind == "conversation" and title == "victim" for kind, title, _ in
               _timeline(case_env))  # fmt: skip
    read = _open_read(qtbot, tab, 0)
    shown = read.text.toPlainText()
    assert "Spotberichten in de klasgroep" in shown
    assert "What happened?" in shown or "happened" in shown
    assert "bang om naar school te gaan" in shown


def _record(env: CaseEnv) -> Any:
    return env.run(lambda: env.ctx.services.cases.get_case(env.case_id))


def test_bully_conversation_is_refused_without_consent_then_held_after_it(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    from ehbc_desktop.domain.enums import ApproachChoice, ApproachReason
    from ehbc_desktop.services.steps.approach import ApproachService

    approach = case_env.services(ApproachService)
    case_env.run(
        lambda: approach.decide_approach(
            case_env.case_id,
            [ApproachReason.C_LONG_RUNNING],
            ApproachChoice.CONFRONTATIONAL,
            "lang",
        )
    )
    dialog = open_kind(qtbot, tab, "bully")
    wizard = dialog.wizard
    assert wizard.view.banner.isVisible()
    assert "consent" in wizard.view.banner.text.text()
    assert not wizard.is_finish_allowed()
    assert not wizard.view.banner.override_box.isVisibleTo(wizard.view.banner)
    assert dialog.consent_row.isVisibleTo(dialog)
    assert "confrontational" in wizard.view.approach.text().lower()

    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.mouseClick(dialog.consent_button, LEFT)
    assert not dialog.wizard.view.banner.isVisible()
    assert not dialog.consent_row.isVisibleTo(dialog)
    text = complete(qtbot, dialog, {"bully_side": "Het was maar om te lachen",
                                    "evidence_shown": "screenshots van de groepschat"})  # fmt: skip
    assert "saved" in text
    record = _record(case_env)
    bully = [c for c in record.conversations if c.kind.value == "bully"]
    assert len(bully) == 1
    answers = {a.field_id: a.value for a in bully[0].answers}
    assert answers["bully_side"] == "Het was maar om te lachen"
    assert [c.consents for c in record.consents] == [True]


def test_parents_conversation_is_blocked_by_the_12_plus_wish_until_an_override_reason(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    from datetime import date

    from ehbc_desktop.services.steps.approach import ApproachService

    approach = case_env.services(ApproachService)
    lotte = case_env.people["Lotte"]
    case_env.run(lambda: approach.record_parent_wish(
        case_env.case_id, lotte, True, judged_competent=True, judged_by="mevr. Dierickx (CLB)",
        judged_on=date(2026, 10, 2)))  # fmt: skip
    dialog = open_kind(qtbot, tab, "parents_victim")
    wizard = dialog.wizard
    banner = wizard.view.banner
    assert banner.isVisible()
    assert "not to involve the parents" in banner.text.text()
    assert not wizard.is_finish_allowed()
    assert banner.override_box.isVisibleTo(banner)
    assert not banner.override_button.isEnabled()  # a reason is required
    qtbot.keyClicks(banner.reason, "Meldplicht: ernstige bedreiging")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.mouseClick(banner.override_button, LEFT)
    assert not banner.isVisible()
    complete(qtbot, dialog, {"concerns": "Ouders maken zich zorgen over de slaap"})
    record = _record(case_env)
    assert [(o.pupil_participant_id, o.reason) for o in record.parent_overrides] == [
        (lotte, "Meldplicht: ernstige bedreiging")
    ]
    talk = next(c for c in record.conversations if c.kind.value == "parents_victim")
    assert "Ouders maken zich zorgen over de slaap" in [a.value for a in talk.answers]


def test_restorative_conversation_with_full_grid_plans_two_separate_talks(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    from ehbc_desktop.domain.enums import FollowUpKind

    dialog = open_kind(qtbot, tab, "restorative")
    text = complete(qtbot, dialog, {"engagements": "Jonas verwijdert de foto en biedt excuses aan"})
    assert "two separate talks" in text
    record = _record(case_env)
    (repair,) = record.repair_agreements
    assert repair.engagements == ("Jonas verwijdert de foto en biedt excuses aan",)
    kinds = {f.kind for f in record.follow_ups}
    assert {FollowUpKind.RESTORATIVE_BULLY, FollowUpKind.RESTORATIVE_VICTIM} <= kinds
    step3 = sorted(f.planned_on for f in record.follow_ups if f.kind.value.startswith("rest"))
    from ehbc_desktop.ui.labels import format_date

    assert format_date(step3[0]) in text
    talk = next(c for c in record.conversations if c.kind.value == "restorative")
    values = [a.value for a in talk.answers]
    assert any("yes" in v for v in values)  # the grid's answers are kept with the questions


def test_group_work_keeps_method_class_agreements_and_aftercare(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    from ehbc_desktop.domain.enums import GroupMethod

    dialog = open_kind(qtbot, tab, "group")
    from tests.gui.conversations.driver import choose

    choose(qtbot, dialog, "method", "support_group")
    complete(qtbot, dialog, {"group_name": "2B", "what_came_out": "Klas wil een nieuwe chatregel",
                             "aftercare_note": "Geruchten rechtgezet"})  # fmt: skip
    record = _record(case_env)
    talk = next(c for c in record.conversations if c.kind.value == "group")
    assert talk.group_method is GroupMethod.SUPPORT_GROUP
    answers = {a.field_id: a.value for a in talk.answers}
    assert answers["group_name"] == "2B"
    assert answers["aftercare_note"] == "Geruchten rechtgezet"
    assert any(a.conversation_id == talk.id for a in record.agreements)


def test_follow_up_marks_the_planned_one_held_and_proposes_escalation(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    from datetime import date, timedelta

    from ehbc_desktop.domain.enums import ApproachChoice, ApproachReason
    from ehbc_desktop.services.followup.followups import FollowUpService
    from ehbc_desktop.services.steps.approach import ApproachService
    from tests.gui.conversations.driver import choose

    approach = case_env.services(ApproachService)
    followups = case_env.services(FollowUpService)
    earlier = date.today() - timedelta(days=10)
    from datetime import UTC, datetime

    case_env.run(lambda: approach.decide_approach(
        case_env.case_id, [ApproachReason.NC_RECENT], ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL,
        decided_at=datetime.combine(earlier, datetime.min.time(), UTC)))  # fmt: skip
    today = date.today()
    planned = case_env.run(lambda: followups.plan(case_env.case_id, today, with_whom="Lotte"))
    dialog = open_kind(qtbot, tab, "follow_up")
    assert dialog.follow_up_pick.currentData() == planned.follow_up_id
    choose(qtbot, dialog, "outcome", "worse")
    text = complete(qtbot, dialog, {"how_it_goes": "Nieuwe berichten deze week"})
    assert "switch to the confrontational approach" in text
    record = _record(case_env)
    held = next(f for f in record.follow_ups if f.id == planned.follow_up_id)
    assert held.held_on is not None
    assert held.outcome is not None and held.outcome.value == "worse"


def test_finished_conversation_is_read_only_and_an_amendment_keeps_the_original(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    dialog = open_kind(qtbot, tab, "victim")
    complete(qtbot, dialog, {"what_happened": "Foto gedeeld zonder toestemming"})
    dialog.accept()
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1, timeout=10_000)
    read = _open_read(qtbot, tab, 0)
    assert read.text.isReadOnly()
    with qtbot.waitSignal(read.sig_loaded, timeout=10_000):
        qtbot.keyClicks(read.amendment_edit, "Correctie: het was een video, geen foto")
        qtbot.mouseClick(read.add_button, LEFT)
    shown = read.text.toPlainText()
    assert "Foto gedeeld zonder toestemming" in shown
    assert "Correctie: het was een video, geen foto" in shown
    assert "An Peeters" in shown
    record = _record(case_env)
    talk = record.conversations[0]
    assert "Foto gedeeld zonder toestemming" in [a.value for a in talk.answers]
    assert all("video" not in a.value for a in talk.answers)


def test_enter_on_a_conversation_in_the_case_timeline_opens_its_read_view(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    from PySide6.QtCore import Qt

    from ehbc_desktop.ui.case.case_models import ID_ROLE
    from ehbc_desktop.ui.case.case_widget import CaseWidget
    from ehbc_desktop.ui.conversations.read_dialog import ConversationReadDialog

    dialog = open_kind(qtbot, tab, "victim")
    complete(qtbot, dialog, {"what_happened": "Nepaccount met haar foto"})
    dialog.accept()
    ctx = case_env.ctx
    case = CaseWidget(ctx.case_id, ctx.services, ctx.runner, ctx.settings)
    qtbot.addWidget(case)
    case.resize(1200, 780)
    case.show()
    with qtbot.waitSignal(case.sig_loaded, timeout=10_000):
        case.refresh()
    qtbot.waitUntil(case.all_tabs_built, timeout=10_000)  # one per turn of the event loop
    titles = [case.view.tabs.tabText(i) for i in range(case.view.tabs.count())]
    assert "Conversations" in titles
    conv_id = _record(case_env).conversations[0].id
    model = case.timeline_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == conv_id)
    table = case.view.timeline_table
    table.setFocus()
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(case.findChildren(ConversationReadDialog)), timeout=5_000)
    read = case.findChildren(ConversationReadDialog)[0]
    qtbot.waitUntil(lambda: "Nepaccount met haar foto" in read.text.toPlainText(), timeout=10_000)


def test_a_refusal_of_the_service_at_finish_is_shown_in_the_dialog(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    from ehbc_desktop.services.steps.approach import ApproachService

    approach = case_env.services(ApproachService)
    lotte = case_env.people["Lotte"]
    case_env.run(lambda: approach.record_consent(case_env.case_id, lotte, True))
    dialog = open_kind(qtbot, tab, "bully")
    assert not dialog.wizard.view.banner.isVisible()
    # Meanwhile the victim changes her mind: the service refuses when the answers are stored.
    case_env.run(lambda: approach.withdraw_consent(case_env.case_id, lotte))
    wizard = dialog.wizard
    from tests.gui.wizard.teacher import click, fill_current_page

    while True:
        fill_current_page(qtbot, wizard)
        if not wizard.view.next_button.isEnabled():
            break
        click(qtbot, wizard, "wizard_next")
    click(qtbot, wizard, "wizard_finish")
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert "withdrew the consent" in dialog.error_label.text()
    assert wizard.isEnabled()
    assert not dialog.is_done()
    assert not [c for c in _record(case_env).conversations if c.kind.value == "bully"]


def test_refusals_read_as_plain_sentences() -> None:
    from ehbc_desktop.domain.enums import RestorativeQuestion
    from ehbc_desktop.domain.rules import AgreementPart, GridGap, RuleReason
    from ehbc_desktop.services.errors import (
        AgreementIncompleteError,
        GridIncompleteError,
        RuleRefusedError,
    )
    from ehbc_desktop.ui.errors import message_for

    refused = RuleRefusedError((RuleReason.RESTORATIVE_VICTIM_NOT_WILLING,))
    assert "does not want a restorative conversation" in message_for(refused)
    gaps = tuple(GridGap("p1", q) for q in list(RestorativeQuestion)[:3])
    assert "(3 answer(s) missing)" in message_for(GridIncompleteError(gaps))
    missing = AgreementIncompleteError((AgreementPart.DUE,), 1)
    assert message_for(missing).startswith("Agreement 2 is not complete")
