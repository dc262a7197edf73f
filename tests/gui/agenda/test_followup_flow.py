"""From the case tab: plan (weekend warning), agenda and dashboard, outcome, close, reopen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from ehbc_desktop.domain.enums import CaseStatus, FollowUpKind, FollowUpOutcome
from ehbc_desktop.domain.planning import DayKind
from ehbc_desktop.domain.rules.escalation import EscalationProposal
from ehbc_desktop.domain.rules.retention import school_year_end
from ehbc_desktop.services.errors import CaseClosedError
from ehbc_desktop.ui.closing.closing_dialog import ClosingDialog
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.followup.date_fields import to_qdate
from ehbc_desktop.ui.followup.followup_tab import FollowUpTab
from ehbc_desktop.ui.followup.outcome_dialog import OutcomeDialog
from ehbc_desktop.ui.followup.plan_dialog import PlanFollowUpDialog
from ehbc_desktop.ui.followup.texts import day_warning, escalation_text
from ehbc_desktop.ui.labels import format_date
from tests.gui.agenda.conftest import Opened, last_saturday_before

LEFT = Qt.MouseButton.LeftButton


def _plan(opened: Opened, tab: FollowUpTab, day: date) -> PlanFollowUpDialog:
    qtbot = opened.qtbot
    qtbot.mouseClick(tab.view.plan_button, LEFT)
    dialog = opened.gui.dialog(tab, "planFollowUpDialog")
    assert isinstance(dialog, PlanFollowUpDialog)
    qtbot.waitUntil(lambda: dialog.proposal_label.text() != "")  # the school's default arrived
    dialog.date_edit.setDate(to_qdate(day))
    return dialog


def _save_plan(opened: Opened, tab: FollowUpTab, dialog: PlanFollowUpDialog) -> None:
    rows = tab.follow_up_model.rowCount()
    opened.qtbot.mouseClick(opened.gui.ok_button(dialog), LEFT)
    opened.qtbot.waitUntil(lambda: tab.follow_up_model.rowCount() == rows + 1, timeout=10_000)


def _record(opened: Opened, tab: FollowUpTab, outcome: FollowUpOutcome) -> OutcomeDialog:
    opened.qtbot.mouseClick(tab.view.outcome_button, LEFT)
    dialog = opened.gui.dialog(tab, "outcomeDialog")
    assert isinstance(dialog, OutcomeDialog)
    dialog.outcome_buttons[outcome].setChecked(True)
    dialog.note_edit.setPlainText("Lisa zegt dat het rustiger is.")
    opened.qtbot.mouseClick(opened.gui.ok_button(dialog), LEFT)
    return dialog


def test_plan_see_record_close_and_reopen(opened: Opened) -> None:
    qtbot, today = opened.qtbot, date.today()
    tab = opened.open_tab()
    saturday = last_saturday_before(today)

    dialog = _plan(opened, tab, saturday)
    assert dialog.warning_label.isVisible()
    assert day_warning(DayKind.WEEKEND) in dialog.warning_label.text()
    _save_plan(opened, tab, dialog)
    line = tab.follow_up_model.row_at(0)
    assert line.item.planned_on == saturday and line.overdue
    follow_up_id = line.item.id

    agenda = opened.agenda()
    qtbot.waitUntil(lambda: follow_up_id in {r.ref_id for r in agenda.model.rows()})
    row = next(r for r in range(agenda.model.rowCount())
               if agenda.model.row_at(r).ref_id == follow_up_id)  # fmt: skip
    overdue = QCoreApplication.translate("AgendaPage", "OVERDUE since %1")
    assert agenda.model.index(row, 4).data() == overdue.replace("%1", format_date(saturday))
    assert agenda.model.index(row, 2).data() == "Lisa Janssens"
    dashboard = opened.workspace.dashboard
    opened.workspace.show_overview()
    dashboard.loaded = False
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.loaded)
    assert follow_up_id in {item.ref_id for item in dashboard.overdue_model._rows}

    tab = opened.open_tab()
    outcome = _record(opened, tab, FollowUpOutcome.UNCHANGED)
    qtbot.waitUntil(outcome.advice_label.isVisible, timeout=10_000)
    advice = escalation_text(EscalationProposal.NONE, FollowUpOutcome.UNCHANGED)
    assert advice and advice in outcome.advice_label.text()  # no approach chosen: the general one
    outcome.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: tab.follow_up_model.row_at(0).item.outcome is not None)

    _save_plan(opened, tab, _plan(opened, tab, today))
    _record(opened, tab, FollowUpOutcome.STOPPED)  # no advice: the dialog closes at once
    qtbot.waitUntil(lambda: all(r.item.held_on for r in tab.follow_up_model.rows()),
                    timeout=10_000)  # fmt: skip
    assert not tab.view.outcome_button.isEnabled()  # nothing left to record

    _close_with_one_reason(opened, tab)
    assert tab.closed() and tab.view.closed_banner.isVisible()
    assert not tab.view.plan_button.isEnabled()
    assert tab.view.close_button.text() == QCoreApplication.translate("FollowUpTab",
                                                                      "Reopen case...")

    qtbot.mouseClick(tab.view.close_button, LEFT)
    reopen = opened.gui.dialog(tab, "closingDialog")
    qtbot.mouseClick(reopen.action_button, LEFT)
    qtbot.waitUntil(lambda: not tab.closed(), timeout=10_000)
    assert tab.view.plan_button.isEnabled()
    services = opened.services()
    record = opened.on_worker(lambda: services.cases.get_case(opened.case_id))
    assert record.case.status is CaseStatus.OPEN


def _close_with_one_reason(opened: Opened, tab: FollowUpTab) -> None:
    qtbot = opened.qtbot
    qtbot.mouseClick(tab.view.close_button, LEFT)
    dialog = opened.gui.dialog(tab, "closingDialog")
    assert isinstance(dialog, ClosingDialog)
    qtbot.waitUntil(dialog.action_button.isEnabled, timeout=10_000)
    before = len(dialog.gap_rows)
    dialog.aftercare_box.setChecked(True)  # "not needed" settles the aftercare item
    qtbot.waitUntil(lambda: dialog.action_button.isEnabled() and len(dialog.gap_rows) < before,
                    timeout=10_000)  # fmt: skip
    assert len(dialog.gap_rows) == 1  # the parents were not informed
    # The school's default: until 31 August of the next school year.
    kept_until = format_date(date(school_year_end(date.today()).year + 1, 8, 31))
    assert kept_until in dialog.retention_label.text()
    qtbot.mouseClick(dialog.action_button, LEFT)  # refused: the reason is empty
    (row,) = dialog.gap_rows.values()
    assert row.error.isVisible() and dialog.isVisible()
    qtbot.keyClicks(row.reason_edit, "Ouders wonen in het buitenland; met CLB besproken.")
    qtbot.mouseClick(dialog.action_button, LEFT)
    qtbot.waitUntil(tab.closed, timeout=10_000)


def test_a_closed_case_refuses_writes_with_a_message(opened: Opened) -> None:
    services = opened.services()
    from ehbc_desktop.services.case.closing import ClosingService
    from ehbc_desktop.services.followup.followups import FollowUpService

    session = services.session
    today = date.today()

    def close_it() -> str:
        planned = FollowUpService(session).plan(opened.case_id, today, FollowUpKind.GENERAL)
        closing = ClosingService(session)
        gaps = closing.checklist(opened.case_id, today).gaps
        closing.close(opened.case_id, today, {g: "test" for g in gaps})
        return planned.follow_up_id

    opened.on_worker(close_it)
    tab = opened.open_tab()
    assert tab.closed() and not tab.view.plan_button.isEnabled()
    tab.record = None  # a stale screen that still believes the case is open
    tab._on_plan_button_clicked()
    dialog = opened.gui.dialog(tab, "planFollowUpDialog")
    opened.qtbot.waitUntil(lambda: dialog.proposal_label.text() != "")
    opened.qtbot.mouseClick(opened.gui.ok_button(dialog), LEFT)
    opened.qtbot.waitUntil(dialog.message_label.isVisible, timeout=10_000)
    assert dialog.message_label.text() == message_for(CaseClosedError(opened.case_id))
