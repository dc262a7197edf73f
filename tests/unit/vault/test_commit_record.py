"""The commit record file, the WAL reader and the open-time rules, piece by piece."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from ehbc_desktop.vault import commit_record as cr
from ehbc_desktop.vault.durability import (
    check_after_open,
    check_before_open,
    check_database_file,
)
from ehbc_desktop.vault.errors import JournalDamagedError, VaultDamagedError, VaultRolledBackError
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from ehbc_desktop.vault.vault import create_vault
from ehbc_desktop.vault.wal_check import WalState, inspect_wal

KEY = cr.record_key(bytes(range(32)))
PRINT = b"\x11" * 32


def _record(counter: int, checkpointed: int = 0, state: cr.RecordState = cr.RecordState.STEADY):
    return cr.CommitRecord(0, counter, checkpointed, state, PRINT, 3, b"\x22" * 32)


def test_the_newest_slot_wins_and_a_torn_write_falls_back(tmp_path: Path) -> None:
    path = tmp_path / cr.RECORD_FILE
    records = cr.RecordFile(path, KEY, None)
    records.write(_record(1))
    records.write(_record(2))
    records.write(_record(3))
    records.close()
    assert cr.read_record(path, KEY).counter == 3  # type: ignore[union-attr]
    assert path.stat().st_size == cr.FILE_SIZE
    data = bytearray(path.read_bytes())
    data[10] ^= 0x40  # the slot of write 3 (the first slot) is torn
    path.write_bytes(bytes(data))
    assert cr.read_record(path, KEY).counter == 2  # type: ignore[union-attr]


def test_both_slots_bad_or_another_key_is_damage(tmp_path: Path) -> None:
    path = tmp_path / cr.RECORD_FILE
    cr.RecordFile(path, KEY, None).write(_record(1))
    with pytest.raises(VaultDamagedError) as other:
        cr.read_record(path, cr.record_key(os.urandom(32)))
    assert other.value.detail == "record-damaged"
    path.write_bytes(bytes(cr.FILE_SIZE))
    with pytest.raises(VaultDamagedError):
        cr.read_record(path, KEY)
    assert cr.read_record(tmp_path / "none", KEY) is None


def test_wal_reader_counts_the_commits_sqlite_would_keep(tmp_path: Path) -> None:
    vault, _code = create_vault(
        tmp_path / "v", "School", "anna", "lange zin voor de test", kdf=FAST_TEST_PARAMS
    )
    try:
        with vault.engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x BLOB)"))
        for _ in range(3):
            with vault.engine.begin() as conn:
                conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": os.urandom(3000)})
        wal = tmp_path / "v" / "vault.db-wal"
        state = inspect_wal(wal)
        assert state.transactions == 4
        data = wal.read_bytes()
        page = int.from_bytes(data[8:12], "big")
        copy = tmp_path / "copy-wal"
        copy.write_bytes(data[:-100])  # the last commit frame is cut
        assert inspect_wal(copy).transactions == 3
        middle = 32 + (24 + page) * (state.committed_frames // 2) + 100
        copy.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :])
        assert inspect_wal(copy).transactions < 4
    finally:
        vault.lock()
    assert inspect_wal(tmp_path / "absent") == WalState(exists=False)


def test_open_rules() -> None:
    whole = WalState(exists=True, size=9000, committed_frames=4, transactions=2)
    check_before_open(_record(5, 3), whole)  # two commits since the checkpoint: both there
    with pytest.raises(JournalDamagedError, match="journal-damaged"):
        check_before_open(_record(6, 3), whole)
    with pytest.raises(JournalDamagedError, match="journal-missing"):
        check_before_open(_record(5, 3), WalState(exists=False))
    check_before_open(_record(5, 5), WalState(exists=False))  # all checkpointed
    check_database_file(_record(5, 5), PRINT, lambda: 0)  # same file: not even read
    check_database_file(_record(5, 5), b"\x33" * 32, lambda: 5)  # moved on, not older
    with pytest.raises(VaultRolledBackError, match="database-older"):
        check_database_file(_record(5, 5), b"\x33" * 32, lambda: 4)
    # During a checkpoint vault.db is half written: no fingerprint, but the WAL must be whole.
    checkpointing = _record(5, 3, cr.RecordState.CHECKPOINTING)
    check_before_open(checkpointing, WalState(exists=True))
    check_database_file(checkpointing, b"\x33" * 32, lambda: 5)
    with pytest.raises(JournalDamagedError):
        check_before_open(checkpointing, WalState(exists=True, size=500))
    check_after_open(_record(5, 3), 5)
    check_after_open(_record(5, 3), 6)  # one ahead: never reported as saved
    with pytest.raises(JournalDamagedError):
        check_after_open(_record(5, 3), 4)
    with pytest.raises(VaultRolledBackError, match="database-older"):
        check_after_open(_record(5, 3), 2)
    with pytest.raises(VaultRolledBackError, match="record-missing"):
        check_after_open(None, 1)
    check_after_open(None, 0)  # a vault from before the record
