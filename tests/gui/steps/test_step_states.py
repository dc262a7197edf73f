"""The step bar of a classic-bullying case and of an escalation case; drafts; broken forms."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.domain.enums import (
    ApproachChoice,
    ApproachReason,
    CriterionAnswer,
    FollowUpOutcome,
    KeyCriterion,
    Role,
)
from ehbc_desktop.domain.stepplan import Step, StepState
from ehbc_desktop.services.case.participants import ParticipantInput
from ehbc_desktop.services.followup.followups import FollowUpService
from ehbc_desktop.services.steps.approach import ApproachService
from ehbc_desktop.services.steps.assessment import AssessmentService
from ehbc_desktop.ui.steps.stepplan_tab import StepPlanTab
from tests.gui.conftest import GuiDriver, WindowFactory
from tests.gui.steps.helpers import (
    answer,
    click_name,
    fill_to_end,
    finish,
    form_dialog,
    step_tab,
    write,
)

ALL_YES = dict.fromkeys(KeyCriterion, CriterionAnswer.YES)


def _new_case(gui: GuiDriver, ctx: AppContext, digital: bool) -> str:
    services = ctx.window.services()
    assert services is not None

    def work() -> str:
        case_id = services.cases.create_case(
            "Case", [ParticipantInput("Lotte", role=Role.VICTIM),
                     ParticipantInput("Jonas", role=Role.BULLY)],
        )  # fmt: skip
        AssessmentService(services.session).record_triage(case_id, ALL_YES, digital, False)
        return case_id

    return gui.run_on_worker(ctx, work)


def _open(qtbot: QtBot, ctx: AppContext, case_id: str) -> StepPlanTab:
    workspace = ctx.window.workspace
    assert workspace is not None
    workspace.open_case(case_id)
    return step_tab(qtbot, ctx)


def test_classic_bullying_skips_the_cyber_steps_and_shows_the_policy_route(
    qtbot: QtBot, made_vault: Path, make_window: WindowFactory, gui: GuiDriver
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    tab = _open(qtbot, ctx, _new_case(gui, ctx, digital=False))
    for step in (Step.SEVERITY, Step.VICTIM_CONVERSATION, Step.CHOICE, Step.INTERVENTION):
        assert tab.bar.state_of(step) is StepState.NOT_APPLICABLE
    assert tab.bar.state_of(Step.INVOLVED_CONVERSATION) is StepState.TODO
    assert "–" in tab.bar.tiles[Step.CHOICE].text()
    assert "pestbeleid" in tab.route_label.text()
    assert "nog niet ingesteld" in tab.route_label.text()
    with qtbot.waitSignal(tab.sig_conversation_requested) as asked:
        click_name(qtbot, tab, "involvedButton")
    assert asked.args == ["involved"]
    shown = ctx.window.workspace.case_widget.view.tabs.currentWidget()  # type: ignore[union-attr]
    assert shown is not tab and hasattr(shown, "start_conversation")  # Conversations opened it
    ctx.window.workspace.case_widget.view.tabs.setCurrentWidget(tab)  # type: ignore[union-attr]
    with qtbot.waitSignal(tab.sig_conversation_requested) as asked:
        click_name(qtbot, tab.bar, "step_involved_conversation")
    assert asked.args == ["involved"]
    assert "tabblad Gesprekken" in tab.hint_label.text()


def test_escalation_case_proposes_the_confrontational_approach_and_consent_blocks(
    qtbot: QtBot, made_vault: Path, make_window: WindowFactory, gui: GuiDriver
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    case_id = _new_case(gui, ctx, digital=True)
    services = ctx.window.services()
    assert services is not None

    def escalate() -> None:
        earlier = datetime.now(UTC) - timedelta(days=5)
        ApproachService(services.session).decide_approach(
            case_id, [ApproachReason.NC_RECENT], ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL,
            decided_at=earlier,
        )  # fmt: skip
        follow = FollowUpService(services.session)
        planned = follow.plan(case_id, date.today())
        follow.record_outcome(planned.follow_up_id, date.today(), FollowUpOutcome.UNCHANGED)

    gui.run_on_worker(ctx, escalate)
    tab = _open(qtbot, ctx, case_id)
    assert "overweeg de confronterende aanpak" in tab.info_label.text()
    assert "overweeg de confronterende aanpak" in tab.bar.tiles[Step.CHOICE].toolTip()
    assert tab.bar.state_of(Step.CHOICE) is not StepState.DONE
    assert tab.bar.state_of(Step.INTERVENTION) is StepState.BLOCKED
    consent = tab.findChild(QPushButton, "consentButton")
    assert consent is not None and consent.isVisible()
    click_name(qtbot, tab.bar, "step_intervention")
    assert "toestemming" in tab.hint_label.text()
    click_name(qtbot, tab, "consentButton")
    from tests.gui.steps.helpers import answer_box

    answer_box(qtbot, "consentBox")
    qtbot.waitUntil(lambda: tab.bar.state_of(Step.INTERVENTION) is not StepState.BLOCKED)


def test_a_draft_survives_closing_the_dialog_and_resumes(
    qtbot: QtBot, made_vault: Path, make_window: WindowFactory, gui: GuiDriver
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    tab = _open(qtbot, ctx, _new_case(gui, ctx, digital=True))
    click_name(qtbot, tab.bar, "step_severity")
    dialog = form_dialog(qtbot, "severityFormDialog")
    write(qtbot, dialog.wizard, "rationale", "Threats in a group chat")
    dialog.close()  # straight away: the half-second pause before saving has not passed
    qtbot.waitUntil(lambda: not dialog.isVisible())
    services = ctx.window.services()
    assert services is not None
    from ehbc_desktop.services.steps.drafts import DraftService

    case_id = tab.case_id
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    saved = gui.run_on_worker(ctx, lambda: DraftService(services.session).load(case_id, "severity"))
    assert saved is not None and saved.values["rationale"] == "Threats in a group chat"
    click_name(qtbot, tab.bar, "step_severity")
    again = form_dialog(qtbot, "severityFormDialog")
    assert again.wizard.values()["rationale"] == "Threats in a group chat"
    answer(qtbot, again.wizard, "severity", "serious")
    assert again.wizard.values()["severity"] == "serious"

    ctx.window.lock()  # at once, mid-wizard, as the idle lock would
    gui.unlock(ctx)
    reopened = ctx.window.services()
    assert reopened is not None
    kept = gui.run_on_worker(ctx, lambda: DraftService(reopened.session).load(case_id, "severity"))
    assert kept is not None and kept.values["severity"] == "serious"


def test_a_broken_school_form_is_named_with_its_line_and_the_builtin_works(
    qtbot: QtBot, made_vault: Path, make_window: WindowFactory, gui: GuiDriver
) -> None:
    forms = made_vault / "forms"
    forms.mkdir()
    (forms / "triage.toml").write_text('id = "triage"\nversion = 1\nkind = [oops\n', "utf-8")
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    workspace = ctx.window.workspace
    assert workspace is not None
    notice = workspace.dashboard.view.notice_label
    qtbot.waitUntil(notice.isVisible, timeout=10_000)
    assert "triage.toml" in notice.text()
    assert "line 3" in notice.text()
    tab = _open(qtbot, ctx, _new_case(gui, ctx, digital=True))
    assert "triage" in tab.data.forms  # type: ignore[union-attr]
    click_name(qtbot, tab.bar, "step_triage")
    assert form_dialog(qtbot, "triageFormDialog").wizard.spec.pages


def test_a_case_opened_without_a_report_records_it_from_the_step_bar(
    qtbot: QtBot, made_vault: Path, make_window: WindowFactory, gui: GuiDriver
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    tab = _open(qtbot, ctx, _new_case(gui, ctx, digital=True))
    assert tab.bar.state_of(Step.REPORT) is StepState.CURRENT
    click_name(qtbot, tab.bar, "step_report")
    wizard = form_dialog(qtbot, "reportFormDialog").wizard
    answer(qtbot, wizard, "reporter_kind", "victim")
    fill_to_end(qtbot, wizard)
    finish(qtbot, wizard)
    qtbot.waitUntil(
        lambda: tab.data is not None and tab.bar.state_of(Step.REPORT) is StepState.DONE,
        timeout=10_000,
    )
    assert tab.data is not None and tab.data.record.report is not None
