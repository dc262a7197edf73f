"""ORM classes of confidential ("afgeschermde") cases: the sealed content and who may open it."""

from __future__ import annotations

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from ehbc_desktop.store.base import ID_LENGTH, Base, CreatedAt, Name


class SealedCase(Base):
    """The whole content of a confidential case, encrypted under the case's own key.

    The `cases` row keeps only the reference, status and dates; every other row of the case
    was removed when it was sealed and lives, encrypted, in `ciphertext`.
    """

    __tablename__ = "sealed_cases"

    case_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    nonce: Mapped[bytes] = mapped_column(LargeBinary())
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary())
    sealed_by: Mapped[Name]
    sealed_at: Mapped[CreatedAt]


class CaseAccess(Base):
    """The case key wrapped for one colleague who may open the confidential case."""

    __tablename__ = "case_access"

    case_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    user: Mapped[str] = mapped_column(String(200), primary_key=True)
    ephemeral_public: Mapped[bytes] = mapped_column(LargeBinary())
    nonce: Mapped[bytes] = mapped_column(LargeBinary())
    wrapped: Mapped[bytes] = mapped_column(LargeBinary())
    granted_by: Mapped[Name]
    granted_at: Mapped[CreatedAt]


__all__ = ["CaseAccess", "SealedCase"]
