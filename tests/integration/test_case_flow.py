"""A whole case through the services on a real vault: report to closing, the plan moving along."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ehbc_desktop.domain.enums import CaseStatus, Role
from ehbc_desktop.domain.rules.retention import school_year_end
from ehbc_desktop.domain.stepplan import Step, StepState
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.case.closing import ClosingService
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.intake import IntakeService
from ehbc_desktop.services.steps.step_forms import StepFormService
from ehbc_desktop.services.steps.stepplan import StepPlanService
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.unit.services.records_helpers import (
    OpenCase,
    bully_answers,
    day,
    form,
    parents_answers,
    victim_answers,
)

PASSPHRASE = "groene kikker springt hoog"
# Decisions are stamped with the real time, so the story starts after today: a follow-up only
# evaluates an approach chosen before it.
_today = datetime.now(UTC).date()
START = _today + timedelta(days=7 - _today.weekday())


def d(n: int) -> date:
    """START plus n days."""
    return day(n, START)


def _current(vs: VaultSession, case_id: str, n: int) -> Step | None:
    return StepPlanService(vs).plan_for_case(case_id, d(n)).current


def _intake(vs: VaultSession) -> OpenCase:
    values = {
        "reporter_kind": "parent",
        "reported_on": START,
        "channel": "phone",
        "media": ["messaging_app"],
        "forms": ["insulting"],
        "description": "Scheldberichten in een groepschat",
        "victim_wants_to_report": "yes_with_trusted",
    }
    people = [
        ParticipantInput("Noé", "Janssens", "2B", Role.VICTIM),
        ParticipantInput("Tibo", "Verstraeten", "2B", Role.BULLY),
    ]
    result = IntakeService(vs).record_report(form("report"), values, people)
    assert result.status is CaseStatus.OPEN
    victim, bully = result.participant_ids
    parent = CaseService(vs).add_participant(
        result.case_id,
        ParticipantInput("Mireille", "Janssens", role=Role.PARENT, related_to=victim),
    )
    return OpenCase(result.case_id, victim, bully, parent)


def _assess(vs: VaultSession, case_id: str) -> None:
    steps = StepFormService(vs)
    triage = {
        "intent": "yes",
        "repetition": "yes",
        "power_imbalance": "yes",
        "digital": True,
        "also_offline": False,
        "classification": "cyberbullying",
    }
    steps.finish_triage(case_id, form("triage"), triage)
    assert _current(vs, case_id, 0) is Step.SEVERITY
    severity = {
        "severity": "moderate",
        "rationale": "dagelijks",
        "sexual": False,
        "care_team_date": d(1),
        "care_team_who": "zorgteam",
        "care_team_conclusion": "ok",
        "police_contacted": False,
        "child_focus_contacted": False,
        "clb_contacted": False,
        "other_body_contacted": False,
    }
    steps.finish_severity(case_id, form("severity"), severity)


def test_case_from_report_to_closing(tmp_path: Path) -> None:
    vs, _code = access.create(
        tmp_path / "vault", "Sint-Jozef", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS
    )
    try:
        c = _intake(vs)
        assert _current(vs, c.case_id, 0) is Step.TRIAGE
        _assess(vs, c.case_id)
        assert _current(vs, c.case_id, 1) is Step.VICTIM_CONVERSATION
        conversations = ConversationService(vs)
        conversations.finish(c.case_id, form("victim"), victim_answers(c, start=START))
        conversations.finish(c.case_id, form("parents_victim"), parents_answers(c, start=START))
        assert _current(vs, c.case_id, 2) is Step.CHOICE
        choice = {
            "nc_reasons": ["nc_recent"],
            "c_reasons": [],
            "chosen": "non_confrontational_individual",
            "motivation": "recent",
        }
        StepFormService(vs).finish_choice(c.case_id, form("choice"), choice)
        conversations.finish(c.case_id, form("bully"), bully_answers(c, start=START))
        follow_up = {
            "held_on": d(9),
            "participants": [c.victim],
            "how_it_goes": "goed",
            "agreements_kept": "all",
            "outcome": "stopped",
            "next_date": d(30),
        }
        conversations.finish(c.case_id, form("follow_up"), follow_up)
        closing = ClosingService(vs)
        closing.set_aftercare_not_needed(c.case_id, True)
        plan = StepPlanService(vs).plan_for_case(c.case_id, d(10))
        assert plan.status(Step.EVALUATION).state is StepState.DONE
        remaining = closing.checklist(c.case_id, d(10)).gaps
        assert [g.value for g in remaining] == ["agreements_open"]
        closed = closing.close(c.case_id, d(10), {remaining[0]: "lopen verder via klastitularis"})
        assert closed.retention_until == date(school_year_end(d(10)).year + 1, 8, 31)
    finally:
        vs.close()
    reopened = access.unlock(tmp_path / "vault", "juf.an", PASSPHRASE)
    try:
        plan = StepPlanService(reopened).plan_for_case(c.case_id, d(11))
        assert plan.current is None and plan.status(Step.CLOSE).state is StepState.DONE
        assert CaseService(reopened).list_cases(text="groepschat")[0].status is CaseStatus.CLOSED
    finally:
        reopened.close()
