"""Every stored record comes back as its domain dataclass, with enums and tuples restored."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session, sessionmaker

from ehbc_desktop.domain import entities as e
from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ApproachChoice,
    ApproachReason,
    BullyingForm,
    CaseStatus,
    Classification,
    Confidentiality,
    ConversationKind,
    CriterionAnswer,
    CyberFeature,
    ExternalBody,
    Flag,
    FollowUpKind,
    KeyCriterion,
    LegalCheck,
    Medium,
    ReporterKind,
    Role,
    Severity,
    WarningSign,
)
from ehbc_desktop.store import models as m
from ehbc_desktop.store.loader import CaseNotFoundError, load_amendments, load_case_record

AT = datetime(2026, 2, 3, 10, 30, 15, 123456, tzinfo=UTC)
DAY = date(2026, 2, 3)


def _fill(s: Session) -> str:
    case = m.Case(
        reference="2026-0001", title="t", status=CaseStatus.OPEN, opened_on=DAY, close_note=""
    )
    person = m.Person(first_name="Noé", last_name="Janssens", class_name="2B")
    s.add_all([case, person])
    s.flush()
    victim = m.Participant(case_id=case.id, person_id=person.id, role=Role.VICTIM, note="")
    s.add(victim)
    s.flush()
    conversation = m.Conversation(
        case_id=case.id,
        kind=ConversationKind.VICTIM,
        form_id="victim",
        form_version=2,
        held_on=DAY,
        participant_ids=[victim.id],
        finished=True,
        summary="",
        answers=[{"field_id": "what", "question": "Wat is er gebeurd?", "value": "x"}],
    )
    s.add(conversation)
    s.flush()
    s.add_all(
        [
            m.Report(
                case_id=case.id,
                reported_on=DAY,
                reporter_kind=ReporterKind.PEER,
                channel="",
                media=[Medium.SOCIAL_MEDIA],
                platforms="",
                forms=[BullyingForm.EXCLUSION],
                description="d",
                victim_reports_personally=False,
            ),
            m.Triage(
                case_id=case.id,
                decided_at=AT,
                criteria={KeyCriterion.INTENT: "yes"},
                digital=True,
                features=[CyberFeature.ANONYMOUS],
                proposed=Classification.CYBERBULLYING,
                classification=Classification.CONFLICT,
                override_reason="r",
                note="",
                decided_by="an",
            ),
            m.SeverityAssessment(
                case_id=case.id,
                assessed_at=AT,
                severity=Severity.SERIOUS,
                rationale="",
                flag=Flag.RED,
                flag_notes={"equality": "n"},
                legal_checks=[LegalCheck.DUTY_TO_REPORT],
            ),
            m.CareTeamConsultation(case_id=case.id, held_on=DAY, participants="p", conclusion="c"),
            m.ExternalContact(
                case_id=case.id, body=ExternalBody.POLICE, contacted_on=None, reference="", note=""
            ),
            m.VictimConsent(
                case_id=case.id,
                recorded_at=AT,
                victim_participant_id=victim.id,
                consents=True,
                note="",
            ),
            m.ParentInvolvementWish(
                case_id=case.id,
                pupil_participant_id=victim.id,
                recorded_at=AT,
                wishes_no_parents=True,
                judged_competent=True,
                judged_by="clb",
                judged_on=DAY,
            ),
            m.ParentOverride(
                case_id=case.id,
                pupil_participant_id=victim.id,
                recorded_at=AT,
                reason="r",
                recorded_by="an",
            ),
            m.ApproachDecision(
                case_id=case.id,
                decided_at=AT,
                reasons=[ApproachReason.NC_RECENT],
                recommended=None,
                choice=ApproachChoice.CONFRONTATIONAL,
                motivation="",
            ),
            m.Agreement(
                case_id=case.id,
                who="w",
                what="x",
                due=DAY,
                status_note="",
                conversation_id=conversation.id,
            ),
            m.RepairAgreement(
                case_id=case.id,
                bully_participant_ids=[victim.id],
                engagements=["sorry"],
                support_figures=[{"name": "A", "role": "b"}],
                term=DAY,
                evaluation_on=DAY,
            ),
            m.FollowUp(case_id=case.id, planned_on=DAY, with_whom="", step="", note=""),
            m.Observation(case_id=case.id, observed_on=DAY, signs=[WarningSign.LOW_MOOD], note=""),
            m.EvidenceItem(
                case_id=case.id,
                description="d",
                provided_by="p",
                captured_on=None,
                platform="p",
                confidentiality=Confidentiality.CARE_TEAM,
                sha256="0" * 64,
                original_name="",
                media_type="",
                holder="",
                police_reference="",
                blob_id="b",
                blob_key=b"k" * 32,
            ),
            m.CaseNote(case_id=case.id, written_at=AT, text="n", written_by="an"),
            m.Amendment(conversation_id=conversation.id, written_at=AT, text="a", written_by="an"),
        ]
    )
    return case.id


def test_every_record_maps_back(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        case_id = _fill(s)
    with sessions() as s:
        r = load_case_record(s, case_id)
        amendments = load_amendments(s, case_id)
    assert r.case.status is CaseStatus.OPEN
    assert r.people[r.participants[0].person_id].full_name == "Noé Janssens"
    assert r.report is not None and r.report.media == (Medium.SOCIAL_MEDIA,)
    assert r.report.forms == (BullyingForm.EXCLUSION,)
    triage = r.triages[0]
    assert triage.criteria == {KeyCriterion.INTENT: CriterionAnswer.YES}
    assert triage.features == (CyberFeature.ANONYMOUS,)
    assert triage.decided_at == AT  # aware UTC, to the microsecond
    assert r.severities[0].legal_checks == (LegalCheck.DUTY_TO_REPORT,)
    assert r.severities[0].flag is Flag.RED
    assert r.approach_decisions[0].reasons == (ApproachReason.NC_RECENT,)
    assert r.conversations[0].answers == (e.Answer("what", "Wat is er gebeurd?", "x"),)
    assert r.agreements[0].status is AgreementStatus.OPEN
    assert r.repair_agreements[0].support_figures == (e.SupportFigure("A", "b"),)
    assert r.follow_ups[0].kind is FollowUpKind.GENERAL
    assert r.observations[0].signs == (WarningSign.LOW_MOOD,)
    assert r.evidence[0].confidentiality is Confidentiality.CARE_TEAM
    assert len(r.care_team) == len(r.external) == len(r.consents) == 1
    assert len(r.parent_wishes) == len(r.parent_overrides) == len(r.notes) == 1
    assert [a.text for a in amendments] == ["a"]


def test_a_missing_case_raises(sessions: sessionmaker[Session]) -> None:
    with sessions() as s, pytest.raises(CaseNotFoundError):
        load_case_record(s, "0" * 32)


def test_naive_times_are_refused(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(Exception, match="naive"), sessions.begin() as s:
        s.add(m.CaseNote(case_id="x", written_at=datetime(2026, 1, 1), text="", written_by=""))
        s.flush()
