"""Colleagues and roles: list them with their last unlock, add, remove, change roles, passphrases.

The key slots live in the vault's key-slot file (`vault.users`); this service adds what the
database knows (the last unlock of each colleague, from the audit log) and writes an audit event
for every change. Removing a colleague destroys their key slot: from then on their passphrase
opens nothing. What removal does NOT undo is described in `docs/vault.md` ("Removing a
colleague") and shown to the administrator before they confirm.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from ehbc_desktop.domain.enums import AuditAction, UserRole
from ehbc_desktop.services.access.passphrase_strength import require_strong
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.passphrase_words import generate_passphrase
from ehbc_desktop.vault.usernames import normalise_user_name

MIN_PASSPHRASE_LENGTH = 12


@dataclass(frozen=True)
class ColleagueRow:
    """One colleague as the list shows them."""

    name: str
    role: UserRole
    must_change: bool  # still has the starting passphrase an administrator handed out
    last_unlock: datetime | None
    is_me: bool


def propose_starting_passphrase() -> str:
    """A fresh multi-word passphrase to hand to a new colleague (changed at their first unlock)."""
    return generate_passphrase()


def check_passphrase(passphrase: str) -> None:
    """A passphrase is at least 12 characters (the strength meter asks for more).

    Raises:
        InvalidInputError("passphrase").
    """
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInputError("passphrase")


class UserService:
    """The vault's colleagues; every change is audited as USER (names of colleagues only)."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def list_users(self) -> list[ColleagueRow]:
        """Every colleague with role, starting-passphrase flag and last unlock."""
        with self._vs.unit() as s:
            rows = s.execute(
                select(m.AuditEvent.user, func.max(m.AuditEvent.at))
                .where(m.AuditEvent.action == AuditAction.UNLOCK)
                .group_by(m.AuditEvent.user)
            ).all()
            last: dict[str, datetime] = {str(r[0]): r[1] for r in rows}
        return [
            ColleagueRow(u.name, u.role, u.must_change, last.get(u.name), u.name == self._vs.user)
            for u in self._vs.vault.user_entries()
        ]

    def add_user(self, name: str, starting_passphrase: str, role: UserRole) -> None:
        """Add a colleague with a one-time starting passphrase (changed at their first unlock).

        Raises:
            InvalidUserNameError; InvalidInputError("passphrase"); PassphraseTooWeakError;
            NotAllowedError: not an administrator; UserExistsError; VaultWriteError.
        """
        name = normalise_user_name(name)
        check_passphrase(starting_passphrase)
        require_strong(starting_passphrase, self._vs.passphrase_context(name))
        self._vs.vault.add_user(name, starting_passphrase, role=role, must_change=True)
        self._vs.audit(AuditAction.USER, f"user:{name}", detail=f"added;role={role.value}")

    def remove_user(self, name: str) -> None:
        """Destroy a colleague's key slot (never the last administrator, never oneself).

        Raises:
            NotAllowedError; UnknownUserError; LastAdministratorError; VaultWriteError.
        """
        self._vs.vault.remove_user(name)
        self._vs.audit(AuditAction.USER, f"user:{name}", detail="removed;slot_destroyed")

    def set_role(self, name: str, role: UserRole) -> None:
        """Give a colleague another role.

        Raises:
            NotAllowedError; UnknownUserError; LastAdministratorError; VaultWriteError.
        """
        self._vs.vault.set_role(name, role)
        self._vs.is_admin = self._vs.vault.is_admin
        self._vs.audit(AuditAction.USER, f"user:{name}", detail=f"role={role.value}")

    def renew_recovery_code(self) -> str:
        """A new recovery code (administrators); the old one opens nothing any more.

        Returns the new code, to be written down or printed at once (an administrator can print
        it again later). Audited without the code.

        Raises:
            NotAllowedError: not an administrator; VaultWriteError.
        """
        code = self._vs.vault.renew_recovery_code()
        self._vs.audit(AuditAction.USER, "vault:recovery", detail="recovery_code_renewed")
        return code

    def change_own_passphrase(self, current: str, new: str) -> None:
        """Change the passphrase of the user who is unlocked; the current one is asked again.

        Raises:
            WrongCredentialsError: the current passphrase is wrong; InvalidInputError.
        """
        check_passphrase(new)
        self._vs.vault.check_passphrase(current)
        self._vs.change_passphrase(new)


__all__ = ["ColleagueRow", "UserService", "check_passphrase", "propose_starting_passphrase"]
