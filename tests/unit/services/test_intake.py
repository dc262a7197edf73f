"""Intake: a report opens a case (in observation when the victim does not report personally)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ehbc_desktop.domain.enums import (
    CaseStatus,
    FollowUpKind,
    Medium,
    ReporterKind,
    Role,
    WarningSign,
)
from ehbc_desktop.domain.stepplan import Step
from ehbc_desktop.formspec import AnswerProblem
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.errors import AnswersInvalidError, CaseClosedError, InvalidInputError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.intake import IntakeService
from ehbc_desktop.services.steps.stepplan import StepPlanService
from ehbc_desktop.store import models as m
from tests.unit.services.records_helpers import MONDAY, assert_no_names_in_audit, form


def report_values(**extra: Any) -> dict[str, Any]:
    """A peer's report whose victim does not want to report (yet)."""
    values: dict[str, Any] = {
        "reporter_kind": "peer",
        "reported_on": MONDAY,
        "channel": "in_person",
        "media": ["social_media"],
        "platform": "Instagram",
        "forms": ["impersonating"],
        "description": "Een nepaccount met foto's van Noé",
        "victim_wants_to_report": "no",
        "victim_report_note": "wil eerst nadenken",
    }
    values.update(extra)
    return values


PEOPLE = [
    ParticipantInput("Noé", "Janssens", "2B", Role.VICTIM),
    ParticipantInput("Lotte", "Peeters", "2B", Role.REPORTER),
]


def test_report_by_someone_else_opens_an_observation_case(vault_session: VaultSession) -> None:
    result = IntakeService(vault_session).record_report(form("report"), report_values(), PEOPLE)
    assert result.status is CaseStatus.OBSERVATION
    # Monday + 7 days: the next Monday is a school day.
    assert result.reminder_on == date(2026, 3, 9)
    record = CaseService(vault_session).get_case(result.case_id)
    assert record.case.status is CaseStatus.OBSERVATION
    assert record.case.title == result.reference
    assert record.report is not None
    assert record.report.reporter_kind is ReporterKind.PEER
    assert record.report.media == (Medium.SOCIAL_MEDIA,)
    assert record.report.victim_reports_personally is False
    assert [p.id for p in record.participants] == list(result.participant_ids)
    assert [f.kind for f in record.follow_ups] == [FollowUpKind.OBSERVATION]
    assert [n.text for n in record.notes] == ["wil eerst nadenken"]
    plan = StepPlanService(vault_session).plan_for_case(result.case_id, MONDAY)
    assert plan.in_observation and plan.current is Step.OBSERVATION
    assert_no_names_in_audit(vault_session)


def test_report_by_the_victim_opens_the_case(vault_session: VaultSession) -> None:
    values = report_values(reporter_kind="victim")
    del values["victim_wants_to_report"]
    result = IntakeService(vault_session).record_report(form("report"), values, PEOPLE[:1])
    assert (result.status, result.reminder_id) == (CaseStatus.OPEN, None)


def test_report_refuses_incomplete_answers(vault_session: VaultSession) -> None:
    with pytest.raises(AnswersInvalidError) as refused:
        IntakeService(vault_session).record_report(form("report"), report_values(platform=""))
    assert refused.value.problems == {"platform": (AnswerProblem.REQUIRED,)}
    assert CaseService(vault_session).list_cases() == []


def test_observations_settle_reminders_then_the_victim_reports(
    vault_session: VaultSession,
) -> None:
    intake = IntakeService(vault_session)
    result = intake.record_report(form("report"), report_values(), PEOPLE)
    intake.add_observation(result.case_id, date(2026, 3, 9), [WarningSign.LOW_MOOD], "stil")
    record = CaseService(vault_session).get_case(result.case_id)
    first, second = sorted(record.follow_ups, key=lambda f: f.planned_on)
    assert first.held_on == date(2026, 3, 9)
    assert (second.planned_on, second.held_on) == (date(2026, 3, 16), None)
    assert record.observations[0].signs == (WarningSign.LOW_MOOD,)

    intake.victim_reports_personally(result.case_id, date(2026, 3, 11))
    record = CaseService(vault_session).get_case(result.case_id)
    assert record.case.status is CaseStatus.OPEN
    assert record.report is not None and record.report.victim_reports_personally is True
    assert all(f.held_on is not None for f in record.follow_ups)
    plan = StepPlanService(vault_session).plan_for_case(result.case_id, date(2026, 3, 11))
    assert not plan.in_observation


def test_observation_refused_on_a_closed_case(vault_session: VaultSession) -> None:
    result = IntakeService(vault_session).record_report(form("report"), report_values(), PEOPLE)
    with vault_session.unit() as s:
        case = s.get(m.Case, result.case_id)
        assert case is not None
        case.status = CaseStatus.CLOSED
    with pytest.raises(CaseClosedError):
        IntakeService(vault_session).add_observation(result.case_id, MONDAY)


def test_a_case_opened_without_report_gets_its_report_later(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    case_id = cases.create_case("Nepaccount", PEOPLE, opened_on=MONDAY)
    intake = IntakeService(vault_session)
    plan = StepPlanService(vault_session).plan_for_case(case_id, MONDAY)
    assert plan.current is Step.REPORT
    intake.add_report(case_id, form("report"), report_values())
    record = cases.get_case(case_id)
    assert record.report is not None and record.report.platforms == "Instagram"
    assert record.case.status is CaseStatus.OBSERVATION  # the victim does not report yet
    assert any(f.kind is FollowUpKind.OBSERVATION for f in record.follow_ups)
    plan = StepPlanService(vault_session).plan_for_case(case_id, MONDAY)
    assert plan.status(Step.REPORT).state.value == "done"
    with pytest.raises(InvalidInputError):
        intake.add_report(case_id, form("report"), report_values())
