"""The screens word every error the vault and the services can raise (never "something went
wrong" for a known error), in Dutch and in English."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtCore import QCoreApplication

from ehbc_desktop.ui.errors import _UNKNOWN, message_for
from ehbc_desktop.vault.errors import VaultWriteError
from tests.error_classes import bare_instance, defined_error_classes


@pytest.mark.parametrize("kind", defined_error_classes(), ids=lambda k: k.__qualname__)
def test_every_error_has_its_own_message_on_screen(qapp: object, kind: type[BaseException]) -> None:
    text = message_for(bare_instance(kind))
    assert text not in (_UNKNOWN, QCoreApplication.translate("Errors", _UNKNOWN))
    assert kind.__name__ not in text


def test_a_full_disk_anywhere_is_said_as_such(qapp: object) -> None:
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError("INSERT", {}, Exception("database or disk is full"))
    for exc in (wrapped, VaultWriteError("database", errno.ENOSPC), OSError(errno.ENOSPC, "")):
        assert "disk is full" in message_for(exc) or "schijf is vol" in message_for(exc)
