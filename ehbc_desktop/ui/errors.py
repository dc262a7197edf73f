"""The one place where vault and service errors become clear, translated messages."""

from __future__ import annotations

import errno as errno_codes
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.services.errors import (
    AgreementIncompleteError,
    AnswersInvalidError,
    AuditChainBrokenError,
    CaseClosedError,
    GridIncompleteError,
    InvalidInputError,
    NotFoundError,
    OverrideReasonRequiredError,
    RuleRefusedError,
    ServiceError,
    SessionClosedError,
    VaultTooNewError,
)
from ehbc_desktop.ui.conversations.refusals import (
    agreement_message,
    grid_message,
    refusal_message,
)
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.vault.errors import (
    MistypedRecoveryCodeError,
    NotAllowedError,
    TooManyAttemptsError,
    UserExistsError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultLockedError,
    VaultNotFoundError,
    VaultWriteError,
    WrongCredentialsError,
)

_CONTEXT = "Errors"

# Most specific first: the first class that matches decides the message.
_MESSAGES: tuple[tuple[type[BaseException], str], ...] = (
    (AuditChainBrokenError, QT_TRANSLATE_NOOP("Errors",
        "The log of changes inside the vault was altered. The vault stays closed; ask the "
        "school's ICT coordinator to restore a backup.")),
    (VaultTooNewError, QT_TRANSLATE_NOOP("Errors",
        "This vault was last used by a newer version of EHBC Desktop. Install that version "
        "to open it.")),
    (MistypedRecoveryCodeError, QT_TRANSLATE_NOOP("Errors",
        "This recovery key contains a typing error. Check every group of characters against "
        "the paper copy.")),
    (WrongCredentialsError, QT_TRANSLATE_NOOP("Errors",
        "The name or passphrase is not correct. Check the name and try again; watch out for "
        "Caps Lock.")),
    (VaultDamagedError, QT_TRANSLATE_NOOP("Errors",
        "The vault is damaged or was changed outside this program. Do not change any file in "
        "its folder; ask the school's ICT coordinator to restore a backup.")),
    (VaultInUseError, QT_TRANSLATE_NOOP("Errors",
        "The vault is already open, in another window or on another account of this PC. Close "
        "it there first.")),
    (VaultNotFoundError, QT_TRANSLATE_NOOP("Errors", "No vault was found in the data folder.")),
    (VaultExistsError, QT_TRANSLATE_NOOP("Errors",
        "There already is a vault in the data folder; it was left untouched.")),
    (VaultLockedError, QT_TRANSLATE_NOOP("Errors",
        "The vault was locked. Unlock it and try again.")),
    (NotAllowedError, QT_TRANSLATE_NOOP("Errors",
        "You are not allowed to do this. Ask the person who manages the vault.")),
    (UserExistsError, QT_TRANSLATE_NOOP("Errors", "A user with this name already exists.")),
    (VaultError, QT_TRANSLATE_NOOP("Errors",
        "The vault could not do this. Nothing was changed.")),
    (CaseClosedError, QT_TRANSLATE_NOOP("Errors",
        "This case is closed, so nothing can be added. Reopen the case first.")),
    (OverrideReasonRequiredError, QT_TRANSLATE_NOOP("Errors",
        "Write down why you go ahead anyway; without a reason this can not be done.")),
    (AnswersInvalidError, QT_TRANSLATE_NOOP("Errors",
        "Some answers are missing or not right yet. Go back through the pages and look for "
        "the red text.")),
    (NotFoundError, QT_TRANSLATE_NOOP("Errors",
        "This case or person no longer exists. Go back to the list and look again.")),
    (InvalidInputError, QT_TRANSLATE_NOOP("Errors",
        "Some information is missing or not valid. Check the fields and try again.")),
    (SessionClosedError, QT_TRANSLATE_NOOP("Errors",
        "The vault was locked. Unlock it and try again.")),
    (ServiceError, QT_TRANSLATE_NOOP("Errors",
        "This could not be done. Nothing was changed.")),
)  # fmt: skip

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


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def wait_message(seconds: float) -> str:
    """The countdown text after too many wrong attempts."""
    remaining = max(1, math.ceil(seconds))
    return QCoreApplication.translate(
        "Errors", "Too many wrong attempts. Wait %n second(s) and try again.", None, remaining
    )


def _disk_message(code: int | None) -> str:
    if code == errno_codes.ENOSPC:
        return _tr(_DISK_FULL)
    if code in (errno_codes.EACCES, errno_codes.EPERM, errno_codes.EROFS):
        return _tr(_NO_PERMISSION)
    return _tr(_DISK_OTHER)


_SPECIAL: tuple[tuple[type[BaseException], Callable[[BaseException], str]], ...] = (
    (TooManyAttemptsError, lambda e: wait_message(getattr(e, "wait_seconds", 1))),
    (RuleRefusedError, lambda e: refusal_message(getattr(e, "reasons", ()))),
    (GridIncompleteError, lambda e: grid_message(len(getattr(e, "gaps", ())))),
    (AgreementIncompleteError, lambda e: agreement_message(getattr(e, "row", -1))),
    (VaultWriteError, lambda e: _disk_message(getattr(e, "errno", None))),
    (OSError, lambda e: _disk_message(getattr(e, "errno", None))),
)


def message_for(exc: BaseException) -> str:
    """A short message for the teacher: what happened and what to do now. Never a traceback."""
    for kind, build in _SPECIAL:
        if isinstance(exc, kind):
            return build(exc)
    for kind, text in _MESSAGES:
        if isinstance(exc, kind):
            return _tr(text)
    return _tr(_UNKNOWN)
