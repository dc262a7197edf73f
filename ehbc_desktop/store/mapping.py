"""Turns ORM rows into the immutable records of domain.entities (never hand out live rows)."""

from __future__ import annotations

from typing import Any

from ehbc_desktop.domain import entities as e
from ehbc_desktop.domain.enums import (
    ApproachReason,
    BullyingForm,
    CriterionAnswer,
    CyberFeature,
    KeyCriterion,
    LegalCheck,
    Medium,
    WarningSign,
)
from ehbc_desktop.store import models as m


def case(row: m.Case) -> e.Case:
    """The case itself."""
    return e.Case(
        id=row.id,
        reference=row.reference,
        title=row.title,
        status=row.status,
        opened_on=row.opened_on,
        closed_on=row.closed_on,
        retention_until=row.retention_until,
        close_note=row.close_note,
        aftercare_not_needed=row.aftercare_not_needed,
        close_overrides=tuple((str(g), str(r)) for g, r in row.close_overrides),
    )


def person(row: m.Person) -> e.Person:
    """A pupil or adult."""
    return e.Person(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        class_name=row.class_name,
        birth_date=row.birth_date,
        is_pupil=row.is_pupil,
    )


def participant(row: m.Participant) -> e.Participant:
    """A person's role in a case."""
    return e.Participant(
        id=row.id,
        case_id=row.case_id,
        person_id=row.person_id,
        role=row.role,
        related_to=row.related_to,
        note=row.note,
    )


def report(row: m.Report) -> e.Report:
    """The report (melding)."""
    return e.Report(
        id=row.id,
        case_id=row.case_id,
        reported_on=row.reported_on,
        reporter_kind=row.reporter_kind,
        channel=row.channel,
        media=tuple(Medium(v) for v in row.media),
        platforms=row.platforms,
        forms=tuple(BullyingForm(v) for v in row.forms),
        description=row.description,
        victim_reports_personally=row.victim_reports_personally,
    )


def triage(row: m.Triage) -> e.Triage:
    """One classification."""
    return e.Triage(
        id=row.id,
        case_id=row.case_id,
        decided_at=row.decided_at,
        criteria={KeyCriterion(k): CriterionAnswer(v) for k, v in row.criteria.items()},
        digital=row.digital,
        features=tuple(CyberFeature(v) for v in row.features),
        proposed=row.proposed,
        classification=row.classification,
        override_reason=row.override_reason,
        note=row.note,
        decided_by=row.decided_by,
    )


def severity(row: m.SeverityAssessment) -> e.SeverityAssessment:
    """A severity assessment."""
    return e.SeverityAssessment(
        id=row.id,
        case_id=row.case_id,
        assessed_at=row.assessed_at,
        severity=row.severity,
        rationale=row.rationale,
        sexual_or_transgressive=row.sexual_or_transgressive,
        flag=row.flag,
        flag_notes={str(k): str(v) for k, v in row.flag_notes.items()},
        legal_checks=tuple(LegalCheck(v) for v in row.legal_checks),
    )


def care_team(row: m.CareTeamConsultation) -> e.CareTeamConsultation:
    """A care-team consultation."""
    return e.CareTeamConsultation(
        id=row.id,
        case_id=row.case_id,
        held_on=row.held_on,
        participants=row.participants,
        conclusion=row.conclusion,
    )


def external(row: m.ExternalContact) -> e.ExternalContact:
    """An outside contact."""
    return e.ExternalContact(
        id=row.id,
        case_id=row.case_id,
        body=row.body,
        contacted_on=row.contacted_on,
        is_formal_report=row.is_formal_report,
        reference=row.reference,
        note=row.note,
    )


def consent(row: m.VictimConsent) -> e.VictimConsent:
    """The victim's consent."""
    return e.VictimConsent(
        id=row.id,
        case_id=row.case_id,
        recorded_at=row.recorded_at,
        victim_participant_id=row.victim_participant_id,
        consents=row.consents,
        note=row.note,
    )


def parent_wish(row: m.ParentInvolvementWish) -> e.ParentInvolvementWish:
    """A pupil's wish about parents."""
    return e.ParentInvolvementWish(
        id=row.id,
        case_id=row.case_id,
        pupil_participant_id=row.pupil_participant_id,
        recorded_at=row.recorded_at,
        wishes_no_parents=row.wishes_no_parents,
        judged_competent=row.judged_competent,
        judged_by=row.judged_by,
        judged_on=row.judged_on,
        withdrawn_at=row.withdrawn_at,
        competence=row.competence,
        judge_role=row.judge_role,
        reason=row.reason,
        others_note=row.others_note,
        recorded_by=row.recorded_by,
    )


