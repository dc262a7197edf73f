"""The agenda agrees with the dashboard; the .ics export through the UI; school settings."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ehbc_desktop.domain.enums import FollowUpKind
from ehbc_desktop.domain.planning import DayKind, Holiday
from ehbc_desktop.ui.agenda.agenda_page import agenda_range
from ehbc_desktop.ui.agenda.agenda_view import MODE_DAY, MODE_LIST, MODE_WEEK
from ehbc_desktop.ui.agenda.rows_model import Column, RowsTableModel
from ehbc_desktop.ui.followup.date_fields import to_qdate
from ehbc_desktop.ui.followup.texts import day_warning, step_words
from ehbc_desktop.ui.school.school_settings_dialog import SchoolSettingsDialog
from tests.gui.agenda.conftest import BULLY, VICTIM, Opened

LEFT = Qt.MouseButton.LeftButton
WARNING = (
    "The file holds only the case reference, the date and the step, never the name of a pupil. "
    "It is not protected: it leaves the vault, so keep it on a school computer or calendar only."
)


def _fill(opened: Opened) -> None:
    """Follow-ups and agreements before, on and after today."""
    from ehbc_desktop.services.followup.agreements import AgreementService
    from ehbc_desktop.services.followup.followups import FollowUpService

    session = opened.services().session
    plan, agree, today = FollowUpService(session).plan, AgreementService(session).add, date.today()

    def work() -> None:
        for days, kind in ((-9, FollowUpKind.GENERAL), (0, FollowUpKind.OBSERVATION),
                           (0, FollowUpKind.GENERAL), (4, FollowUpKind.GROUP)):  # fmt: skip
            plan(opened.case_id, today + timedelta(days=days), kind, with_whom="Lisa Janssens")
        agree(opened.case_id, "Tom Peeters", "Sorry zeggen", today - timedelta(days=2))
        agree(opened.case_id, "Lisa Janssens", "Melden bij de mentor", today)

    opened.on_worker(work)


def test_agenda_and_dashboard_agree(opened: Opened) -> None:
    qtbot = opened.qtbot
    _fill(opened)
    dashboard = opened.workspace.dashboard
    dashboard.loaded = False
    dashboard.refresh()
    qtbot.waitUntil(lambda: dashboard.loaded)
    agenda = opened.agenda()
    agenda.set_mode(MODE_DAY)
    # Every load asked for has arrived, the day's last: the page first loads its week, which
    # on a Monday also holds the follow-up in four days.
    qtbot.waitUntil(lambda: not opened.ctx.runner.is_busy() and agenda.model.rowCount() > 0)
    today = date.today()
    shown = {(r.ref_id, r.due) for r in agenda.model.rows()}
    overdue = {(r.ref_id, r.due) for r in agenda.model.rows() if r.overdue}
    assert overdue == {(i.ref_id, i.due) for i in dashboard.overdue_model._rows}
    assert shown - overdue == {(i.ref_id, i.due) for i in dashboard.today_model._rows}
    assert len(overdue) == 2 and len(shown - overdue) == 3
    assert all(due == today for _ref, due in shown - overdue)


def test_ics_export_through_the_ui_holds_no_names(opened: Opened, tmp_path: Path) -> None:
    qtbot = opened.qtbot
    _fill(opened)
    agenda = opened.agenda()
    agenda.set_mode(MODE_LIST)
    qtbot.waitUntil(lambda: agenda.model.rowCount() == 6)
    selection = agenda.view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    chosen = [agenda.model.row_at(0), agenda.model.row_at(4)]  # overdue; observation today
    for row in (0, 4):
        selection.select(agenda.model.index(row, 0), flags)
    qtbot.mouseClick(agenda.view.export_button, LEFT)
    warning: Any = opened.gui.dialog(agenda, "icsWarning")
    assert isinstance(warning, QMessageBox)
    assert warning.informativeText() == QCoreApplication.translate("IcsExportFlow", WARNING)
    export = next(b for b in warning.buttons()
                  if warning.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    qtbot.mouseClick(export, LEFT)
    files: Any = opened.gui.dialog(agenda, "icsFileDialog")
    assert isinstance(files, QFileDialog)
    target = tmp_path / "agenda.ics"
    with qtbot.waitSignal(agenda.sig_exported, timeout=10_000) as exported:
        files.selectFile(str(target))
        files.accept()
    assert exported.args == [2]  # only the lines selected
    raw = target.read_bytes()
    for name in (*VICTIM, *BULLY):
        assert name.encode() not in raw
    events = Calendar.from_ical(raw).walk("VEVENT")
    assert len(events) == 2
    summaries = [str(e.get("summary")) for e in events]
    assert {s.split(" ")[0] for s in summaries} == {r.reference for r in chosen}
    observe = step_words("observation", "observation")
    assert any(s.endswith(observe) for s in summaries)  # the step in words, not a code
    assert {e.decoded("dtstart") for e in events} == {r.due for r in chosen}


def test_school_settings_round_trip(opened: Opened) -> None:
    qtbot = opened.qtbot
    window = opened.ctx.window
    assert window.menus.school_settings.isEnabled()
    window.menus.school_settings.trigger()
    dialog: Any = opened.gui.dialog(window, "schoolSettingsDialog")
    assert isinstance(dialog, SchoolSettingsDialog)
    qtbot.waitUntil(lambda: dialog._loaded is not None)
    dialog.restorative_combo.setCurrentIndex(dialog.restorative_combo.findData(14))
    dialog.observation_spin.setValue(10)
    first, last = date(2026, 12, 21), date(2027, 1, 1)
    dialog.first_edit.set_value(last)
    dialog.last_edit.set_value(first)
    qtbot.mouseClick(dialog.add_holiday_button, LEFT)  # refused: ends before it starts
    assert dialog.holiday_error.isVisible() and dialog.holiday_list.count() == 0
    dialog.first_edit.set_value(first)
    dialog.last_edit.set_value(last)
    qtbot.mouseClick(dialog.add_holiday_button, LEFT)
    assert dialog.holiday_list.count() == 1 and not dialog.holiday_error.isVisible()
    dialog.retention_spin.setValue(1)
    assert dialog.retention_spin.text() == "1 schooljaar later"  # the unit follows the number
    dialog.retention_spin.setValue(2)
    assert dialog.retention_spin.text() == "2 schooljaren later"
    dialog.observation_spin.setValue(1)
    assert dialog.observation_spin.text() == "1 dag"
    dialog.observation_spin.setValue(10)
    assert dialog.observation_spin.text() == "10 dagen"
    dialog.clb_retention_spin.setValue(12)
    dialog.policy_edit.setText("https://school.example/pestbeleid")
    dialog.idle_spin.setValue(6)
    qtbot.mouseClick(opened.gui.ok_button(dialog), LEFT)
    qtbot.waitUntil(lambda: not window.findChildren(SchoolSettingsDialog)
                    or not dialog.isVisible(), timeout=10_000)  # fmt: skip

    from ehbc_desktop.services.settings import SettingsService

    stored = opened.on_worker(SettingsService(opened.services().session).get)
    assert stored.restorative_follow_up_days == 14
    assert stored.observation_reminder_days == 10
    assert stored.holidays == (Holiday(first, last),)
    assert (stored.retention_school_years, stored.retention_clb_years) == (2, 12)
    assert stored.policy_location == "https://school.example/pestbeleid"
    assert stored.idle_weeks == 6
    window.menus.school_settings.trigger()
    again: Any = None

    def reopened() -> bool:
        nonlocal again
        found = [d for d in window.findChildren(SchoolSettingsDialog) if d.isVisible()]
        again = found[0] if found else None
        return again is not None and again._loaded is not None

    qtbot.waitUntil(reopened)
    assert again.settings() == stored
    again.reject()
    _plan_warns_for_the_holiday(opened, date(2026, 12, 22))


def _plan_warns_for_the_holiday(opened: Opened, tuesday: date) -> None:
    """The new holiday reaches the plan dialog: a school day inside it gets a warning."""
    tab = opened.open_tab()
    opened.qtbot.mouseClick(tab.view.plan_button, LEFT)
    dialog: Any = opened.gui.dialog(tab, "planFollowUpDialog")
    opened.qtbot.waitUntil(lambda: dialog.proposal_label.text() != "")
    dialog.date_edit.setDate(to_qdate(tuesday))
    assert dialog.warning_label.isVisible()
    assert day_warning(DayKind.HOLIDAY) in dialog.warning_label.text()
    dialog.date_edit.setDate(to_qdate(tuesday + timedelta(days=14)))  # a school day again
    assert not dialog.warning_label.isVisible()
    dialog.reject()


def test_rows_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = RowsTableModel([Column(lambda: "A", lambda r: r.a)], overdue=lambda r: r.a == "x")

    class Row:
        def __init__(self, a: str) -> None:
            self.a = a
            self.case_id = "c"

    model.set_rows([Row("x"), Row("y")])
    qtmodeltester.check(model)


def test_enter_on_an_agenda_line_opens_its_case(opened: Opened) -> None:
    qtbot = opened.qtbot
    _fill(opened)
    agenda = opened.agenda()
    agenda.set_mode(MODE_WEEK)
    qtbot.waitUntil(lambda: agenda.model.rowCount() > 0)
    table = agenda.view.table
    table.setFocus()
    table.selectRow(0)
    table.setCurrentIndex(agenda.model.index(0, 0))
    with qtbot.waitSignal(opened.workspace.sig_case_opened, timeout=10_000) as shown:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert shown.args == [opened.case_id]


def test_the_three_views_cover_a_day_a_week_and_eight_weeks() -> None:
    wednesday = date(2026, 11, 25)
    assert agenda_range(MODE_DAY, wednesday) == (wednesday, wednesday)
    assert agenda_range(MODE_WEEK, wednesday) == (date(2026, 11, 23), date(2026, 11, 29))
    assert agenda_range(MODE_LIST, wednesday) == (wednesday, date(2027, 1, 19))
