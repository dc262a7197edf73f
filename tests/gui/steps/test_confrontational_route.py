"""The confrontational route through the step bar: bully conversation, then restorative one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.domain.enums import ApproachChoice, ApproachReason, ConversationKind, Role
from ehbc_desktop.domain.stepplan import Step, StepState
from ehbc_desktop.services.case.participants import ParticipantInput
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.steps.approach import ApproachService
from ehbc_desktop.services.steps.intake import IntakeService
from ehbc_desktop.services.steps.step_forms import StepFormService
from ehbc_desktop.ui.conversations.tab import ConversationsTab
from tests.gui.conftest import GuiDriver, WindowFactory
from tests.gui.conversations.driver import complete, wait_dialog
from tests.gui.steps.helpers import click_name, step_tab
from tests.unit.services.records_helpers import (
    OpenCase,
    form,
    parents_answers,
    victim_answers,
)


def _case_at_the_intervention(gui: GuiDriver, ctx: AppContext) -> str:
    """A cyberbullying case up to a confrontational choice made two days ago (with consent)."""
    services = ctx.window.services()
    assert services is not None
    start = date.today() - timedelta(days=10)

    def work() -> str:
        cases, session = services.cases, services.session
        report = {
            "reporter_kind": "victim", "reported_on": start, "channel": "in_person",
            "media": ["messaging_app"], "forms": ["insulting"], "description": "Nepaccount",
        }  # fmt: skip
        made = IntakeService(session).record_report(
            form("report"), report, [ParticipantInput("Lotte", "Peeters", "2B", Role.VICTIM),
                                     ParticipantInput("Jonas", "Claes", "2B", Role.BULLY)],
        )  # fmt: skip
        case_id = made.case_id
        victim, bully = made.participant_ids
        parent = cases.add_participant(
            case_id, ParticipantInput("Sara", "Peeters", role=Role.PARENT, related_to=victim)
        )
        c = OpenCase(case_id, victim, bully, parent)
        steps = StepFormService(session)
        triage = {"intent": "yes", "repetition": "yes", "power_imbalance": "yes",
                  "digital": True, "also_offline": False, "classification": "cyberbullying"}
        steps.finish_triage(case_id, form("triage"), triage)
        severity = {
            "severity": "serious", "rationale": "dagelijks", "sexual": False,
            "care_team_date": start, "care_team_who": "zorgteam", "care_team_conclusion": "ok",
            "police_contacted": False, "child_focus_contacted": False, "clb_contacted": False,
            "other_body_contacted": False,
        }  # fmt: skip
        steps.finish_severity(case_id, form("severity"), severity)
        talks = ConversationService(session)
        talks.finish(case_id, form("victim"), victim_answers(c, start=start))
        talks.finish(case_id, form("parents_victim"), parents_answers(c, start=start))
        ApproachService(session).decide_approach(
            case_id, [ApproachReason.C_BIG_IMPACT], ApproachChoice.CONFRONTATIONAL,
            "grote impact", decided_at=datetime.now(UTC) - timedelta(days=2),
        )  # fmt: skip
        return case_id

    return gui.run_on_worker(ctx, work)


def _conversations(ctx: AppContext) -> ConversationsTab:
    case = ctx.window.workspace.case_widget  # type: ignore[union-attr]
    assert case is not None
    shown = case.view.tabs.currentWidget()
    assert isinstance(shown, ConversationsTab)
    return shown


def test_confrontational_route_through_the_step_bar(
    qtbot: QtBot, made_vault: Path, make_window: WindowFactory, gui: GuiDriver
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    case_id = _case_at_the_intervention(gui, ctx)
    ctx.window.workspace.open_case(case_id)  # type: ignore[union-attr]
    tab = step_tab(qtbot, ctx)
    assert tab.bar.state_of(Step.INTERVENTION) is StepState.CURRENT

    # First the conversation with the bully.
    with qtbot.waitSignal(tab.sig_conversation_requested) as asked:
        click_name(qtbot, tab.bar, "step_intervention")
    assert asked.args == ["bully"]
    talks = _conversations(ctx)
    dialog = wait_dialog(qtbot, talks)
    assert dialog.wizard.values().get("approach") == "confrontational"
    complete(qtbot, dialog, {"evidence_shown": "De schermafdrukken van de groepschat"})
    dialog.close()
    qtbot.waitUntil(lambda: talks.dialog is None)
    case = ctx.window.workspace.case_widget  # type: ignore[union-attr]
    case.view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(
        lambda: tab.data is not None and tab.bar.state_of(Step.INTERVENTION) is StepState.DONE,
        timeout=10_000,
    )

    # Then the restorative conversation, from the same step.
    with qtbot.waitSignal(tab.sig_conversation_requested) as asked:
        click_name(qtbot, tab.bar, "step_intervention")
    assert asked.args == ["restorative"]
    dialog = wait_dialog(qtbot, _conversations(ctx))
    complete(qtbot, dialog, {"engagements": "Jonas verwijdert de foto's en biedt excuses aan"})
    case.view.tabs.setCurrentWidget(tab)

    def restorative_stored() -> bool:
        data = tab.data
        return data is not None and any(
            c.kind is ConversationKind.RESTORATIVE and c.finished
            for c in data.record.conversations
        )

    qtbot.waitUntil(restorative_stored, timeout=10_000)
    assert tab.data is not None
    assert tab.data.plan.current is not Step.INTERVENTION
    assert tab.bar.state_of(Step.INTERVENTION) is StepState.DONE


def test_the_group_approach_opens_the_next_talk_of_its_method(
    qtbot: QtBot, made_vault: Path, make_window: WindowFactory, gui: GuiDriver
) -> None:
    from ehbc_desktop.domain.enums import GroupMethod

    ctx = make_window(made_vault)
    gui.unlock(ctx)
    case_id = _case_at_the_intervention(gui, ctx)
    services = ctx.window.services()
    assert services is not None
    gui.run_on_worker(ctx, lambda: ApproachService(services.session).decide_approach(
        case_id, [ApproachReason.NC_BELIEF_IN_GROUP], ApproachChoice.NON_CONFRONTATIONAL_GROUP,
        "de groep kan helpen", GroupMethod.PIKAS, decided_at=datetime.now(UTC) - timedelta(days=1),
    ))  # fmt: skip
    ctx.window.workspace.open_case(case_id)  # type: ignore[union-attr]
    tab = step_tab(qtbot, ctx)
    assert "Pikas" in tab.sequence_label.text() and "▶" in tab.sequence_label.text()
    with qtbot.waitSignal(tab.sig_conversation_requested) as asked:
        click_name(qtbot, tab.bar, "step_intervention")
    assert asked.args == ["pikas_bully"]
    dialog = wait_dialog(qtbot, _conversations(ctx))
    assert dialog.wizard.spec.id == "pikas_bully"
    complete(qtbot, dialog, {"own_proposal": "Jonas stopt met reageren in de groepschat"})
    dialog.close()
    case = ctx.window.workspace.case_widget  # type: ignore[union-attr]
    case.view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: "✓" in tab.sequence_label.text(), timeout=10_000)
    with qtbot.waitSignal(tab.sig_conversation_requested) as asked:
        click_name(qtbot, tab.bar, "step_intervention")
    assert asked.args == ["pikas_victim"]
