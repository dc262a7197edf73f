"""Unlock timings with the real, calibrated Argon2id (run on purpose; not in the normal run).

python -m pytest tests/bench/test_bench_unlock.py --benchmark-columns=min,mean,max
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ehbc_desktop.vault import database, kdf, keyslots
from ehbc_desktop.vault.kdf import KdfParams
from ehbc_desktop.vault.vault import _open, create_vault, unlock_vault

PASSPHRASE = "een lange en goede zin"


@pytest.fixture(scope="module")
def calibrated() -> KdfParams:
    """The parameters a new vault would get on this PC (the test setting is bypassed)."""
    params = kdf.calibrate()
    print(f"\ncalibrated: {params}")
    return params


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, calibrated: KdfParams) -> Path:
    folder = tmp_path_factory.mktemp("bench") / "vault"
    vault, _ = create_vault(folder, "Bench", "anna", PASSPHRASE, kdf=calibrated)
    vault.lock()
    return folder


def test_kdf_alone(benchmark: pytest.FixtureRequest, calibrated: KdfParams) -> None:
    salt = os.urandom(kdf.SALT_BYTES)
    benchmark.pedantic(  # type: ignore[attr-defined]
        kdf.derive_key, args=(PASSPHRASE.encode(), salt, calibrated), rounds=5, iterations=1
    )


def test_unlock_and_lock(benchmark: pytest.FixtureRequest, folder: Path) -> None:
    def unlock_lock() -> None:
        unlock_vault(folder, "anna", PASSPHRASE).lock()

    benchmark.pedantic(unlock_lock, rounds=5, iterations=1)  # type: ignore[attr-defined]


def test_unlock_without_kdf(benchmark: pytest.FixtureRequest, folder: Path) -> None:
    """Everything an unlock does except Argon2id: read and check slots, MAC, lock, open, check."""
    slots = keyslots.read_slot_file(folder / "keyslots.json")
    key = keyslots.unwrap_slot(slots.vault_id, slots.users[0], PASSPHRASE.encode())

    def open_lock() -> None:
        fresh = keyslots.read_slot_file(folder / "keyslots.json")
        _open(folder, fresh, key, "anna", must_change=False).lock()

    benchmark.pedantic(open_lock, rounds=20, iterations=1)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, bytes]]:
    """A 50 MB encrypted database, checkpointed."""
    path = tmp_path_factory.mktemp("big") / "vault.db"
    key = os.urandom(32)
    engine = database.make_engine(path, key)
    database.stamp_new(engine)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x BLOB)"))
        for _ in range(50 * 256):
            conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": os.urandom(3900)})
    engine.dispose()
    print(f"\ndatabase size: {path.stat().st_size / 1e6:.1f} MB")
    yield path, key


def test_open_with_page_check_50mb(
    benchmark: pytest.FixtureRequest, big_database: tuple[Path, bytes]
) -> None:
    path, key = big_database

    def open_check() -> None:
        database.open_engine(path, key).dispose()

    benchmark.pedantic(open_check, rounds=5, iterations=1)  # type: ignore[attr-defined]
