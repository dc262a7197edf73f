"""The one place where vault and service errors become clear, translated messages."""

from __future__ import annotations

import errno as errno_codes
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.vault.errors import TooManyAttemptsError, VaultWriteError, errno_of

_CONTEXT = "Errors"

_SERVICES = "ehbc_desktop.services.errors."
_VAULT = "ehbc_desktop.vault.errors."
_VAULT_INTERNAL = "ehbc_desktop.vault."
_REPORTS = "ehbc_desktop.reports.base."
# Messages that more than one error shares.
_EVIDENCE_DAMAGED = QT_TRANSLATE_NOOP("Errors",
    "A piece of evidence in the vault is damaged or missing. Ask the school's ICT "
    "coordinator to restore a backup.")
_ARCHIVE_DAMAGED = QT_TRANSLATE_NOOP("Errors",
    "The archive is damaged or was changed after it was made. Nothing was imported.")
_VAULT_DAMAGED = QT_TRANSLATE_NOOP("Errors",
    "The vault is damaged or was changed outside this program. Do not change any file in "
    "its folder; ask the school's ICT coordinator to restore a backup.")

# Keyed by the error class's full name, so this module needs neither the services nor what
# they import (the unlock screen uses it at start-up). `message_for` walks the error's class
# hierarchy, so the most specific message wins; a test checks that every name exists.
_MESSAGES: dict[str, str] = dict((
    (_SERVICES + "AuditChainBrokenError", QT_TRANSLATE_NOOP("Errors",
        "The log of changes inside the vault was altered. The vault stays closed; ask the "
        "school's ICT coordinator to restore a backup.")),
    (_SERVICES + "VaultTooNewError", QT_TRANSLATE_NOOP("Errors",
        "This vault was last used by a newer version of EHBC Desktop. Install that version "
        "to open it.")),
    (_VAULT + "VaultFormatTooNewError", QT_TRANSLATE_NOOP("Errors",
        "This vault was last used by a newer version of EHBC Desktop. Install that version "
        "to open it.")),
    (_VAULT + "MistypedRecoveryCodeError", QT_TRANSLATE_NOOP("Errors",
        "This recovery key contains a typing error. Check every group of characters against "
        "the paper copy.")),
    (_VAULT + "WrongCredentialsError", QT_TRANSLATE_NOOP("Errors",
        "The name or passphrase is not correct. Check the name and try again; watch out for "
        "Caps Lock.")),
    (_VAULT + "JournalDamagedError", QT_TRANSLATE_NOOP("Errors",
        "The vault stays closed: the log file with the last saved changes (vault.db-wal) is "
        "damaged or gone. Ask the ICT coordinator to restore the latest backup.")),
    (_VAULT + "VaultRolledBackError", QT_TRANSLATE_NOOP("Errors",
        "The vault stays closed: vault.db is an older copy than the last saved version (put "
        "back by a sync program, for example). Ask the ICT coordinator to restore the latest "
        "backup.")),
    (_VAULT + "VaultDamagedError", _VAULT_DAMAGED),
    (_VAULT + "VaultInUseError", QT_TRANSLATE_NOOP("Errors",
        "The vault is already open, in another window or on another account of this PC. Close "
        "it there first.")),
    (_VAULT + "VaultNotFoundError", QT_TRANSLATE_NOOP("Errors",
        "No vault was found in the data folder.")),
    (_VAULT + "VaultExistsError", QT_TRANSLATE_NOOP("Errors",
        "There already is a vault in the data folder; it was left untouched.")),
    (_VAULT + "VaultLockedError", QT_TRANSLATE_NOOP("Errors",
        "The vault was locked. Unlock it and try again.")),
    (_VAULT + "NotAllowedError", QT_TRANSLATE_NOOP("Errors",
        "You are not allowed to do this. Ask the person who manages the vault.")),
    (_VAULT + "UserExistsError", QT_TRANSLATE_NOOP("Errors",
        "A user with this name already exists (upper and lower case count as the same).")),
    (_VAULT + "InvalidUserNameError", QT_TRANSLATE_NOOP("Errors",
        "This name can not be used: it is empty, longer than 64 characters, or holds a line "
        "break, a tab or a character that turns the reading direction around.")),
    (_VAULT_INTERNAL + "blobs.BlobError", _EVIDENCE_DAMAGED),
    (_VAULT_INTERNAL + "stream_aead.StreamError", _EVIDENCE_DAMAGED),
    (_VAULT_INTERNAL + "archive_manifest.ArchiveError", _ARCHIVE_DAMAGED),
    (_VAULT_INTERNAL + "age_header.AgeError", _ARCHIVE_DAMAGED),
    (_VAULT_INTERNAL + "database.DatabaseKeyError", _VAULT_DAMAGED),
    ("ehbc_desktop.services.archive.record_json.RecordFormatError", QT_TRANSLATE_NOOP("Errors",
        "The archive's content is refused. Nothing was imported.")),
    (_VAULT_INTERNAL + "passphrase_words.WordListError", QT_TRANSLATE_NOOP("Errors",
        "A file of the program itself is missing or damaged. Install the program again.")),
    (_REPORTS + "ReportError", QT_TRANSLATE_NOOP("Errors",
        "The document could not be laid out: an image or a data file in it is unusable.")),
    (_VAULT + "LastAdministratorError", QT_TRANSLATE_NOOP("Errors",
        "That is not possible: the vault must keep at least one administrator. Make someone "
        "else administrator first.")),
    (_VAULT + "UnknownUserError", QT_TRANSLATE_NOOP("Errors",
        "This colleague is no longer in the vault.")),
    (_VAULT + "VaultError", QT_TRANSLATE_NOOP("Errors",
        "The vault could not do this. Nothing was changed.")),
    (_SERVICES + "CaseConfidentialError", QT_TRANSLATE_NOOP("Errors",
        "This case is sealed (confidential). A colleague who may open it works on it by "
        "opening the case; to put it in an archive, they lift the sealing first.")),
    (_SERVICES + "CaseClosedError", QT_TRANSLATE_NOOP("Errors",
        "This case is closed, so nothing can be added. Reopen the case first.")),
    (_SERVICES + "OverrideReasonRequiredError", QT_TRANSLATE_NOOP("Errors",
        "Write down why you go ahead anyway; without a reason this can not be done.")),
    (_SERVICES + "AnswersInvalidError", QT_TRANSLATE_NOOP("Errors",
        "Some answers are missing or not right yet. Go back through the pages and look for "
        "the red text.")),
    (_SERVICES + "NotFoundError", QT_TRANSLATE_NOOP("Errors",
        "This case or person no longer exists. Go back to the list and look again.")),
    (_SERVICES + "InvalidInputError", QT_TRANSLATE_NOOP("Errors",
        "Some information is missing or not valid. Check the fields and try again.")),
    (_SERVICES + "SessionClosedError", QT_TRANSLATE_NOOP("Errors",
        "The vault was locked. Unlock it and try again.")),
    (_SERVICES + "ClosingGapsError", QT_TRANSLATE_NOOP("Errors",
        "The case cannot be closed yet: give a reason for every item that is not settled.")),
    (_SERVICES + "SettingInvalidError", QT_TRANSLATE_NOOP("Errors",
        "One of the settings is not allowed. Check the values and try again.")),
    (_SERVICES + "DocumentUnavailableError", QT_TRANSLATE_NOOP("Errors",
        "This document can not be made for this case now: the case lacks what it prints, or "
        "the pupil asked that the parents are not involved.")),
    (_SERVICES + "ServiceError", QT_TRANSLATE_NOOP("Errors",
        "This could not be done. Nothing was changed.")),
))  # fmt: skip

_DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk is full. Make room on the disk and try again; nothing was lost."
)
_NO_PERMISSION = QT_TRANSLATE_NOOP(
    "Errors",
    "The program may not write in its data folder. Ask the ICT coordinator to give you write "
    "access.",
)
_DISK_OTHER = QT_TRANSLATE_NOOP(
    "Errors", "A file in the data folder could not be read or written. Try again."
)
_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "Something went wrong. Nothing was changed; try again.")
_OUTPUT = {
    "inside-vault": QT_TRANSLATE_NOOP(
        "Errors",
        "That file would land in the vault's folder or in a backup of it. Choose a folder "
        "outside the vault; nothing was written.",
    ),
    "exists": QT_TRANSLATE_NOOP(
        "Errors", "A file with that name exists already. Choose another name; nothing was written."
    ),
    "not-a-file": QT_TRANSLATE_NOOP(
        "Errors", "A folder stands at that place, not a file. Choose a file name."
    ),
}
_TOO_WEAK = QT_TRANSLATE_NOOP(
    "Errors",
    "This passphrase is too weak. %1 For example, this phrase of random words would do: %2",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def wait_message(seconds: float) -> str:
    """The countdown text after too many wrong attempts."""
    return _Countdown().text(max(1, math.ceil(seconds)))


class _Countdown(QObject):
    """Plural texts need `self.tr(text, "", n)`: the form lupdate reads as a plural."""

    def text(self, seconds: int) -> str:
        return self.tr("Too many wrong attempts. Wait %n second(s) and try again.", "", seconds)


def _disk_message(code: int | None) -> str:
    if code == errno_codes.ENOSPC:
        return _tr(_DISK_FULL)
    if code in (errno_codes.EACCES, errno_codes.EPERM, errno_codes.EROFS):
        return _tr(_NO_PERMISSION)
    return _tr(_DISK_OTHER)


_SPECIAL: tuple[tuple[type[BaseException], Callable[[BaseException], str]], ...] = (
    (TooManyAttemptsError, lambda e: wait_message(getattr(e, "wait_seconds", 1))),
    (VaultWriteError, lambda e: _disk_message(getattr(e, "errno", None))),
    (OSError, lambda e: _disk_message(getattr(e, "errno", None))),
)


def _rule_refused(exc: BaseException) -> str:
    # Imported here: the refusal sentences need the domain rules, which start-up must not load;
    # this error only comes from the services, so they are loaded by then anyway.
    from ehbc_desktop.ui.conversations.refusals import refusal_message

    return refusal_message(getattr(exc, "reasons", ()))


def _grid_incomplete(exc: BaseException) -> str:
    from ehbc_desktop.ui.conversations.refusals import grid_message

    return grid_message(len(getattr(exc, "gaps", ())))


def _agreement_incomplete(exc: BaseException) -> str:
    from ehbc_desktop.ui.conversations.refusals import agreement_message

    return agreement_message(getattr(exc, "row", -1))


def _too_weak(exc: BaseException) -> str:
    from ehbc_desktop.services.access.passphrase_strength import suggest_passphrase
    from ehbc_desktop.ui.firststart.pages import strength_text

    strength = getattr(exc, "strength", None)
    reason = strength_text(strength) if strength is not None else ""
    return _tr(_TOO_WEAK).replace("%1", reason).replace("%2", suggest_passphrase())


def _evidence(exc: BaseException) -> str:
    from ehbc_desktop.ui.evidence.messages import error_message

    return error_message(exc)


def _output_refused(exc: BaseException) -> str:
    return _tr(_OUTPUT.get(str(getattr(exc, "reason", "")), _OUTPUT["exists"]))


# Errors whose message is built from what they carry, keyed by full class name as above.
_BUILDERS: dict[str, Callable[[BaseException], str]] = {
    _SERVICES + "RuleRefusedError": _rule_refused,
    _SERVICES + "GridIncompleteError": _grid_incomplete,
    _SERVICES + "AgreementIncompleteError": _agreement_incomplete,
    _SERVICES + "ExportFailedError": lambda e: _disk_message(getattr(e, "errno", None)),
    _SERVICES + "PassphraseTooWeakError": _too_weak,
    "ehbc_desktop.services.evidence.evidence_errors.EvidenceServiceError": _evidence,
    _VAULT + "OutputRefusedError": _output_refused,
}


def message_for(exc: BaseException) -> str:
    """A short message for the teacher: what happened and what to do now. Never a traceback.

    A full disk or a missing permission is recognised first, wherever it happened (a file,
    the database, a backup): the teacher can act on that.
    """
    code = errno_of(exc)
    if code is not None and not isinstance(exc, TooManyAttemptsError):
        return _disk_message(code)
    for kind, build in _SPECIAL:
        if isinstance(exc, kind):
            return build(exc)
    for kind in type(exc).__mro__:
        name = f"{kind.__module__}.{kind.__qualname__}"
        builder = _BUILDERS.get(name)
        if builder is not None:
            return builder(exc)
        text = _MESSAGES.get(name)
        if text is not None:
            return _tr(text)
    return _tr(_UNKNOWN)


def known_error_names() -> list[str]:
    """The full class names this module has a message for (the test checks they exist)."""
    return [*_MESSAGES, *_BUILDERS]
