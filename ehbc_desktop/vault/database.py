"""The SQLCipher engine: a raw 256-bit data key, WAL with synchronous=FULL, integrity checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

DATA_KEY_BYTES = 32


class DatabaseKeyError(Exception):
    """The database could not be read with this key: wrong key, or damaged or changed pages."""


def _connect(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    # A raw key: SQLCipher skips its own PBKDF2 (the key is already random and 256-bit).
    connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        connection.close()
        raise DatabaseKeyError(str(exc)) from exc
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def make_engine(path: Path, data_key: bytes) -> Engine:
    """Return an engine over the encrypted database at `path` (created when missing).

    One connection is shared (StaticPool): the vault serialises database work on one worker,
    and a single connection keeps the key in one place. Raises DatabaseKeyError when the key
    does not open the file.
    """
    connection = _connect(path, data_key)

    engine = create_engine(
        "sqlite://",
        creator=lambda: connection,
        poolclass=StaticPool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite-style transaction handling: let SQLAlchemy emit BEGIN itself.
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def integrity_errors(engine: Engine) -> list[str]:
    """Run SQLCipher's page HMAC check and SQLite's integrity check; return the problems found."""
    problems: list[str] = []
    with engine.connect() as conn:
        for (row,) in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
            problems.append(str(row))
        for (row,) in conn.exec_driver_sql("PRAGMA quick_check"):
            if row != "ok":
                problems.append(str(row))
    return problems
