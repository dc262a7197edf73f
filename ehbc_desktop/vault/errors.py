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


class VaultRolledBackError(VaultDamagedError):
    """The database is older than the vault's commit record says it must be.

    An older copy of ``vault.db`` was put back (a sync tool, a restored file, an old USB copy)
    or committed changes were lost. ``detail`` is ``"database-older"`` or ``"record-missing"``
    (the record that proves how far the database got is gone while the database has commits).
    """


class VaultFormatTooNewError(VaultDamagedError):
    """A vault file is of a newer format than this program reads: a newer version wrote it.

    Not damage, though a program that does not know the format must not touch it either; it
    is a `VaultDamagedError` so that every path that refuses a damaged file refuses this one.
    ``detail`` names the file (``"keyslots-version"``).
    """


class JournalDamagedError(VaultDamagedError):
    """The write-ahead log that holds the last commit is damaged, cut short or missing.

    ``detail`` is ``"journal-damaged"`` or ``"journal-missing"``.
    """
class InvalidUserNameError(VaultError):
    """A user name that is empty, too long, or holds control or direction-override characters."""


class OutputRefusedError(VaultError):
    """An output file the program will not write.

    Attributes:
        reason: ``"inside-vault"`` (in or onto a vault or backup folder), ``"exists"`` (an
            existing file without permission to replace it) or ``"not-a-file"`` (a folder or
            device stands at that path).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_SQLITE_FULL = 13
_SQLITE_IOERR = 10


def errno_of(exc: BaseException) -> int | None:
    """The operating-system error number behind `exc`, looking through its causes.

    Understands OSError, the typed write errors (their ``errno``), and SQLite's own errors
    (directly or wrapped by SQLAlchemy), which carry no errno: "database or disk is full"
    becomes ENOSPC and a disk I/O error EIO. None when no such cause is found.
    """
    import errno as errno_codes

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        code = getattr(current, "errno", None)
        if isinstance(code, int):
            return code
        sqlite_code = getattr(current, "sqlite_errorcode", None)
        text = str(current).lower()
        if sqlite_code == _SQLITE_FULL or "database or disk is full" in text:
            return errno_codes.ENOSPC
        if sqlite_code == _SQLITE_IOERR or "disk i/o error" in text:
            return errno_codes.EIO
        orig = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's
        current = orig if isinstance(orig, BaseException) else (
            current.__cause__ or current.__context__
        )
    return None
