"""Typed vault errors: codes and fields only; the UI and the CLI turn them into messages."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error the vault raises on purpose."""


class WrongCredentialsError(VaultError):
    """The user name, passphrase or recovery code does not open the vault.

    An unknown user and a wrong passphrase raise the same error on purpose, so the error does
    not tell an attacker which user names exist.
    """


class MistypedRecoveryCodeError(WrongCredentialsError):
    """The recovery code's checksum does not match: a typing error, caught before any key work."""


class VaultDamagedError(VaultError):
    """A vault file is corrupt or was changed outside the program.

    Attributes:
        detail: a short machine-readable code, for example ``"keyslots-checksum"``.
    """

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class VaultInUseError(VaultError):
    """The vault is already open, in another program or in this one.

    Attributes:
        pid: process id of the holder, when the lock file names one.
        hostname: computer name of the holder, when known.
        since: ISO-8601 time at which the holder took the lock, when known.
    """

    def __init__(self, pid: int | None = None, hostname: str = "", since: str = "") -> None:
        super().__init__(pid, hostname, since)
        self.pid = pid
        self.hostname = hostname
        self.since = since


class VaultNotFoundError(VaultError):
    """The folder holds no vault (no key-slot file)."""


class VaultExistsError(VaultError):
    """A vault (or what is left of one) already lives in this folder."""


class VaultLockedError(VaultError):
    """The vault was locked; its keys and engine are gone until it is unlocked again."""


class NotAllowedError(VaultError):
    """The current user may not do this (for example: a non-admin adding a user)."""


class UserExistsError(VaultError):
    """A user with this name already has a key slot."""


class TooManyAttemptsError(VaultError):
    """Too many wrong attempts in a row; try again after `wait_seconds`."""

    def __init__(self, wait_seconds: float) -> None:
        super().__init__(wait_seconds)
        self.wait_seconds = wait_seconds


class VaultWriteError(VaultError):
    """A vault file could not be written (disk full, no permission, ...).

    Attributes:
        operation: what was being written, for example ``"keyslots"``.
        errno: the operating system's error number, when there was one.
    """

    def __init__(self, operation: str, errno: int | None = None) -> None:
        super().__init__(operation, errno)
        self.operation = operation
        self.errno = errno


class UnknownUserError(VaultError):
    """No colleague of this vault has that name."""


class LastAdministratorError(VaultError):
    """The change would leave the vault without an administrator."""
