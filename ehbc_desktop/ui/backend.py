"""What the window needs from the layers below, as a small interface the composition root fills."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from ehbc_desktop.services.container import Services

if TYPE_CHECKING:  # the services pull in SQLAlchemy: never import them at start-up
    from ehbc_desktop.services.session import VaultSession

#: The services of one unlocked session, built once by the composition root and handed to
#: the screens (the container imports each service only when it is first used).
CaseServices = Services


class VaultSummary(NamedTuple):
    """What the unlock screen shows before any key is known (a named tuple: `dataclasses`
    costs about 4 ms to import before the first paint)."""

    school: str
    users: tuple[str, ...]


class Backend(Protocol):
    """Opening and creating the vault in one folder; every call runs on the worker thread."""

    @property
    def folder(self) -> Path:
        """The vault folder."""

    def vault_exists(self) -> bool:
        """True when the folder holds a vault."""

    def vault_info(self) -> VaultSummary:
        """School and user names, readable without a passphrase."""

    def create(self, school: str, user: str, passphrase: str) -> tuple[VaultSession, str]:
        """Create the vault; return the open session and the recovery key."""

    def unlock(self, user: str, passphrase: str) -> VaultSession:
        """Open the vault for `user`."""

    def unlock_with_recovery(self, code: str, user: str) -> VaultSession:
        """Open the vault with the recovery key; the user must choose a new passphrase."""

    def open_services(self, session: VaultSession) -> CaseServices:
        """Build the services over an open session."""

    def preload(self) -> None:
        """Import the heavy modules ahead of the first unlock (called on the worker)."""
