"""ORM classes for a case, its people and participants, the report, notes, drafts and settings."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ehbc_desktop.domain.enums import CaseStatus, ReporterKind, Role
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


class Case(Base):
    """One bullying situation (dossier)."""

    __tablename__ = "cases"
    __table_args__ = (Index("ix_cases_status_opened_on", "status", "opened_on"),)

    id: Mapped[PrimaryId]
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[Text_]
    status: Mapped[CaseStatus]
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    retention_until: Mapped[date | None]
    close_note: Mapped[Text_]
    # The user decided the group needs no aftercare (closing checklist).
    aftercare_not_needed: Mapped[bool] = mapped_column(Boolean(), default=False)
    # [[gap, reason], ...]: the closing gaps the user closed over, each with its reason.
    close_overrides: Mapped[JsonList]
    created_at: Mapped[CreatedAt]
    # Bumped by every service write: the case list's "last activity".
    updated_at: Mapped[CreatedAt]


class Person(Base):
    """A pupil or adult who appears in one or more cases."""

    __tablename__ = "people"
    __table_args__ = (Index("ix_people_last_name_first_name", "last_name", "first_name"),)

    id: Mapped[PrimaryId]
    first_name: Mapped[Name]
    last_name: Mapped[Name]
    class_name: Mapped[str] = mapped_column(String(40), default="")
    birth_date: Mapped[date | None]
    is_pupil: Mapped[bool] = mapped_column(Boolean(), default=True)
    # " first last " folded (lower case, no accents): what the people look-up matches on.
    name_key: Mapped[str] = mapped_column(String(420), default="")


class Participant(Base):
    """A person's role in one case."""

    __tablename__ = "participants"
    __table_args__ = (Index("ix_participants_case_id_role", "case_id", "role"),)

    id: Mapped[PrimaryId]
    case_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE")
    )
    person_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[Role]
    related_to: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("participants.id", ondelete="SET NULL")
    )
    note: Mapped[Text_]
    # Keeps the order in which participants were entered.
    position: Mapped[int] = mapped_column(Integer(), default=0)


class Report(Base):
    """How the case reached the school (one per case)."""

    __tablename__ = "reports"

    id: Mapped[PrimaryId]
    case_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), unique=True
    )
    reported_on: Mapped[date]
    reporter_kind: Mapped[ReporterKind]
    channel: Mapped[Text_]
    media: Mapped[JsonList]
    platforms: Mapped[Text_]
    forms: Mapped[JsonList]
    description: Mapped[Text_]
    victim_reports_personally: Mapped[bool | None]


class CaseNote(Base):
    """A free note on a case's timeline."""

    __tablename__ = "case_notes"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    written_at: Mapped[CreatedAt]
    text: Mapped[Text_]
    written_by: Mapped[Name]


class Draft(Base):
    """A wizard's unfinished form, saved inside the vault (never in a temp file)."""

    __tablename__ = "drafts"

    id: Mapped[PrimaryId]
    case_id: Mapped[str | None] = mapped_column(
        String(ID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    form_id: Mapped[str] = mapped_column(String(80))
    form_version: Mapped[int] = mapped_column(Integer())
    payload: Mapped[dict[str, Any]] = mapped_column(JSON(), default=dict)
    updated_at: Mapped[CreatedAt]


class SchoolSetting(Base):
    """A school-wide setting kept inside the vault (key and JSON value)."""

    __tablename__ = "school_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON())
    updated_at: Mapped[CreatedAt]


__all__ = ["Case", "CaseNote", "Draft", "Participant", "Person", "Report", "SchoolSetting"]