def parent_override(row: m.ParentOverride) -> e.ParentOverride:
    """A logged parent override."""
    return e.ParentOverride(
        id=row.id,
        case_id=row.case_id,
        pupil_participant_id=row.pupil_participant_id,
        recorded_at=row.recorded_at,
        reason=row.reason,
        recorded_by=row.recorded_by,
    )


def approach_decision(row: m.ApproachDecision) -> e.ApproachDecision:
    """A choice at the choice moment."""
    return e.ApproachDecision(
        id=row.id,
        case_id=row.case_id,
        decided_at=row.decided_at,
        reasons=tuple(ApproachReason(v) for v in row.reasons),
        recommended=row.recommended,
        choice=row.choice,
        motivation=row.motivation,
        group_method=row.group_method,
    )


def _answer(raw: dict[str, Any]) -> e.Answer:
    return e.Answer(
        field_id=str(raw.get("field_id", "")),
        question=str(raw.get("question", "")),
        value=str(raw.get("value", "")),
    )


def conversation(row: m.Conversation) -> e.Conversation:
    """A recorded conversation."""
    return e.Conversation(
        id=row.id,
        case_id=row.case_id,
        kind=row.kind,
        form_id=row.form_id,
        form_version=row.form_version,
        held_on=row.held_on,
        participant_ids=tuple(str(v) for v in row.participant_ids),
        answers=tuple(_answer(a) for a in row.answers),
        finished=row.finished,
        next_date=row.next_date,
        summary=row.summary,
        group_method=row.group_method,
    )


def amendment(row: m.Amendment) -> e.Amendment:
    """A correction to a finished conversation."""
    return e.Amendment(
        id=row.id,
        conversation_id=row.conversation_id,
        written_at=row.written_at,
        text=row.text,
        written_by=row.written_by,
    )


def agreement(row: m.Agreement) -> e.Agreement:
    """Who does what by when."""
    return e.Agreement(
        id=row.id,
        case_id=row.case_id,
        who=row.who,
        what=row.what,
        due=row.due,
        status=row.status,
        conversation_id=row.conversation_id,
        status_changed_on=row.status_changed_on,
        status_note=row.status_note,
    )


def repair_agreement(row: m.RepairAgreement) -> e.RepairAgreement:
    """The repair agreement."""
    return e.RepairAgreement(
        id=row.id,
        case_id=row.case_id,
        bully_participant_ids=tuple(str(v) for v in row.bully_participant_ids),
        engagements=tuple(str(v) for v in row.engagements),
        support_figures=tuple(
            e.SupportFigure(name=str(f.get("name", "")), role=str(f.get("role", "")))
            for f in row.support_figures
        ),
        term=row.term,
        evaluation_on=row.evaluation_on,
        conversation_id=row.conversation_id,
        signed_on=row.signed_on,
    )


def follow_up(row: m.FollowUp) -> e.FollowUp:
    """A planned or held follow-up."""
    return e.FollowUp(
        id=row.id,
        case_id=row.case_id,
        planned_on=row.planned_on,
        kind=row.kind,
        with_whom=row.with_whom,
        step=row.step,
        held_on=row.held_on,
        outcome=row.outcome,
        note=row.note,
    )


def observation(row: m.Observation) -> e.Observation:
    """An observation-log entry."""
    return e.Observation(
        id=row.id,
        case_id=row.case_id,
        observed_on=row.observed_on,
        signs=tuple(WarningSign(v) for v in row.signs),
        note=row.note,
    )


def evidence(row: m.EvidenceItem) -> e.EvidenceItem:
    """Evidence metadata (never the blob key)."""
    return e.EvidenceItem(
        id=row.id,
        case_id=row.case_id,
        description=row.description,
        provided_by=row.provided_by,
        captured_on=row.captured_on,
        platform=row.platform,
        confidentiality=row.confidentiality,
        sha256=row.sha256,
        original_name=row.original_name,
        size=row.size,
        media_type=row.media_type,
        added_at=row.added_at,
        not_imported_sexual_content=row.not_imported_sexual_content,
        holder=row.holder,
        police_reference=row.police_reference,
    )


def note(row: m.CaseNote) -> e.CaseNote:
    """A case note."""
    return e.CaseNote(
        id=row.id,
        case_id=row.case_id,
        written_at=row.written_at,
        text=row.text,
        written_by=row.written_by,
    )


def audit_event(row: m.AuditEvent) -> e.AuditEvent:
    """An audit entry."""
    return e.AuditEvent(
        seq=row.seq,
        at=row.at,
        user=row.user,
        action=row.action,
        target=row.target,
        case_id=row.case_id,
        detail=row.detail,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )
