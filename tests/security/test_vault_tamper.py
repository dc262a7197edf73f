"""Damaged or tampered vault files are reported as damage, never as a wrong passphrase."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from ehbc_desktop.vault import database, keyslots
from ehbc_desktop.vault.errors import (
    TooManyAttemptsError,
    VaultDamagedError,
    WrongCredentialsError,
)
from ehbc_desktop.vault.instance_lock import ensure_free
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS, KdfParams
from ehbc_desktop.vault.throttle import UnlockThrottle
from ehbc_desktop.vault.vault import (
    create_vault,
    read_vault_info,
    unlock_vault,
    unlock_with_recovery,
)

PASSPHRASE = "de juiste woorden"
PAGE = 4096


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A locked vault with two users and some checkpointed data."""
    folder = tmp_path / "vault"
    vault, _ = create_vault(folder, "School", "anna", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    vault.add_user("bert", "bert")
    with vault.engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x BLOB)"))
        for _ in range(200):
            conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": os.urandom(1500)})
    vault.lock()  # closing checkpoints the WAL into the database file
    assert not (folder / "vault.db-wal").exists()
    return folder


def _blocked(folder: Path) -> UnlockThrottle:
    throttle = UnlockThrottle(clock=lambda: 0.0)
    for _ in range(10):
        throttle.failed(os.path.normcase(str(folder.resolve())))
    return throttle


def test_every_flipped_byte_in_the_slot_file_is_damage_before_any_key_work(
    folder: Path,
) -> None:
    path = folder / "keyslots.json"
    original = path.read_bytes()
    throttle = _blocked(folder)
    # Sanity: with the file intact, the blocked throttle is what answers.
    with pytest.raises(TooManyAttemptsError):
        unlock_vault(folder, "anna", PASSPHRASE, throttle=throttle)
    for position in range(len(original)):
        damaged = bytearray(original)
        damaged[position] ^= 0x01
        path.write_bytes(bytes(damaged))
        # Damage is found while reading, before the throttle and before Argon2id.
        with pytest.raises(VaultDamagedError):
            unlock_vault(folder, "anna", PASSPHRASE, throttle=throttle)
        with pytest.raises(VaultDamagedError):
            read_vault_info(folder)
    path.write_bytes(original)
    unlock_vault(folder, "anna", PASSPHRASE).lock()


