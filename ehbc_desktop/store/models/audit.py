"""ORM class of the append-only, hash-chained audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.store.base import ID_LENGTH, Base, Name, Text_


class AuditEvent(Base):
    """One audit entry; `hash` covers its canonical fields and the previous entry's hash."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_case_id_at", "case_id", "at"),)

    seq: Mapped[int] = mapped_column(Integer(), primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    user: Mapped[Name]
    action: Mapped[AuditAction]
    target: Mapped[Text_]
    # No foreign key: the log outlives deleted cases.
    case_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    detail: Mapped[Text_]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
