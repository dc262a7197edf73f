"""Follow-ups on school days, the agenda across cases and its iCalendar export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from ehbc_desktop.domain.enums import (
    AgreementStatus,
    AuditAction,
    CaseStatus,
    FollowUpKind,
    FollowUpOutcome,
)
from ehbc_desktop.domain.planning import DayKind, Holiday
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.errors import ExportFailedError
from ehbc_desktop.services.followup.agreements import AgreementService
from ehbc_desktop.services.followup.followups import FollowUpService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.settings import SchoolSettings, SettingsService
from ehbc_desktop.store import models as m
from tests.unit.services.records_helpers import NAMES, audit_events, day, open_case

EASTER = Holiday(date(2026, 4, 6), date(2026, 4, 17))


def test_plan_warns_for_weekends_and_holidays(vault_session: VaultSession) -> None:
    SettingsService(vault_session).update(SchoolSettings(holidays=(EASTER,)))
    c = open_case(vault_session)
    service = FollowUpService(vault_session)
    assert service.plan(c.case_id, date(2026, 3, 7)).warnings == (DayKind.WEEKEND,)
    assert service.plan(c.case_id, date(2026, 4, 8)).warnings == (DayKind.HOLIDAY,)
    assert service.plan(c.case_id, date(2026, 3, 9)).warnings == ()
    proposal = service.propose_date(date(2026, 4, 1))  # + 7 days falls in the Easter holiday
    assert (proposal.planned_on, proposal.warnings) == (date(2026, 4, 20), (DayKind.HOLIDAY,))
    assert service.propose_date(date(2026, 3, 2), days=5).planned_on == date(2026, 3, 9)


def test_record_outcome(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    service = FollowUpService(vault_session)
    planned = service.plan(c.case_id, day(7)).follow_up_id
    service.record_outcome(planned, day(8), FollowUpOutcome.DECREASED, "minder berichten")
    (held,) = CaseService(vault_session).get_case(c.case_id).follow_ups
    assert (held.held_on, held.outcome, held.note) == (
        day(8),
        FollowUpOutcome.DECREASED,
        "minder berichten",
    )


def _agenda_cases(vs: VaultSession) -> tuple[str, str]:
    """Two cases: one with a follow-up, an agreement and a reminder; one closed."""
    first = open_case(vs)
    follow_ups = FollowUpService(vs)
    follow_ups.plan(first.case_id, day(1), step="victim_conversation")
    follow_ups.plan(first.case_id, day(10), FollowUpKind.OBSERVATION)
    follow_ups.plan(first.case_id, day(40))  # outside the window
    held = follow_ups.plan(first.case_id, day(2)).follow_up_id
    follow_ups.record_outcome(held, day(2), FollowUpOutcome.STOPPED)
    AgreementService(vs).add(first.case_id, "Tibo", "verwijdert foto's", day(-3))
    done = AgreementService(vs).add(first.case_id, "Tibo", "excuses", day(-4))
    AgreementService(vs).set_status(done, AgreementStatus.DONE, day(-4))
    closed = CaseService(vs).create_case("Afgesloten", opened_on=day(0))
    follow_ups.plan(closed, day(3))
    with vs.unit() as s:
        case = s.get(m.Case, closed)
        assert case is not None
        case.status = CaseStatus.CLOSED
    return first.case_id, closed


def test_agenda_lists_due_and_overdue_items(vault_session: VaultSession) -> None:
    case_id, _closed = _agenda_cases(vault_session)
    agenda = FollowUpService(vault_session).agenda(day(0), day(14), today=day(0))
    assert [(r.kind, r.step, r.due) for r in agenda.items] == [
        ("follow_up", "victim_conversation", day(1)),
        ("observation", "observation", day(10)),
    ]
    assert [(r.kind, r.due, r.overdue) for r in agenda.overdue] == [("agreement", day(-3), True)]
    assert {r.case_id for r in agenda.items + agenda.overdue} == {case_id}
    assert agenda.items[0].pupil == "Noé Janssens"
    later = FollowUpService(vault_session).agenda(day(0), day(14), today=day(5))
    assert [r.due for r in later.overdue] == [day(-3), day(1)]
    assert [r.due for r in later.items] == [day(10)]


def test_ics_export_has_reference_and_step_only(
    vault_session: VaultSession, tmp_path: Path
) -> None:
    _agenda_cases(vault_session)
    service = FollowUpService(vault_session)
    agenda = service.agenda(day(0), day(14), today=day(0))
    target = tmp_path / "agenda.ics"
    assert service.export_ics(agenda.items + agenda.overdue, target) == 3
    raw = target.read_bytes()
    calendar = Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    reference = agenda.items[0].reference
    assert sorted(str(e["SUMMARY"]) for e in events) == sorted(
        [f"{reference} victim_conversation", f"{reference} observation", f"{reference} agreement"]
    )
    assert {e.decoded("DTSTART") for e in events} == {day(1), day(10), day(-3)}
    text = raw.decode("utf-8")
    for word in (*NAMES, "verwijdert", "Nepaccount"):
        assert word not in text
    exports = [e for e in audit_events(vault_session) if e.action is AuditAction.EXPORT]
    assert [(e.target, e.detail) for e in exports] == [("agenda:ics", "events=3")]


def test_ics_export_failure_is_typed(vault_session: VaultSession, tmp_path: Path) -> None:
    with pytest.raises(ExportFailedError):
        FollowUpService(vault_session).export_ics([], tmp_path / "missing" / "agenda.ics")


def test_ics_never_writes_a_free_text_step(vault_session: VaultSession, tmp_path: Path) -> None:
    c = open_case(vault_session)
    FollowUpService(vault_session).plan(c.case_id, day(1), step="gesprek met Noé")
    service = FollowUpService(vault_session)
    items = service.agenda(day(0), day(7), today=day(0)).items
    service.export_ics(items, tmp_path / "a.ics")
    (event,) = Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == f"{items[0].reference} follow_up"
