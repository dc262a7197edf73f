"""Saves PNGs of the step plan screens over a demo vault, driven through the real window.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_steps.py [folder] [--lang nl_BE|en]
Screens: the new-report wizard, the triage conclusion, the choice moment with its
recommendation, the step bar of a demo case on each route, and the broken-form notice.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from ehbc_desktop.app import AppContext, dispose
from ehbc_desktop.demo.vault import DEMO_USER, create_demo_vault
from ehbc_desktop.domain.enums import ApproachChoice, CaseStatus, Classification
from ehbc_desktop.domain.rules.escalation import EscalationProposal
from ehbc_desktop.domain.stepplan import StepPlan
from ehbc_desktop.services.steps.stepplan import StepPlanService
from ehbc_desktop.ui.steps.stepplan_tab import StepPlanTab
from ehbc_desktop.ui.steps.triage_confirm import TriageConfirmDialog
from ehbc_desktop.ui.steps.wizard_dialog import StepFormDialog
from scripts.screenshots import (
    SIZE,
    arguments,
    save,
    settle,
    started_window,
    themed_app,
    unlock_with,
    wait_until,
)

PASSPHRASE = "mijn fiets heeft zeven versnellingen"


def route_of(plan: StepPlan, status: CaseStatus) -> str | None:  # noqa: PLR0911
    """A short name of the route a demo case is on (None: not interesting)."""
    if status is CaseStatus.CLOSED:
        return None
    if plan.in_observation:
        return "observation"
    if plan.escalation.proposal is EscalationProposal.PROPOSE_CONFRONTATIONAL:
        return "escalation"
    if plan.classification is Classification.CLASSIC_BULLYING:
        return "classic"
    if plan.classification is Classification.CONFLICT:
        return "conflict"
    if plan.approach is ApproachChoice.CONFRONTATIONAL:
        return "confrontational"
    if plan.approach is ApproachChoice.NON_CONFRONTATIONAL_GROUP:
        return "group"
    if plan.approach is ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL:
        return "individual"
    if plan.classification is None:
        return "before_triage"
    return None


def cases_by_route(ctx: AppContext) -> dict[str, str]:
    """One demo case id per route."""
    services = ctx.window.services()
    assert services is not None
    plans = StepPlanService(services.session)
    ctx.runner.wait_for_done()
    found: dict[str, str] = {}
    for row in services.cases.list_cases():
        route = route_of(plans.plan_for_case(row.id, date.today()), row.status)
        if route is not None and route not in found:
            found[route] = row.id
    return found


def add_escalation_case(ctx: AppContext) -> str:
    """A case whose non-confrontational approach did not stop the bullying (not in the demo)."""
    from datetime import UTC, datetime, timedelta

    from ehbc_desktop.domain.enums import (
        ApproachReason,
        CriterionAnswer,
        FollowUpOutcome,
        KeyCriterion,
        Role,
    )  # fmt: skip
    from ehbc_desktop.services.case.cases import ParticipantInput as P
    from ehbc_desktop.services.followup.followups import FollowUpService
    from ehbc_desktop.services.steps.approach import ApproachService
    from ehbc_desktop.services.steps.assessment import AssessmentService

    services = ctx.window.services()
    assert services is not None
    ctx.runner.wait_for_done()
    session = services.session
    case_id = services.cases.create_case(
        "TikTok: spotfilmpjes (4A)",
        [P("Fien", "Mertens", "4A", Role.VICTIM), P("Robbe", "Smet", "4A", Role.BULLY)],
        opened_on=date.today() - timedelta(days=30),
    )
    yes = dict.fromkeys(KeyCriterion, CriterionAnswer.YES)
    AssessmentService(session).record_triage(case_id, yes, True, False)
    ApproachService(session).decide_approach(
        case_id, [ApproachReason.NC_RECENT, ApproachReason.NC_BELIEF_IN_GROUP],
        ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL,
        decided_at=datetime.now(UTC) - timedelta(days=14),
    )  # fmt: skip
    follow = FollowUpService(session)
    planned = follow.plan(case_id, date.today() - timedelta(days=1))
    follow.record_outcome(planned.follow_up_id, date.today(), FollowUpOutcome.UNCHANGED)
    return case_id


def top(kind: type, name: str) -> QWidget | None:
    """The visible top-level widget of `kind` called `name`."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def open_tab(ctx: AppContext, case_id: str) -> StepPlanTab:
    """Open a case on its step plan tab."""
    workspace = ctx.window.workspace
    assert workspace is not None
    workspace.open_case(case_id)
    wait_until(lambda: workspace.case_widget is not None)
    case = workspace.case_widget
    assert case is not None
    tab = next(t for t in case.extra_tabs if isinstance(t, StepPlanTab))
    case.view.tabs.setCurrentWidget(tab)
    wait_until(lambda: tab.data is not None and tab.data.plan is not None)
    settle(300)
    return tab


