"""ORM class of the evidence export log: why a piece of evidence was copied out of the vault."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from ehbc_desktop.store.base import ID_LENGTH, Base, CreatedAt, Name, PrimaryId, Text_


class EvidenceExport(Base):
    """One plaintext copy of evidence made outside the vault, with the reason given.

    The free-text reason may hold names, so it lives here (encrypted) and the audit event only
    refers to this row's id. No foreign keys: the log outlives the evidence and the case.
    """

    __tablename__ = "evidence_exports"

    id: Mapped[PrimaryId]
    evidence_id: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)
    case_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    exported_at: Mapped[CreatedAt]
    exported_by: Mapped[Name]
    reason_kind: Mapped[str] = mapped_column(String(40))
    reason: Mapped[Text_]


__all__ = ["EvidenceExport"]
