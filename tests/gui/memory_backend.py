"""An in-memory `Backend` for the start screens' widget tests (first start, unlock errors).

It keeps the vault's public facts (school, users, passphrase, recovery key) in memory and plays
back the failures a test queues, so the screens are tested without key derivation or files.
It opens no services: a test that needs the workspace uses a real vault (tests/gui/conftest.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ehbc_desktop.ui.backend import CaseServices, VaultSummary
from ehbc_desktop.vault.errors import WrongCredentialsError

if TYPE_CHECKING:
    from ehbc_desktop.services.session import VaultSession
    from ehbc_desktop.ui.backend import Backend

SCHOOL = "Testschool Gent"
USER = "An Peeters"
PASSPHRASE = "mijn fiets heeft zeven versnellingen"
RECOVERY_KEY = "K7QF-2M9X-HW4T-8RZP-C3VD-N6YB"


@dataclass
class MemorySession:
    """What the start screens use of an open session: its user and the passphrase rules."""

    school: str
    user: str
    users: tuple[str, ...]
    must_change_passphrase: bool = False
    has_box_key: bool = True
    new_passphrases: list[str] = field(default_factory=list)

    def passphrase_context(self, *extra: str) -> tuple[str, ...]:
        """The names a passphrase must not be built from."""
        return (self.school, *self.users, *extra)

    def change_passphrase(self, new: str) -> None:
        """Remember the new passphrase; the recovery path is then done."""
        self.new_passphrases.append(new)
        self.must_change_passphrase = False


@dataclass
class MemoryBackend:
    """A vault held in memory. Queue exceptions in `*_errors` to make the next calls fail."""

    exists: bool = True
    school: str = SCHOOL
    users: tuple[str, ...] = (USER,)
    passphrase: str = PASSPHRASE
    recovery_key: str = RECOVERY_KEY
    info_error: BaseException | None = None
    create_errors: list[BaseException] = field(default_factory=list)
    unlock_errors: list[BaseException] = field(default_factory=list)
    created: list[tuple[str, str, str]] = field(default_factory=list)
    unlocked: list[str] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        """A folder name only: nothing is ever written."""
        return Path("memory-vault")

    def vault_exists(self) -> bool:
        """True once a vault was created (or when the test says so)."""
        return self.exists

    def vault_info(self) -> VaultSummary:
        """The school and users, or the queued failure (a damaged header, ...)."""
        if self.info_error is not None:
            raise self.info_error
        return VaultSummary(self.school, self.users)

    def create(self, school: str, user: str, passphrase: str) -> tuple[VaultSession, str]:
        """Record the creation; fail with the next queued error first, if any."""
        self.created.append((school, user, passphrase))
        if self.create_errors:
            raise self.create_errors.pop(0)
        self.exists, self.school, self.users, self.passphrase = True, school, (user,), passphrase
        return self._session(user), self.recovery_key

    def unlock(self, user: str, passphrase: str) -> VaultSession:
        """Open for a known user with the right passphrase; queued errors come first."""
        self.unlocked.append(user)
        if self.unlock_errors:
            raise self.unlock_errors.pop(0)
        if user not in self.users or passphrase != self.passphrase:
            raise WrongCredentialsError()
        return self._session(user)

    def unlock_with_recovery(self, code: str, user: str) -> VaultSession:
        """Open with the recovery key (any spacing or case); a new passphrase is then due."""
        if _normal(code) != _normal(self.recovery_key) or user not in self.users:
            raise WrongCredentialsError()
        return self._session(user, must_change=True)

    def open_services(self, session: VaultSession) -> CaseServices:
        """Not in memory: the workspace needs a real vault."""
        raise NotImplementedError("the in-memory backend opens no services; use a real vault")

    def preload(self) -> None:
        """Nothing to import ahead."""

    def _session(self, user: str, must_change: bool = False) -> VaultSession:
        session = MemorySession(self.school, user, self.users, must_change)
        return cast("VaultSession", session)  # the screens use only MemorySession's part


def _normal(code: str) -> str:
    return "".join(code.split()).replace("-", "").upper()


if TYPE_CHECKING:
    _CHECK: Backend = MemoryBackend()  # the protocol is kept (checked by mypy on this file)
