"""Store rows straight through the models: a case holding one row of every kind (store tests)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    ApproachReason,
    BullyingForm,
    CaseStatus,
    Classification,
    Confidentiality,
    ConversationKind,
    CyberFeature,
    ExternalBody,
    Flag,
    KeyCriterion,
    LegalCheck,
    Medium,
    ReporterKind,
    Role,
    Severity,
    WarningSign,
)
from ehbc_desktop.store import models as m

AT = datetime(2026, 2, 3, 10, 30, 15, 123456, tzinfo=UTC)
DAY = date(2026, 2, 3)


def fill_every_record(s: Session) -> str:
    """Add a case with one record of every kind; returns the case id."""
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
