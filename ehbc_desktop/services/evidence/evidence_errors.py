"""Typed errors of the evidence, archive and backup services, each with a stable ``code``.

The UI and the CLI turn the ``code`` (and the few fields) into Dutch or English text; the
errors themselves carry no user text, no names and no file content.
"""

from __future__ import annotations

from ehbc_desktop.services.errors import ServiceError


class EvidenceServiceError(ServiceError):
    """Base of the errors below; ``code`` names the message."""

    code = "evidence-error"


class OperationCancelledError(EvidenceServiceError):
    """The user cancelled; nothing was left behind."""

    code = "cancelled"


class EvidenceUnreadableError(EvidenceServiceError):
    """The source file could not be read (missing, no permission, a device error)."""

    code = "source-unreadable"


class EvidenceWriteError(EvidenceServiceError):
    """A file could not be written (disk full, no permission, ...).

    Attributes:
        errno: the operating system's error number when there was one (ENOSPC: disk full).
    """

    code = "write-failed"

    def __init__(self, detail: int | str | None = None) -> None:
        super().__init__(detail)
        self.errno = detail if isinstance(detail, int) else None


class EvidenceNotAFileError(EvidenceServiceError):
    """The source is a folder, a pipe (FIFO), a device or a socket: only files are taken."""

    code = "not-a-file"


class EvidenceFileTooLargeError(EvidenceServiceError):
    """The file is larger than the vault takes per piece of evidence (checked before copying).

    Attributes:
        size: the file's size in bytes.
        limit: the largest size allowed, in bytes.
    """

    code = "file-too-large"

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"{size} > {limit}")
        self.size = size
        self.limit = limit


class NotEnoughSpaceError(EvidenceServiceError):
    """The disk of the vault has too little free space for this file (checked before copying).

    Attributes:
        needed: bytes the copy needs (with a safety margin).
        free: bytes free on the disk.
    """

    code = "not-enough-space"

    def __init__(self, needed: int, free: int) -> None:
        super().__init__(f"{needed} > {free}")
        self.needed = needed
        self.free = free


class EvidenceDamagedError(EvidenceServiceError):
    """The stored evidence failed its check (changed, truncated or missing file)."""

    code = "evidence-damaged"


class EvidenceTooLargeError(EvidenceServiceError):
    """The evidence is larger than may be loaded into memory for viewing."""

    code = "evidence-too-large"


class NoEvidenceBytesError(EvidenceServiceError):
    """The item holds no bytes (sexual images of minors are never imported)."""

    code = "no-bytes"


class ArchiveServiceError(EvidenceServiceError):
    """Base of the archive errors."""

    code = "archive-error"


class ArchiveWrongPassphraseError(ArchiveServiceError):
    """The passphrase does not open the archive."""

    code = "archive-wrong-passphrase"


class ArchiveNotAnArchiveError(ArchiveServiceError):
    """The file is not a case archive (or empty)."""

    code = "archive-not-an-archive"


class ArchiveTooNewError(ArchiveServiceError):
    """A newer version of the program wrote the archive."""

    code = "archive-too-new"

    def __init__(self, version: int) -> None:
        super().__init__(f"archive version {version}")
        self.version = version


class ArchiveTooCostlyError(ArchiveServiceError):
    """The archive asks for more passphrase work than allowed (refused before doing it)."""

    code = "archive-too-costly"


class ArchiveDamagedError(ArchiveServiceError):
    """The archive was changed, truncated or extended after it was made."""

    code = "archive-damaged"


class ArchiveContentError(ArchiveServiceError):
    """The archive opens but its content is refused (unsafe name, over a limit, bad records)."""

    code = "archive-bad-content"

    def __init__(self, reason: str = "") -> None:
        super().__init__(reason)
        self.reason = reason


class ArchiveUnreadableError(ArchiveServiceError):
    """The archive file could not be read."""

    code = "archive-unreadable"


class BackupError(EvidenceServiceError):
    """Base of the backup errors."""

    code = "backup-error"


class BackupTargetNotEmptyError(BackupError):
    """A restore was asked into a folder that is not empty."""

    code = "restore-target-not-empty"


class BackupDamagedError(BackupError):
    """A backup file is missing or does not match the backup's list of checksums."""

    code = "backup-damaged"


class NotABackupError(BackupError):
    """The folder is not a backup made by this program."""

    code = "not-a-backup"


class BackupTooNewError(NotABackupError):
    """A newer version of the program made this backup (a format this one does not read)."""

    code = "backup-too-new"
