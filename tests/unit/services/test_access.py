"""Creating and opening vaults through the services: migrations, audit check, LOCK and UNLOCK."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.errors import AuditChainBrokenError, SessionClosedError, VaultTooNewError
from ehbc_desktop.store.models import AuditEvent
from ehbc_desktop.store.schema import current_revision, head_revision
from ehbc_desktop.vault import vault
from ehbc_desktop.vault.errors import VaultDamagedError, WrongCredentialsError
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "paarse olifant fietst traag"


def _actions(folder: Path) -> list[AuditAction]:
    opened = vault.unlock_vault(folder, "juf.an", PASSPHRASE)
    try:
        with opened.engine.connect() as conn:
            return [
                AuditAction(a)
                for a in conn.execute(select(AuditEvent.action).order_by(AuditEvent.seq)).scalars()
            ]
    finally:
        opened.lock()


def test_create_lock_unlock_records_each_step(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert not access.vault_exists(folder)
    session, code = access.create(folder, "Sint-Jozef", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    assert code
    assert access.vault_exists(folder)
    assert access.vault_info(folder).school == "Sint-Jozef"
    assert current_revision(session.vault.engine) == head_revision()
    assert session.user == "juf.an" and session.is_admin
    session.close()

    again = access.unlock(folder, "juf.an", PASSPHRASE)
    assert not again.must_change_passphrase
    again.close()
    assert _actions(folder) == [
        AuditAction.CREATE_VAULT,
        AuditAction.LOCK,
        AuditAction.UNLOCK,
        AuditAction.LOCK,
    ]


def test_wrong_passphrase_and_recovery(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    session, code = access.create(folder, "School", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    session.close()
    with pytest.raises(WrongCredentialsError):
        access.unlock(folder, "juf.an", "fout")
    recovered = access.unlock_with_recovery(folder, code, "juf.an")
    assert recovered.must_change_passphrase
    recovered.change_passphrase("een heel nieuwe zin")
    assert not recovered.must_change_passphrase
    recovered.close()
    access.unlock(folder, "juf.an", "een heel nieuwe zin").close()


def test_a_changed_audit_log_refuses_the_unlock(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    session, _ = access.create(folder, "School", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    session.close()
    opened = vault.unlock_vault(folder, "juf.an", PASSPHRASE)
    with opened.engine.begin() as conn:  # someone with the key edits the log behind our back
        conn.execute(text("DROP TRIGGER audit_events_no_update"))
        conn.execute(text("UPDATE audit_events SET user = 'iemand' WHERE seq = 1"))
    opened.lock()

    with pytest.raises(AuditChainBrokenError) as caught:
        access.unlock(folder, "juf.an", PASSPHRASE)
    assert caught.value.problems == ["entry 1: content does not match its hash"]
    # The failed unlock left the vault locked: it can be opened again.
    vault.unlock_vault(folder, "juf.an", PASSPHRASE).lock()


def test_a_vault_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    session, _ = access.create(folder, "School", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    session.close()
    opened = vault.unlock_vault(folder, "juf.an", PASSPHRASE)
    with opened.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    opened.lock()
    with pytest.raises(VaultTooNewError):
        access.unlock(folder, "juf.an", PASSPHRASE)
    vault.unlock_vault(folder, "juf.an", PASSPHRASE).lock()  # left locked, not in use


def test_a_closed_session_refuses_work(tmp_path: Path) -> None:
    session, _ = access.create(
        tmp_path / "vault", "School", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS
    )
    session.close()
    with pytest.raises(SessionClosedError):
        CaseService(session).list_cases()


def test_a_broken_chain_is_reported_like_a_damaged_vault() -> None:
    error = AuditChainBrokenError(["entry 3: does not link to the entry before it"])
    assert isinstance(error, VaultDamagedError)
    assert error.detail == "audit-chain"
    assert "entry" not in str(error)
