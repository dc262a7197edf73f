"""The SQLCipher engine: key handling, the vault stamp, driver errors mapped to typed errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from ehbc_desktop.vault import database
from ehbc_desktop.vault.errors import VaultDamagedError, VaultWriteError


def test_wrong_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db"
    engine = database.make_engine(path, os.urandom(32))
    database.stamp_new(engine)
    engine.dispose()
    with pytest.raises(database.DatabaseKeyError):
        database.make_engine(path, os.urandom(32))


def test_key_must_be_32_bytes(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        database.make_engine(tmp_path / "db", b"short")


def test_pragmas_are_set(tmp_path: Path) -> None:
    engine = database.make_engine(tmp_path / "db", os.urandom(32))
    database.stamp_new(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == database.APPLICATION_ID
    engine.dispose()


def test_an_unstamped_database_is_not_a_vault(tmp_path: Path) -> None:
    key = os.urandom(32)
    engine = database.make_engine(tmp_path / "db", key)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x)"))
    engine.dispose()
    with pytest.raises(VaultDamagedError) as caught:
        database.open_engine(tmp_path / "db", key)
    assert caught.value.detail == "database-foreign"


def test_transactions_roll_back(tmp_path: Path) -> None:
    engine = database.make_engine(tmp_path / "db", os.urandom(32))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x)"))
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
        raise RuntimeError
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0
    engine.dispose()


def test_driver_errors_are_classified() -> None:
    assert database.is_damage(sqlcipher3.DatabaseError("database disk image is malformed"))
    assert database.is_damage(sqlcipher3.DatabaseError("file is not a database"))
    assert not database.is_damage(sqlcipher3.OperationalError("no such table: x"))
    assert database.is_write_failure(sqlcipher3.OperationalError("database or disk is full"))
    assert database.is_write_failure(
        sqlcipher3.OperationalError("attempt to write a readonly database")
    )
    assert not database.is_write_failure(sqlcipher3.OperationalError("no such table: x"))


def test_a_full_database_is_a_write_error(tmp_path: Path) -> None:
    # max_page_count makes SQLite report "database or disk is full", as a full disk does.
    engine = database.make_engine(tmp_path / "db", os.urandom(32))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x BLOB)"))
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(VaultWriteError) as caught, engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": os.urandom(100_000)})
    assert caught.value.operation == "database"
    engine.dispose()


def test_every_statement_is_a_safe_point_for_the_gui_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker waits for a GUI thread that fell behind before each statement
    # (`ehbc_desktop.interpreter_share`).
    calls: list[int] = []
    monkeypatch.setattr(database, "make_room_for_gui", lambda: calls.append(1) or False)
    engine = database.make_engine(tmp_path / "db", os.urandom(32))
    database.stamp_new(engine)
    before = len(calls)
    with engine.begin() as conn:
        for value in range(3):
            conn.execute(text("SELECT :v"), {"v": value})
    engine.dispose()
    assert len(calls) - before >= 3
