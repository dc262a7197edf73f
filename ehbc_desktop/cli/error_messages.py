"""Maps the typed errors of the vault and the services to the command line's messages.

A full disk or a missing permission is recognised first, wherever it happened (a file, the
database, a backup), so it is always said as such; then the most specific error type wins.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ehbc_desktop.cli.messages import message

Values = Callable[[Any], dict[str, object]]


def _no_values(_exc: Any) -> dict[str, object]:
    return {}


def _weak(lang: str) -> Values:
    def values(exc: Any) -> dict[str, object]:
        from ehbc_desktop.services.access.passphrase_strength import suggest_passphrase

        hint = getattr(getattr(exc, "strength", None), "hint", None)
        key = f"weak_{getattr(hint, 'value', 'add_words')}"
        return {"reason": message(key, lang), "suggestion": suggest_passphrase()}

    return values


def _table(lang: str) -> list[tuple[type[BaseException], str, Values]]:
    """Most specific first: the first matching type words the error."""
    from ehbc_desktop.reports.base import ReportError
    from ehbc_desktop.services import errors as se
    from ehbc_desktop.services.archive.record_json import RecordFormatError
    from ehbc_desktop.services.evidence.evidence_errors import EvidenceServiceError
    from ehbc_desktop.vault import errors as ve
    from ehbc_desktop.vault.age_header import AgeError
    from ehbc_desktop.vault.archive_manifest import ArchiveError
    from ehbc_desktop.vault.blobs import BlobError
    from ehbc_desktop.vault.database import DatabaseKeyError
    from ehbc_desktop.vault.passphrase_words import WordListError
    from ehbc_desktop.vault.stream_aead import StreamError

    return [
        (ve.MistypedRecoveryCodeError, "mistyped_recovery", _no_values),
        (ve.WrongCredentialsError, "wrong_credentials", _no_values),
        (ve.VaultInUseError, "in_use", _no_values),
        (ve.VaultNotFoundError, "not_found", _no_values),
        (ve.VaultExistsError, "exists", _no_values),
        (ve.NotAllowedError, "not_allowed", _no_values),
        (ve.LastAdministratorError, "last_admin", _no_values),
        (ve.UnknownUserError, "unknown_user", _no_values),
        (ve.UserExistsError, "user_exists", _no_values),
        (ve.InvalidUserNameError, "user_name_invalid", _no_values),
        (ve.VaultLockedError, "vault_locked", _no_values),
        (se.AuditChainBrokenError, "audit_broken", _no_values),
        (
            ve.TooManyAttemptsError,
            "too_many_attempts",
            lambda e: {"seconds": max(1, round(getattr(e, "wait_seconds", 1)))},
        ),
        (
            ve.JournalDamagedError,
            "journal_damaged",
            lambda e: {"detail": getattr(e, "detail", "")},
        ),
        (ve.VaultRolledBackError, "database_older", _no_values),
        (ve.VaultFormatTooNewError, "too_new", _no_values),
        (ve.VaultDamagedError, "damaged", lambda e: {"detail": getattr(e, "detail", "")}),
        (ve.VaultWriteError, "write_failed", lambda e: {"detail": _os_detail(e)}),
        (ve.VaultError, "vault_error", _no_values),
        (se.PassphraseTooWeakError, "passphrase_weak", _weak(lang)),
        (
            se.CaseNotFoundError,
            "no_such_case",
            lambda e: {"reference": getattr(e, "reference", "")},
        ),
        (se.NotFoundError, "record_not_found", _no_values),
        (se.InvalidInputError, "invalid_input", lambda e: {"field": getattr(e, "field", "")}),
        (
            se.DocumentUnavailableError,
            "document_unavailable",
            lambda e: {"reason": getattr(e, "reason", "")},
        ),
        (se.SessionClosedError, "vault_locked", _no_values),
        (se.StartingPassphraseError, "starting_passphrase_first",
         lambda e: {"user": getattr(e, "user", "")}),
        (se.VaultTooNewError, "too_new", _no_values),
        (se.CaseClosedError, "case_closed", _no_values),
        (se.RuleRefusedError, "rule_refused", _no_values),
        (se.OverrideReasonRequiredError, "override_needed", _no_values),
        (se.AnswersInvalidError, "answers_invalid", _no_values),
        (se.GridIncompleteError, "answers_invalid", _no_values),
        (se.AgreementIncompleteError, "answers_invalid", _no_values),
        (se.ClosingGapsError, "closing_gaps", _no_values),
        (se.SettingInvalidError, "setting_invalid", _no_values),
        (se.ExportFailedError, "write_failed", lambda e: {"detail": _os_detail(e)}),
        (EvidenceServiceError, "", _no_values),  # worded by its `code`, see error_message
        (se.ServiceError, "service_error", _no_values),
        (BlobError, "evidence-damaged", _no_values),
        (StreamError, "evidence-damaged", _no_values),
        (ArchiveError, "archive-damaged", _no_values),
        (AgeError, "archive-damaged", _no_values),
        (RecordFormatError, "archive-bad-content", _no_values),
        (DatabaseKeyError, "damaged", lambda _e: {"detail": "database"}),
        (WordListError, "program_damaged", _no_values),
        (ReportError, "report_failed", _no_values),
        (OSError, "write_failed", lambda e: {"detail": _os_detail(e)}),
    ]


def _evidence_message(exc: BaseException, lang: str) -> str:
    from ehbc_desktop.cli.messages import MESSAGES

    code = str(getattr(exc, "code", ""))
    if code == "write-failed":
        return message(code, lang, detail=_os_detail(exc))
    return message(code, lang) if code in MESSAGES else message("service_error", lang)


def error_message(exc: BaseException, lang: str, folder: Path | str = "") -> str:
    """The user's line for `exc`; never its repr, which could carry private text."""
    from ehbc_desktop.vault.errors import OutputRefusedError, errno_of

    if isinstance(exc, OutputRefusedError):
        reason = getattr(exc, "reason", "exists").replace("-", "_")
        return message(f"output_{reason}", lang)
    code = errno_of(exc)
    if code == errno.ENOSPC:
        return message("disk_full", lang)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return message("no_permission", lang)
    for kind, key, values in _table(lang):
        if isinstance(exc, kind):
            if not key:
                return _evidence_message(exc, lang)
            missing = key == "database_older" and getattr(exc, "detail", "") == "record-missing"
            return message("record_missing" if missing else key, lang, folder=folder, **values(exc))
    return message("unexpected", lang, kind=type(exc).__name__)


def _os_detail(exc: BaseException) -> str:
    """The error code's name (ENOENT...), the same in both languages.

    A full disk and a missing permission never get here: `error_message` says them first.
    """
    from ehbc_desktop.vault.errors import errno_of

    code = errno_of(exc)
    return errno.errorcode.get(code, "I/O") if isinstance(code, int) else "I/O"
