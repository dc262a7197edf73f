"""Clear messages for the errors of the evidence, archive and backup services (by code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.services.errors import InvalidInputError, NotFoundError
from ehbc_desktop.services.evidence.evidence_errors import ArchiveTooNewError, EvidenceServiceError
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP

_CONTEXT = "EvidenceMessages"

_GENERIC = QT_TRANSLATE_NOOP("EvidenceMessages", "Something went wrong. Nothing was changed.")
_TEXTS: dict[str, str] = {
    "cancelled": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "Stopped. Nothing was kept.",
    ),
    "source-unreadable": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "The file could not be read. Is it still there, and may you open it?",
    ),
    "write-failed": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "The file could not be written: the disk may be full, the folder read-only, "
        "or a file with that name exists already.",
    ),
    "evidence-damaged": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "This piece of evidence is damaged or missing in the vault. Restore a "
        "backup, or ask the school's ICT coordinator.",
    ),
    "evidence-too-large": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "This file is too large to show here. Export a copy to open it.",
    ),
    "not-a-file": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "This is not an ordinary file (a folder, a pipe or a device). Choose the file itself; "
        "nothing was stored.",
    ),
    "file-too-large": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "This file is larger than the vault takes for one piece of evidence. Nothing was "
        "stored; ask the ICT coordinator.",
    ),
    "not-enough-space": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "The disk of the vault has too little free space for this file. Make room and try "
        "again; nothing was stored.",
    ),
    "no-bytes": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "Nothing of this item was stored, on purpose.",
    ),
    "archive-wrong-passphrase": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "The archive's passphrase is not correct. Ask the sender again, by phone or in person.",
    ),
    "archive-not-an-archive": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "This file is not a case archive of this program.",
    ),
    "archive-too-new": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "A newer version of this program made this archive. Update first.",
    ),
    "archive-too-costly": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "This archive asks for an unreasonable amount of work to open and is refused.",
    ),
    "archive-damaged": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "The archive is damaged or was changed after it was made. Nothing was "
        "imported. Ask the sender for a new copy.",
    ),
    "archive-bad-content": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "The archive's content is refused. Nothing was imported.",
    ),
    "archive-unreadable": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "The archive file could not be read.",
    ),
    "restore-target-not-empty": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "A backup can only be restored into an empty or new folder.",
    ),
    "backup-damaged": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "The backup is damaged. Nothing was restored.",
    ),
    "not-a-backup": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "This folder is not a backup made by this program.",
    ),
    "backup-too-new": QT_TRANSLATE_NOOP(
        "EvidenceMessages",
        "This backup was made by a newer version of EHBC Desktop. Install that version to "
        "restore it. Nothing was restored.",
    ),
}


def error_message(error: BaseException) -> str:
    """The translated message for an error the services raise on purpose."""
    from ehbc_desktop.ui.errors import message_for

    if isinstance(error, ArchiveTooNewError):
        return QCoreApplication.translate(_CONTEXT, _TEXTS["archive-too-new"])
    if isinstance(error, EvidenceServiceError):
        if getattr(error, "errno", None) is not None:
            return message_for(error)  # a full disk or no permission, said as such
        text = _TEXTS.get(error.code, _GENERIC)
        return QCoreApplication.translate(_CONTEXT, text)
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate(
            _CONTEXT, QT_TRANSLATE_NOOP("EvidenceMessages", "This item no longer exists.")
        )
    if isinstance(error, InvalidInputError):
        return QCoreApplication.translate(
            _CONTEXT, QT_TRANSLATE_NOOP("EvidenceMessages", "Please fill in the required fields.")
        )
    return message_for(error)
