"""Maps the typed errors of the vault and the services to the command line's messages."""

from __future__ import annotations

import errno
from pathlib import Path

from ehbc_desktop.cli.messages import message


def error_message(exc: BaseException, lang: str, folder: Path | str = "") -> str:
    """The user's line for `exc`; never its repr, which could carry private text."""
    from ehbc_desktop.services import errors as service_errors
    from ehbc_desktop.vault import errors as vault_errors

    simple: list[tuple[type[BaseException], str]] = [
        (vault_errors.WrongCredentialsError, "wrong_credentials"),
        (vault_errors.VaultInUseError, "in_use"),
        (vault_errors.VaultNotFoundError, "not_found"),
        (vault_errors.VaultExistsError, "exists"),
        (vault_errors.NotAllowedError, "not_allowed"),
        (service_errors.AuditChainBrokenError, "audit_broken"),
    ]
    for kind, key in simple:
        if isinstance(exc, kind):
            return message(key, lang, folder=folder)
    if isinstance(exc, vault_errors.TooManyAttemptsError):
        return message("too_many_attempts", lang, seconds=max(1, round(exc.wait_seconds)))
    if isinstance(exc, vault_errors.VaultDamagedError):
        return message("damaged", lang, detail=exc.detail)
    if isinstance(exc, service_errors.CaseNotFoundError):
        return message("no_such_case", lang, reference=exc.reference)
    if isinstance(exc, vault_errors.VaultWriteError | OSError):
        return message("write_failed", lang, detail=_os_detail(exc))
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
