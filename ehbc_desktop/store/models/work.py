"""ORM classes for conversations, agreements, follow-ups, observations and evidence metadata."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from ehbc_desktop.domain.enums import (
    AgreementStatus,
    Confidentiality,
    ConversationKind,
    FollowUpKind,
    FollowUpOutcome,
    GroupMethod,
)
from ehbc_desktop.store.base import (
    ID_LENGTH,
    Base,
    CaseRef,
    CreatedAt,
    JsonList,
    Name,
    PrimaryId,
    Text_,
)

ConversationRef = String(ID_LENGTH)


class Conversation(Base):
    """A conversation recorded through a form; answers keep the wording as asked (JSON)."""

    __tablename__ = "conversations"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    kind: Mapped[ConversationKind]
    form_id: Mapped[str] = mapped_column(String(80))
    form_version: Mapped[int] = mapped_column(Integer())
    held_on: Mapped[date]
    participant_ids: Mapped[JsonList]
    # A list of {"field_id", "question", "value"} objects, in the order asked.
    answers: Mapped[JsonList]
    finished: Mapped[bool] = mapped_column(Boolean(), default=False)
    next_date: Mapped[date | None]
    summary: Mapped[Text_]
    group_method: Mapped[GroupMethod | None]  # the method a GROUP conversation used


class Amendment(Base):
    """A dated correction to a finished conversation."""

    __tablename__ = "amendments"

    id: Mapped[PrimaryId]
    conversation_id: Mapped[str] = mapped_column(
        ConversationRef, ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    written_at: Mapped[CreatedAt]
    text: Mapped[Text_]
    written_by: Mapped[Name]


class Agreement(Base):
    """Who does what, by when."""

    __tablename__ = "agreements"
    __table_args__ = (
        Index("ix_agreements_status_due", "status", "due"),
        Index("ix_agreements_case_id_status_due", "case_id", "status", "due"),
    )

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    who: Mapped[Text_]
    what: Mapped[Text_]
    due: Mapped[date]
    status: Mapped[AgreementStatus] = mapped_column(default=AgreementStatus.OPEN)
    conversation_id: Mapped[str | None] = mapped_column(
        ConversationRef, ForeignKey("conversations.id", ondelete="SET NULL")
    )
    status_changed_on: Mapped[date | None]
    status_note: Mapped[Text_]


class RepairAgreement(Base):
    """The signed repair agreement."""

    __tablename__ = "repair_agreements"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    bully_participant_ids: Mapped[JsonList]
    engagements: Mapped[JsonList]
    # A list of {"name", "role"} objects.
    support_figures: Mapped[JsonList]
    term: Mapped[date]
    evaluation_on: Mapped[date]
    conversation_id: Mapped[str | None] = mapped_column(
        ConversationRef, ForeignKey("conversations.id", ondelete="SET NULL")
    )
    signed_on: Mapped[date | None]


class FollowUp(Base):
    """A planned follow-up and, once held, its outcome."""

    __tablename__ = "follow_ups"
    # The dashboard looks up unheld follow-ups by date, and per case. The per-case index must
    # lead with case_id, or SQLite scans all unheld follow-ups for every case.
    __table_args__ = (
        Index("ix_follow_ups_held_on_planned_on", "held_on", "planned_on"),
        Index("ix_follow_ups_case_id_held_on_planned_on", "case_id", "held_on", "planned_on"),
    )

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    planned_on: Mapped[date]
    kind: Mapped[FollowUpKind] = mapped_column(default=FollowUpKind.GENERAL)
    with_whom: Mapped[Text_]
    step: Mapped[Name]
    held_on: Mapped[date | None]
    outcome: Mapped[FollowUpOutcome | None]
    note: Mapped[Text_]


class Observation(Base):
    """An entry in the discreet-observation log."""

    __tablename__ = "observations"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    observed_on: Mapped[date]
    signs: Mapped[JsonList]
    note: Mapped[Text_]


class EvidenceItem(Base):
    """Metadata of one piece of evidence; the bytes live encrypted in the vault's blob store."""

    __tablename__ = "evidence_items"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    description: Mapped[Text_]
    provided_by: Mapped[Name]
    captured_on: Mapped[date | None]
    platform: Mapped[Text_]
    confidentiality: Mapped[Confidentiality]
    sha256: Mapped[str] = mapped_column(String(64), default="")
    original_name: Mapped[Text_]
    size: Mapped[int] = mapped_column(Integer(), default=0)
    media_type: Mapped[str] = mapped_column(String(120), default="")
    added_at: Mapped[datetime | None]
    not_imported_sexual_content: Mapped[bool] = mapped_column(Boolean(), default=False)
    holder: Mapped[Text_]
    police_reference: Mapped[Text_]
    # Where the encrypted bytes are and their own key; written only through vault code.
    blob_id: Mapped[str | None] = mapped_column(String(64))
    blob_key: Mapped[bytes | None] = mapped_column(LargeBinary())


__all__ = [
    "Agreement",
    "Amendment",
    "Conversation",
    "EvidenceItem",
    "FollowUp",
    "Observation",
    "RepairAgreement",
]
