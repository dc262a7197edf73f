"""A teacher walks a peer's report from discreet observation up to the choice moment."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import Classification, Role
from ehbc_desktop.domain.stepplan import Step, StepState
from ehbc_desktop.services.case.participants import ParticipantInput
from ehbc_desktop.ui.labels import timeline_kind_label
from ehbc_desktop.ui.steps.next_date_dialog import NextDateDialog
from ehbc_desktop.ui.steps.recommendation_panel import RecommendationPanel
from ehbc_desktop.ui.steps.report_dialog import ReportPeoplePanel
from ehbc_desktop.ui.steps.triage_confirm import TriageConfirmDialog
from tests.gui.conftest import GuiDriver, WindowFactory
from tests.gui.steps.helpers import (
    answer,
    answer_box,
    click_name,
    fill_to_end,
    finish,
    form_dialog,
    next_page,
    step_tab,
    today,
    top_dialog,
    write,
)


def _report_by_peer(qtbot: QtBot, ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.window.menus.new_report.trigger()
    dialog = form_dialog(qtbot, "reportFormDialog")
    wizard = dialog.wizard
    answer(qtbot, wizard, "reporter_kind", "peer")
    today(qtbot, wizard, "reported_on")
    answer(qtbot, wizard, "channel", "in_person")
    next_page(qtbot, wizard)
    answer(qtbot, wizard, "media", "messaging_app")
    answer(qtbot, wizard, "forms", "insulting")
    write(qtbot, wizard, "description", "Mocking messages in the class chat")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    answer(qtbot, wizard, "victim_wants_to_report", "no")
    panel = dialog.side
    assert isinstance(panel, ReportPeoplePanel)
    qtbot.keyClicks(panel.title_edit, "Class chat 2B")
    panel.model.set_rows(
        [ParticipantInput("Lotte", "Peeters", "2B", Role.VICTIM),
         ParticipantInput("Jonas", "Claes", "2B", Role.BULLY)]
    )  # fmt: skip
    finish(qtbot, wizard)


def _plan_later(qtbot: QtBot) -> None:
    dialog = top_dialog(qtbot, NextDateDialog, "nextDateDialog")
    assert isinstance(dialog, NextDateDialog)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)


def test_teacher_walks_a_peer_report_to_the_choice_moment(
    qtbot: QtBot, made_vault: Path, make_window: WindowFactory, gui: GuiDriver
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    _report_by_peer(qtbot, ctx)
    tab = step_tab(qtbot, ctx)
    assert tab.data is not None and tab.data.plan.in_observation
    assert tab.bar.state_of(Step.OBSERVATION) is StepState.CURRENT
    assert tab.observations.isVisible()

    click_name(qtbot, tab, "addObservationButton")
    wizard = form_dialog(qtbot, "observationFormDialog").wizard
    today(qtbot, wizard, "observed_on")
    answer(qtbot, wizard, "signs", "less_media_use")
    write(qtbot, wizard, "note", "Looks at the phone and flinches")
    finish(qtbot, wizard)
    qtbot.waitUntil(lambda: tab.data is not None and len(tab.data.record.observations) == 1)
    assert "flinches" in tab.observations.log.item(0).text()

    click_name(qtbot, tab, "victimReportsButton")
    answer_box(qtbot, "victimReportsBox")
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.plan.current is Step.TRIAGE)
    assert tab.bar.state_of(Step.OBSERVATION) is StepState.DONE

    click_name(qtbot, tab.bar, "step_triage")
    wizard = form_dialog(qtbot, "triageFormDialog").wizard
    for criterion in ("intent", "repetition", "power_imbalance"):
        answer(qtbot, wizard, criterion, "yes")
    next_page(qtbot, wizard)
    answer(qtbot, wizard, "digital", "yes")
    answer(qtbot, wizard, "also_offline", "no")
    next_page(qtbot, wizard)
    answer(qtbot, wizard, "classification", "cyberbullying")
    finish(qtbot, wizard)
    confirm = top_dialog(qtbot, TriageConfirmDialog, "triageConfirmDialog")
    assert isinstance(confirm, TriageConfirmDialog)
    assert confirm.proposal.classification is Classification.CYBERBULLYING
    why = confirm.findChild(QLabel, "triageExplanation")
    assert why is not None and "de bedoeling om te kwetsen" in why.text()
    qtbot.mouseClick(confirm.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    _plan_later(qtbot)
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.plan.current is Step.SEVERITY)

    click_name(qtbot, tab.bar, "step_severity")
    wizard = form_dialog(qtbot, "severityFormDialog").wizard
    fill_to_end(qtbot, wizard)
    finish(qtbot, wizard)
    _plan_later(qtbot)
    qtbot.waitUntil(
        lambda: tab.data is not None and tab.data.plan.status(Step.SEVERITY).state is StepState.DONE
    )

    click_name(qtbot, tab.bar, "step_choice")
    dialog = form_dialog(qtbot, "choiceFormDialog")
    panel = dialog.side
    assert isinstance(panel, RecommendationPanel)
    assert "Vink" in panel.headline.text()
    answer(qtbot, dialog.wizard, "c_reasons", "c_big_impact")
    answer(qtbot, dialog.wizard, "c_reasons", "c_victim_alone")
    assert "Advies: confronterend." in panel.headline.text()
    assert "niet-" not in panel.headline.text()
    next_page(qtbot, dialog.wizard)
    answer(qtbot, dialog.wizard, "chosen", "confrontational")
    fill_to_end(qtbot, dialog.wizard)
    finish(qtbot, dialog.wizard)
    planner = top_dialog(qtbot, NextDateDialog, "nextDateDialog")
    assert isinstance(planner, NextDateDialog)
    qtbot.mouseClick(planner.plan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.plan.approach is not None)
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.plan.next_follow_up is not None)

    case = ctx.window.workspace.case_widget
    kinds = {case.timeline_model.index(r, 1).data() for r in range(case.timeline_model.rowCount())}
    for kind in ("report", "observation", "triage", "severity", "care_team", "approach"):
        assert timeline_kind_label(kind) in kinds, (kind, kinds)
    assert tab.data is not None
    planned = tab.data.plan.next_follow_up
    workspace = ctx.window.workspace
    workspace.show_overview()
    dashboard = workspace.dashboard
    dashboard.refresh()
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=10_000)
    assert dashboard.view.open_number.text() == "1"
    assert dashboard.view.observation_number.text() == "0"  # it left observation
    assert dashboard.unplanned_model.rowCount() == 0  # its next step is planned
    assert isinstance(dashboard.view.new_report_button, QPushButton)
    workspace.show_cases()
    rows = workspace.case_list.model
    qtbot.waitUntil(
        lambda: rows.rowCount() == 1 and rows.row_at(0).next_follow_up is not None, timeout=10_000
    )
    row = rows.row_at(0)
    assert row.title == "Class chat 2B"
    assert row.classification is Classification.CYBERBULLYING
    assert row.next_follow_up == planned
