"""Triage, severity, consultations; consent, the 12+ parent rule and the choice of approach."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    ApproachReason,
    AuditAction,
    Classification,
    CriterionAnswer,
    ExternalBody,
    Flag,
    FollowUpOutcome,
    KeyCriterion,
    LegalCheck,
    Severity,
)
from ehbc_desktop.domain.recommendation import RecommendationOutcome
from ehbc_desktop.domain.rules import EscalationProposal, RuleReason
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.errors import (
    InvalidInputError,
    OverrideReasonRequiredError,
    RuleRefusedError,
)
from ehbc_desktop.services.followup.followups import FollowUpService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.approach import ApproachService
from ehbc_desktop.services.steps.assessment import AssessmentService
from tests.unit.services.records_helpers import (
    assert_no_names_in_audit,
    audit_events,
    day,
    form,
    open_case,
    parents_answers,
)

ALL_YES = {c: CriterionAnswer.YES for c in KeyCriterion}


def test_triage_proposal_override_and_revision(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    service = AssessmentService(vault_session)
    first = service.record_triage(c.case_id, ALL_YES, digital=True, also_offline=False)
    assert (first.classification, first.overridden) == (Classification.CYBERBULLYING, False)
    with pytest.raises(OverrideReasonRequiredError) as refused:
        service.record_triage(
            c.case_id, ALL_YES, True, False, classification=Classification.CONFLICT
        )
    assert refused.value.what == "triage"
    second = service.record_triage(
        c.case_id,
        ALL_YES,
        True,
        False,
        classification=Classification.CONFLICT,
        override_reason="eenmalig incident",
    )
    assert second.overridden
    record = CaseService(vault_session).get_case(c.case_id)
    assert [t.classification for t in record.triages] == [
        Classification.CYBERBULLYING,
        Classification.CONFLICT,
    ]
    assert record.triages[1].override_reason == "eenmalig incident"
    assert any(
        e.action is AuditAction.OVERRIDE and e.target == f"triage:{second.triage_id}"
        for e in audit_events(vault_session)
    )


def test_severity_flag_care_team_external_and_legal_checks(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    service = AssessmentService(vault_session)
    with pytest.raises(InvalidInputError):
        service.record_severity(c.case_id, Severity.SERIOUS, flag=Flag.RED)
    service.record_severity(
        c.case_id, Severity.SERIOUS, sexual_or_transgressive=True, flag=Flag.RED
    )
    service.set_legal_checks(c.case_id, [LegalCheck.DUTY_TO_REPORT])
    service.add_care_team_consultation(c.case_id, day(1), "zorgteam", "CLB betrekken")
    service.add_external_contact(c.case_id, ExternalBody.POLICE, day(2), is_formal_report=True)
    record = CaseService(vault_session).get_case(c.case_id)
    (severity,) = record.severities
    assert (severity.flag, severity.legal_checks) == (Flag.RED, (LegalCheck.DUTY_TO_REPORT,))
    assert record.care_team[0].conclusion == "CLB betrekken"
    assert record.external[0].is_formal_report
    assert_no_names_in_audit(vault_session)


def test_parents_of_a_12_plus_pupil_blocked_until_override(vault_session: VaultSession) -> None:
    c = open_case(vault_session, victim_born=date(2012, 1, 5))  # 14 in March 2026
    approach = ApproachService(vault_session)
    approach.record_parent_wish(
        c.case_id, c.victim, True, judged_competent=True, judged_by="CLB", judged_on=day(0)
    )
    conversations = ConversationService(vault_session)
    with pytest.raises(RuleRefusedError) as blocked:
        conversations.finish(c.case_id, form("parents_victim"), parents_answers(c))
    assert blocked.value.reasons == (RuleReason.PARENTS_WISH_STANDS,)
    assert blocked.value.subject == c.victim
    with pytest.raises(OverrideReasonRequiredError):
        approach.override_parent_wish(c.case_id, c.victim, "   ")

    override_id = approach.override_parent_wish(c.case_id, c.victim, "veiligheid")
    verdict = approach.parent_verdict(c.case_id, c.victim, day(2))
    assert (verdict.blocked, verdict.override_id) == (False, override_id)
    conversations.finish(c.case_id, form("parents_victim"), parents_answers(c))
    overrides = [e for e in audit_events(vault_session) if e.action is AuditAction.OVERRIDE]
    assert [e.target for e in overrides] == [f"parent_override:{override_id}"]
    assert "veiligheid" not in overrides[0].detail


def test_withdrawn_wish_lets_parents_in(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    approach = ApproachService(vault_session)
    wish = approach.record_parent_wish(
        c.case_id, c.victim, True, judged_competent=True, judged_by="CLB", judged_on=day(0)
    )
    approach.withdraw_parent_wish(wish)
    verdict = approach.parent_verdict(c.case_id, c.victim, day(2))
    assert verdict.reason is RuleReason.PARENTS_WISH_WITHDRAWN


def test_decision_stores_the_recommendation_beside_the_choice(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    approach = ApproachService(vault_session)
    reasons = [ApproachReason.NC_RECENT, ApproachReason.NC_BELIEF_IN_GROUP]
    assert approach.recommendation(reasons).outcome is RecommendationOutcome.NON_CONFRONTATIONAL
    with pytest.raises(InvalidInputError):
        approach.decide_approach(c.case_id, reasons, ApproachChoice.NON_CONFRONTATIONAL_GROUP)
    result = approach.decide_approach(
        c.case_id, reasons, ApproachChoice.CONFRONTATIONAL, motivation="ernstig"
    )
    assert not result.follows_recommendation
    (decision,) = CaseService(vault_session).get_case(c.case_id).approach_decisions
    assert decision.recommended is ApproachChoice.NON_CONFRONTATIONAL_GROUP
    assert decision.choice is ApproachChoice.CONFRONTATIONAL
    assert approach.escalation_advice(c.case_id).proposal is EscalationProposal.NONE


def test_escalation_after_an_unchanged_evaluation(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    approach = ApproachService(vault_session)
    approach.decide_approach(
        c.case_id,
        [ApproachReason.NC_RECENT],
        ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL,
        decided_at=datetime.combine(day(0), time(9), UTC),
    )
    follow_ups = FollowUpService(vault_session)
    planned = follow_ups.plan(c.case_id, day(7)).follow_up_id
    follow_ups.record_outcome(planned, day(7), FollowUpOutcome.UNCHANGED)
    advice = approach.escalation_advice(c.case_id)
    assert advice.proposal is EscalationProposal.PROPOSE_CONFRONTATIONAL
    assert advice.follow_up_id == planned
