"""ORM classes for triage, severity, consultations, consent, parents' involvement and the choice."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Index
from sqlalchemy.orm import Mapped, mapped_column

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    Classification,
    Competence,
    ExternalBody,
    Flag,
    GroupMethod,
    JudgeRole,
    Severity,
)
from ehbc_desktop.store.base import (
    Base,
    CaseRef,
    CreatedAt,
    JsonList,
    Name,
    ParticipantRef,
    PrimaryId,
    Text_,
)


class Triage(Base):
    """One classification of the case; revisions are new rows."""

    __tablename__ = "triages"
    __table_args__ = (Index("ix_triages_case_id_decided_at", "case_id", "decided_at"),)

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    decided_at: Mapped[CreatedAt]
    criteria: Mapped[dict[str, Any]] = mapped_column(JSON(), default=dict)
    digital: Mapped[bool] = mapped_column(Boolean())
    features: Mapped[JsonList]
    proposed: Mapped[Classification]
    classification: Mapped[Classification]
    override_reason: Mapped[Text_]
    note: Mapped[Text_]
    decided_by: Mapped[Name]


class SeverityAssessment(Base):
    """The estimate of how serious it is, with the optional flag-system judgement."""

    __tablename__ = "severity_assessments"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    assessed_at: Mapped[CreatedAt]
    severity: Mapped[Severity]
    rationale: Mapped[Text_]
    sexual_or_transgressive: Mapped[bool] = mapped_column(Boolean(), default=False)
    flag: Mapped[Flag | None]
    flag_notes: Mapped[dict[str, Any]] = mapped_column(JSON(), default=dict)
    legal_checks: Mapped[JsonList]


class CareTeamConsultation(Base):
    """A consultation with the school's care team."""

    __tablename__ = "care_team_consultations"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    held_on: Mapped[date]
    participants: Mapped[Text_]
    conclusion: Mapped[Text_]


class ExternalContact(Base):
    """A consultation with or report to an outside body."""

    __tablename__ = "external_contacts"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    body: Mapped[ExternalBody]
    contacted_on: Mapped[date | None]
    is_formal_report: Mapped[bool] = mapped_column(Boolean(), default=False)
    reference: Mapped[Text_]
    note: Mapped[Text_]


class VictimConsent(Base):
    """The victim's consent (or refusal) to approach the bully."""

    __tablename__ = "victim_consents"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    recorded_at: Mapped[CreatedAt]
    victim_participant_id: Mapped[ParticipantRef]
    consents: Mapped[bool] = mapped_column(Boolean())
    note: Mapped[Text_]


class ParentInvolvementWish(Base):
    """A pupil's wish (from 12) that their parents are not involved, and its judgement."""

    __tablename__ = "parent_involvement_wishes"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    pupil_participant_id: Mapped[ParticipantRef]
    recorded_at: Mapped[CreatedAt]
    wishes_no_parents: Mapped[bool] = mapped_column(Boolean())
    judged_competent: Mapped[bool] = mapped_column(Boolean())
    judged_by: Mapped[Name]
    judged_on: Mapped[date]
    withdrawn_at: Mapped[datetime | None]
    competence: Mapped[Competence | None]
    judge_role: Mapped[JudgeRole | None]
    reason: Mapped[Text_]
    others_note: Mapped[Text_]
    recorded_by: Mapped[Name]


class ParentOverride(Base):
    """A logged decision to involve parents despite the pupil's wish."""

    __tablename__ = "parent_overrides"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    pupil_participant_id: Mapped[ParticipantRef]
    recorded_at: Mapped[CreatedAt]
    reason: Mapped[Text_]
    recorded_by: Mapped[Name]


class ApproachDecision(Base):
    """One choice at the choice moment."""

    __tablename__ = "approach_decisions"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    decided_at: Mapped[CreatedAt]
    reasons: Mapped[JsonList]
    recommended: Mapped[ApproachChoice | None]
    choice: Mapped[ApproachChoice]
    motivation: Mapped[Text_]
    group_method: Mapped[GroupMethod | None]


__all__ = [
    "ApproachDecision",
    "CareTeamConsultation",
    "ExternalContact",
    "ParentInvolvementWish",
    "ParentOverride",
    "SeverityAssessment",
    "Triage",
    "VictimConsent",
]