def test_flips_inside_the_wrapped_key_are_damage(folder: Path) -> None:
    path = folder / "keyslots.json"
    original = path.read_bytes()
    wrapped = json.loads(original)["body"]["users"][0]["wrapped"].encode()
    start = original.index(wrapped)
    for offset in (0, 7, len(wrapped) // 2, len(wrapped) - 3):
        damaged = bytearray(original)
        # Swap for another valid base64 letter, so only the checksum can notice.
        damaged[start + offset] = ord("B") if damaged[start + offset] != ord("B") else ord("C")
        path.write_bytes(bytes(damaged))
        with pytest.raises(VaultDamagedError) as caught:
            unlock_vault(folder, "anna", PASSPHRASE, throttle=UnlockThrottle())
        assert caught.value.detail == "keyslots-checksum"


def test_truncated_or_empty_slot_file_is_damage(folder: Path) -> None:
    path = folder / "keyslots.json"
    original = path.read_bytes()
    for data in (b"", original[: len(original) // 2], original + b"x", b"\x00" * 2_000_000):
        path.write_bytes(data)
        with pytest.raises(VaultDamagedError):
            unlock_vault(folder, "anna", PASSPHRASE, throttle=UnlockThrottle())


def _forge(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Rewrite the slot file with a fresh (unkeyed) checksum, as an attacker could."""
    path = folder / "keyslots.json"
    outer = json.loads(path.read_bytes())
    change(outer["body"])
    inner = {"body": outer["body"], "mac": outer["mac"]}
    outer["sha256"] = hashlib.sha256(keyslots._canonical(inner)).hexdigest()
    path.write_bytes(keyslots._canonical(outer) + b"\n")


def test_absurd_kdf_params_are_refused_before_any_work(folder: Path) -> None:
    def absurd(body: dict[str, Any]) -> None:
        body["users"][0]["kdf"]["memory_kib"] = 2**40
        body["recovery"]["kdf"]["iterations"] = 10**9

    _forge(folder, absurd)
    throttle = _blocked(folder)
    # Refused while reading: the blocked throttle (checked before Argon2id) is never reached.
    for attempt in (
        lambda: unlock_vault(folder, "anna", PASSPHRASE, throttle=throttle),
        lambda: unlock_with_recovery(folder, "0" * 32, "anna", throttle=throttle),
        lambda: read_vault_info(folder),
    ):
        with pytest.raises(VaultDamagedError) as caught:
            attempt()
        assert caught.value.detail == "kdf-bounds"


def test_a_forged_admin_flag_is_caught_by_the_mac(folder: Path) -> None:
    def promote(body: dict[str, Any]) -> None:
        body["users"][1]["admin"] = True

    _forge(folder, promote)
    assert read_vault_info(folder).admins == ("anna", "bert")  # the public header believes it
    with pytest.raises(VaultDamagedError) as caught:
        unlock_vault(folder, "bert", "bert")
    assert caught.value.detail == "keyslots-mac"


def test_a_flipped_byte_in_a_middle_page_is_damage_at_unlock(folder: Path) -> None:
    path = folder / "vault.db"
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    assert pages > 20
    data[(pages // 2) * PAGE + 1234] ^= 0x40
    path.write_bytes(bytes(data))
    with pytest.raises(VaultDamagedError) as caught:
        unlock_vault(folder, "anna", PASSPHRASE)
    assert caught.value.detail == "database-page"
    # The failed unlock let go of the instance lock.
    ensure_free(folder / "vault.lock")


def test_a_flipped_byte_in_the_first_page_is_damage(folder: Path) -> None:
    path = folder / "vault.db"
    data = bytearray(path.read_bytes())
    data[200] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(VaultDamagedError) as caught:
        unlock_vault(folder, "anna", PASSPHRASE)
    assert caught.value.detail == "database-header"


def test_another_vaults_database_is_damage(tmp_path: Path, folder: Path) -> None:
    other, _ = create_vault(tmp_path / "other", "Other", "anna", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    other.lock()
    (folder / "vault.db").write_bytes((tmp_path / "other" / "vault.db").read_bytes())
    with pytest.raises(VaultDamagedError):
        unlock_vault(folder, "anna", PASSPHRASE)


def test_a_missing_database_is_damage(folder: Path) -> None:
    (folder / "vault.db").unlink()
    with pytest.raises(VaultDamagedError) as caught:
        unlock_vault(folder, "anna", PASSPHRASE)
    assert caught.value.detail == "database-missing"
    assert not (folder / "vault.db").exists()


def test_damage_found_while_reading_is_a_typed_error(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # The engine alone, without the unlock-time page check: damage must surface on read as
    # VaultDamagedError, not as the driver's exception.
    key = os.urandom(32)
    path = tmp_path / "plain.db"
    engine = database.make_engine(path, key)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x BLOB)"))
        for _ in range(200):
            conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": os.urandom(1500)})
    engine.dispose()
    data = bytearray(path.read_bytes())
    data[(len(data) // PAGE // 2) * PAGE + 99] ^= 0x01
    path.write_bytes(bytes(data))
    engine = database.make_engine(path, key)
    with pytest.raises(VaultDamagedError) as caught, engine.connect() as conn:
        conn.execute(text("SELECT length(x) FROM t")).all()
    assert caught.value.detail == "database-page"
    assert database.integrity_errors(engine) != []
    engine.dispose()
    # SQLCipher's own logging is silenced: nothing about pages or HMACs on the console.
    assert "hmac" not in capfd.readouterr().err.lower()


def test_slot_params_cannot_be_swapped_between_slots(folder: Path) -> None:
    slots = keyslots.read_slot_file(folder / "keyslots.json")
    anna = slots.users[0]
    moved = dataclasses.replace(anna, params=KdfParams(anna.params.memory_kib * 2, 1, 1))
    with pytest.raises(WrongCredentialsError):
        keyslots.unwrap_slot(slots.vault_id, moved, b"de juiste woorden")


def test_a_large_database_skips_the_full_check_but_damage_still_surfaces(folder: Path) -> None:
    vault = unlock_vault(folder, "anna", PASSPHRASE)
    key = keyslots.unwrap_slot(
        vault.info.vault_id,
        keyslots.read_slot_file(folder / "keyslots.json").users[0],
        PASSPHRASE.encode(),
    )
    vault.lock()
    path = folder / "vault.db"
    data = bytearray(path.read_bytes())
    data[(len(data) // PAGE // 2) * PAGE + 321] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(VaultDamagedError):
        database.open_engine(path, key)
    # Pretend the file is large: the unlock-time check is skipped, reads still catch it.
    engine = database.open_engine(path, key, full_check_max_bytes=0)
    with pytest.raises(VaultDamagedError), engine.connect() as conn:
        conn.execute(text("SELECT length(x) FROM t")).all()
    engine.dispose()
