"""An open vault, its unit-of-work factory and the current user, shared by every service."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.access.passphrase_strength import require_strong
from ehbc_desktop.services.errors import SessionClosedError
from ehbc_desktop.store import audit
from ehbc_desktop.vault.usernames import normalise_user_name

if TYPE_CHECKING:
    from ehbc_desktop.vault.vault import OpenVault


class VaultSession:
    """What services need of an unlocked vault; `close()` locks it.

    Attributes:
        vault: The open vault (keys, engine, users).
        user: The user who unlocked it; written into every audit event.
        is_admin: Whether that user may add users.
        must_change_passphrase: True after opening with the recovery code.
        sessions: Unit-of-work factory: `with session.sessions.begin() as s:`.
    """

    def __init__(self, vault: OpenVault) -> None:
        self.vault = vault
        self.user: str = vault.user
        self.is_admin: bool = vault.is_admin
        self.must_change_passphrase: bool = vault.must_change_passphrase
        self.sessions: sessionmaker[Session] = sessionmaker(vault.engine, expire_on_commit=False)
        self._closed = False

    @property
    def closed(self) -> bool:
        """True once the session has been locked."""
        return self._closed

    def unit(self) -> AbstractContextManager[Session]:
        """One unit of work that commits on success: `with vault_session.unit() as s:`."""
        if self._closed:
            raise SessionClosedError
        return self.sessions.begin()

    def audit(
        self,
        action: AuditAction,
        target: str,
        case_id: str | None = None,
        detail: str = "",
    ) -> None:
        """Record an audit event in its own unit of work (for events with no other change)."""
        with self.unit() as s:
            audit.record(s, self.user, action, target, case_id, detail)

    @property
    def has_box_key(self) -> bool:
        """False when this user's key for confidential cases was lost (an older vault opened
        with the recovery key): the new passphrase then makes a new key pair."""
        return self.vault.has_box_key

    def passphrase_context(self, *extra: str) -> tuple[str, ...]:
        """The names a passphrase of this vault must not be built from: school and users."""
        info = self.vault.info
        return (info.school, *info.users, *extra)

    def change_passphrase(self, new: str) -> None:
        """Give the current user a new passphrase (clears must_change_passphrase).

        Raises:
            PassphraseTooWeakError: the new passphrase is below the strength threshold.
        """
        if self._closed:
            raise SessionClosedError
        require_strong(new, self.passphrase_context())
        self.vault.change_passphrase(new)
        self.must_change_passphrase = False
        self.audit(AuditAction.USER, f"user:{self.user}", detail="passphrase_changed")

    def add_user(self, name: str, passphrase: str, admin: bool = False) -> None:
        """Give another user a key to this vault (admins only; the vault checks).

        Raises:
            InvalidUserNameError, UserExistsError, NotAllowedError (from the vault);
            PassphraseTooWeakError: the passphrase is below the strength threshold.
        """
        if self._closed:
            raise SessionClosedError
        name = normalise_user_name(name)
        require_strong(passphrase, self.passphrase_context(name))
        self.vault.add_user(name, passphrase, admin=admin)
        self.audit(AuditAction.USER, f"user:{name}", detail="admin" if admin else "user_added")

    def close(self) -> None:
        """Reseal open confidential cases, record LOCK, close the database, drop the keys.

        Safe to call twice.
        """
        if self._closed:
            return
        try:
            from ehbc_desktop.services.rights.confidential import reseal_open_cases

            reseal_open_cases(self, "lock")
            self.audit(AuditAction.LOCK, f"user:{self.user}")
        finally:
            self._closed = True
            self.vault.lock()
