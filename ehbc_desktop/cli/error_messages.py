"""Maps the typed errors of the vault and the services to the command line's messages."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ehbc_desktop.cli.messages import message

Values = Callable[[Any], dict[str, object]]


def _no_values(_exc: Any) -> dict[str, object]:
    return {}


def _table() -> list[tuple[type[BaseException], str, Values]]:
    """Most specific first: the first matching type words the error."""
    from ehbc_desktop.services import errors as se
    from ehbc_desktop.vault import errors as ve

    return [
        (ve.WrongCredentialsError, "wrong_credentials", _no_values),
        (ve.VaultInUseError, "in_use", _no_values),
        (ve.VaultNotFoundError, "not_found", _no_values),
        (ve.VaultExistsError, "exists", _no_values),
        (ve.NotAllowedError, "not_allowed", _no_values),
        (ve.LastAdministratorError, "last_admin", _no_values),
        (ve.UnknownUserError, "unknown_user", _no_values),
        (ve.UserExistsError, "user_exists", _no_values),
        (se.AuditChainBrokenError, "audit_broken", _no_values),
        (
            ve.TooManyAttemptsError,
            "too_many_attempts",
            lambda e: {"seconds": max(1, round(e.wait_seconds))},
        ),
        (ve.VaultDamagedError, "damaged", lambda e: {"detail": e.detail}),
        (se.CaseNotFoundError, "no_such_case", lambda e: {"reference": e.reference}),
        (se.NotFoundError, "record_not_found", _no_values),
        (se.InvalidInputError, "invalid_input", lambda e: {"field": e.field}),
        (se.DocumentUnavailableError, "document_unavailable", lambda e: {"reason": e.reason}),
        (ve.VaultWriteError, "write_failed", lambda e: {"detail": _os_detail(e)}),
        (OSError, "write_failed", lambda e: {"detail": _os_detail(e)}),
    ]


def error_message(exc: BaseException, lang: str, folder: Path | str = "") -> str:
    """The user's line for `exc`; never its repr, which could carry private text."""
    for kind, key, values in _table():
        if isinstance(exc, kind):
            return message(key, lang, folder=folder, **values(exc))
    return message("unexpected", lang, kind=type(exc).__name__)


def _os_detail(exc: BaseException) -> str:
    code = getattr(exc, "errno", None)
    if code is None and exc.__cause__ is not None:
        code = getattr(exc.__cause__, "errno", None)
    if code == errno.ENOSPC:
        return "schijf vol / disk full"
    if code in (errno.EACCES, errno.EPERM):
        return "geen toegang / permission denied"
    return errno.errorcode.get(code, "I/O") if isinstance(code, int) else "I/O"