def report_wizard(ctx: AppContext, folder: Path) -> None:
    """The new-report dialog, half filled in by a teacher."""
    ctx.window.menus.new_report.trigger()
    wait_until(lambda: top(StepFormDialog, "reportFormDialog") is not None)
    dialog = top(StepFormDialog, "reportFormDialog")
    assert isinstance(dialog, StepFormDialog)
    dialog.resize(*SIZE)
    wizard = dialog.wizard
    for name in ("field_reporter_kind__peer", "field_reported_on__today"):
        button = wizard.findChild(QAbstractButton, name)
        assert button is not None, name
        button.click()
    wizard.view.pages[0].frames["channel"].widget.set_value("in_person")
    save(dialog, folder, "steps_01_new_report")
    wizard.go_to_page("what")
    save(dialog, folder, "steps_01b_new_report_what")
    wizard.go_to_page("victim_report")
    no = wizard.findChild(QAbstractButton, "field_victim_wants_to_report__no")
    assert no is not None
    no.click()
    save(dialog, folder, "steps_02_new_report_victim")
    dialog.reject()


def triage_result(ctx: AppContext, folder: Path, case_id: str) -> None:
    """The triage wizard, finished: the proposal with its explanation."""
    tab = open_tab(ctx, case_id)
    tab.bar.tiles[next(s for s in tab.bar.tiles if s.value == "triage")].click()
    wait_until(lambda: top(StepFormDialog, "triageFormDialog") is not None)
    dialog = top(StepFormDialog, "triageFormDialog")
    assert isinstance(dialog, StepFormDialog)
    values = {"intent": "yes", "repetition": "unclear", "power_imbalance": "yes",
              "digital": True, "also_offline": True, "classification": "cyberbullying"}  # fmt: skip
    confirm = TriageConfirmDialog(values, dialog)
    confirm.show()
    save(confirm, folder, "steps_03_triage_result")
    confirm.radios[Classification.CONFLICT].setChecked(True)
    save(confirm, folder, "steps_04_triage_other_choice")
    confirm.reject()
    dialog.reject()


def choice_moment(ctx: AppContext, folder: Path, case_id: str) -> None:
    """The choice wizard with the live recommendation beside it."""
    tab = open_tab(ctx, case_id)
    tab.step_actions.open_form("choice", tab.step_actions._services.forms.finish_choice, None,
                               side=__import__("ehbc_desktop.ui.steps.recommendation_panel",
                                               fromlist=["x"]).RecommendationPanel)  # fmt: skip
    wait_until(lambda: top(StepFormDialog, "choiceFormDialog") is not None)
    dialog = top(StepFormDialog, "choiceFormDialog")
    assert isinstance(dialog, StepFormDialog)
    dialog.resize(*SIZE)
    frames = dialog.wizard.view.pages[0].frames
    frames["nc_reasons"].widget.set_value(["nc_recent"])
    frames["c_reasons"].widget.set_value(["c_big_impact", "c_victim_alone"])
    side = dialog.side
    if side is not None:
        side.update_recommendation()  # type: ignore[attr-defined]
    save(dialog, folder, "steps_05_choice_recommendation")
    dialog.reject()


def main(argv: list[str] | None = None) -> int:
    """Drive the window over a demo vault and save the screenshots; return the exit code."""
    folder, lang = arguments(__doc__, argv)
    app = themed_app()
    with tempfile.TemporaryDirectory(prefix="ehbc-shots-") as tmp:
        vault = Path(tmp) / "vault"
        vault.mkdir()
        create_demo_vault(vault, PASSPHRASE, cases=40, kdf=FAST_TEST_PARAMS)
        (vault / "forms").mkdir()
        (vault / "forms" / "victim.toml").write_text('id = "victim"\nversion = "two"\n', "utf-8")
        ctx = started_window(app, vault, lang, last_user=DEMO_USER)
        workspace = unlock_with(ctx, PASSPHRASE)
        wait_until(workspace.dashboard.view.notice_label.isVisible)
        save(ctx.window, folder, "steps_00_dashboard_forms_notice")
        routes = cases_by_route(ctx)
        routes["escalation"] = add_escalation_case(ctx)
        print("routes:", ", ".join(sorted(routes)))
        report_wizard(ctx, folder)
        for route, case_id in sorted(routes.items()):
            open_tab(ctx, case_id)
            save(ctx.window, folder, f"steps_10_bar_{route}")
        triage_case = routes.get("before_triage") or routes.get("observation")
        if triage_case:
            triage_result(ctx, folder, triage_case)
        choice_case = routes.get("individual") or next(iter(routes.values()))
        choice_moment(ctx, folder, choice_case)
        dispose(app, ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
