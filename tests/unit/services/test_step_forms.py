"""The triage, severity, choice and observation forms finish in one service call each."""

from __future__ import annotations

from typing import Any

import pytest

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    CaseStatus,
    Classification,
    ExternalBody,
    Flag,
    GroupMethod,
    LegalCheck,
    WarningSign,
)
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.errors import AnswersInvalidError, OverrideReasonRequiredError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.drafts import DraftService
from ehbc_desktop.services.steps.step_forms import StepFormService
from ehbc_desktop.store import models as m
from tests.unit.services.records_helpers import (
    assert_no_names_in_audit,
    day,
    form,
    open_case,
)


def triage_values(**extra: Any) -> dict[str, Any]:
    """All criteria hold, digital only."""
    values: dict[str, Any] = {
        "intent": "yes",
        "repetition": "yes",
        "power_imbalance": "unclear",
        "power_imbalance_note": "oudere leerling",
        "digital": True,
        "also_offline": False,
        "features": ["anonymous"],
        "classification": "cyberbullying",
    }
    values.update(extra)
    return values


def test_triage_form(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    service = StepFormService(vault_session)
    DraftService(vault_session).save(c.case_id, "triage", 1, {"intent": "yes"})
    with pytest.raises(OverrideReasonRequiredError):
        service.finish_triage(c.case_id, form("triage"), triage_values(classification="conflict"))
    result = service.finish_triage(c.case_id, form("triage"), triage_values())
    assert result.proposal.uncertain and result.classification is Classification.CYBERBULLYING
    (triage,) = CaseService(vault_session).get_case(c.case_id).triages
    assert triage.note == "oudere leerling"
    assert DraftService(vault_session).load(c.case_id, "triage") is None


def test_severity_form_stores_everything_at_once(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    values = {
        "severity": "serious",
        "rationale": "foto's gedeeld",
        "sexual": True,
        "flag_equality": "ongelijk",
        "flag": "red",
        "care_team_date": day(2),
        "care_team_who": "zorgteam",
        "care_team_conclusion": "politie contacteren",
        "police_contacted": True,
        "police_how": "reported",
        "police_date": day(3),
        "child_focus_contacted": False,
        "clb_contacted": True,
        "clb_how": "consulted",
        "clb_date": day(2),
        "other_body_contacted": False,
        "legal_checks": ["duty_to_report"],
    }
    with pytest.raises(AnswersInvalidError):
        StepFormService(vault_session).finish_severity(
            c.case_id, form("severity"), {**values, "care_team_conclusion": ""}
        )
    result = StepFormService(vault_session).finish_severity(c.case_id, form("severity"), values)
    record = CaseService(vault_session).get_case(c.case_id)
    (severity,) = record.severities
    assert severity.id == result.severity_id
    assert (severity.flag, severity.flag_notes) == (Flag.RED, {"equality": "ongelijk"})
    assert severity.legal_checks == (LegalCheck.DUTY_TO_REPORT,)
    assert record.care_team[0].conclusion == "politie contacteren"
    bodies = {(x.body, x.is_formal_report) for x in record.external}
    assert bodies == {(ExternalBody.POLICE, True), (ExternalBody.CLB, False)}
    assert_no_names_in_audit(vault_session)


def test_choice_and_observation_forms(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    service = StepFormService(vault_session)
    choice = {
        "nc_reasons": ["nc_recent", "nc_belief_in_group"],
        "c_reasons": [],
        "chosen": "non_confrontational_group",
        "motivation": "sterke klas",
        "group_method": "no_blame",
    }
    result = service.finish_choice(c.case_id, form("choice"), choice)
    assert result.follows_recommendation
    (decision,) = CaseService(vault_session).get_case(c.case_id).approach_decisions
    assert (decision.choice, decision.group_method) == (
        ApproachChoice.NON_CONFRONTATIONAL_GROUP,
        GroupMethod.NO_BLAME,
    )
    with vault_session.unit() as s:
        case = s.get(m.Case, c.case_id)
        assert case is not None
        case.status = CaseStatus.OBSERVATION
    observation = {"observed_on": day(3), "signs": ["low_mood"], "next_date": day(6)}
    service.finish_observation(c.case_id, form("observation"), observation)
    record = CaseService(vault_session).get_case(c.case_id)
    assert record.observations[0].signs == (WarningSign.LOW_MOOD,)
    assert [f.planned_on for f in record.follow_ups] == [day(6)]
