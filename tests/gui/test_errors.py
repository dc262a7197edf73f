"""Every error the lower layers raise on purpose gets its own clear message, never a traceback."""

from __future__ import annotations

import errno

import pytest

from ehbc_desktop.services.errors import (
    AuditChainBrokenError,
    CaseNotFoundError,
    InvalidInputError,
    SessionClosedError,
    VaultTooNewError,
)
from ehbc_desktop.services.evidence.evidence_errors import BackupTooNewError, NotABackupError
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.vault.errors import (
    MistypedRecoveryCodeError,
    TooManyAttemptsError,
    VaultDamagedError,
    VaultFormatTooNewError,
    VaultInUseError,
    VaultWriteError,
    WrongCredentialsError,
)


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (WrongCredentialsError(), "passphrase is not correct"),
        (MistypedRecoveryCodeError(), "typing error"),
        (TooManyAttemptsError(3.2), "Wait 4"),
        (VaultDamagedError("keyslots-checksum"), "damaged"),
        (AuditChainBrokenError(["row 3 changed"]), "log of changes"),
        (VaultInUseError(pid=12), "already open"),
        (VaultWriteError("keyslots", errno.ENOSPC), "disk is full"),
        (VaultWriteError("keyslots", errno.EACCES), "write access"),
        (VaultTooNewError("abc"), "newer version"),
        (VaultFormatTooNewError("keyslots-version"), "newer version"),
        (BackupTooNewError(), "newer version"),
        (NotABackupError(), "not a backup"),
        (CaseNotFoundError("c1"), "no longer exists"),
        (InvalidInputError("first_name"), "missing or not valid"),
        (SessionClosedError(), "was locked"),
        (RuntimeError("internal detail"), "Something went wrong"),
    ],
)
def test_each_error_has_its_message(error: BaseException, words: str) -> None:
    text = message_for(error)
    assert words in text
    assert "internal detail" not in text and "Traceback" not in text


def test_every_message_names_an_existing_error_class() -> None:
    import importlib

    from ehbc_desktop.ui.errors import known_error_names

    for name in known_error_names():
        module, _, cls = name.rpartition(".")
        found = getattr(importlib.import_module(module), cls, None)
        assert isinstance(found, type) and issubclass(found, BaseException), name
