"""The SQLCipher engine: a raw 256-bit data key, WAL with synchronous=FULL, integrity checks.

With a `CommitTracker` (every vault database) the WAL is checkpointed after each commit that
wrote, and the commit counter and its record advance with it (see `durability`); SQLite's own
automatic checkpoints are off, so nothing else moves pages out of the WAL.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import StaticPool

from ehbc_desktop.interpreter_share import make_room_for_gui
from ehbc_desktop.vault.errors import VaultDamagedError, VaultWriteError

if TYPE_CHECKING:
    from ehbc_desktop.vault.durability import CommitTracker

DATA_KEY_BYTES = 32
# Written into the SQLite header of every vault database ("EHBC"); a database without it was
# not made by this program.
APPLICATION_ID = 0x45484243

# SQLCipher reports a failed page HMAC as "file is not a database" (first page) or as a
# malformed image (other pages); SQLite itself uses the same words for structural damage.
_DAMAGE_MARKERS = ("file is not a database", "malformed", "corrupt")
# A full disk, a read-only file or folder, or an I/O error while writing.
_WRITE_MARKERS = ("disk is full", "readonly database", "disk i/o error")
# Checking every page's HMAC costs about 2-4 ms per MB on a 2-core PC. Up to this size it runs
# at every unlock; past it the unlock checks the schema pages only, and damage elsewhere is
# still caught on read (each page's HMAC), as VaultDamagedError.
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024


class DatabaseKeyError(Exception):
    """The database could not be read with this key: wrong key, or damaged or changed pages."""


def is_damage(exc: BaseException) -> bool:
    """Return True when a driver error means a damaged (or tampered) database file."""
    if not isinstance(exc, sqlcipher3.DatabaseError):
        return False
    message = str(exc).lower()
    return any(marker in message for marker in _DAMAGE_MARKERS)


def is_write_failure(exc: BaseException) -> bool:
    """Return True when a driver error means the database could not be written."""
    if not isinstance(exc, sqlcipher3.OperationalError):
        return False
    message = str(exc).lower()
    return any(marker in message for marker in _WRITE_MARKERS)


def _connect(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")
    connection = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    # SQLCipher logs failed page checks to stderr; the program reports damage itself.
    connection.execute("PRAGMA cipher_log_level = NONE")
    # A raw key: SQLCipher skips its own PBKDF2 (the key is already random and 256-bit).
    connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.execute("PRAGMA journal_mode = WAL")
    except sqlcipher3.DatabaseError as exc:
        connection.close()
        raise DatabaseKeyError(str(exc)) from exc
    connection.execute("PRAGMA synchronous = FULL")
    # Checkpoints happen after each commit, in step with the commit record (durability.py).
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


class TrackedConnection:
    """The driver connection with the commit tracker's hooks around commit and rollback.

    Every other attribute is the driver connection's own, so SQLAlchemy sees a normal DBAPI
    connection.
    """

    def __init__(self, raw: sqlcipher3.Connection, tracker: CommitTracker) -> None:
        object.__setattr__(self, "_raw", raw)
        object.__setattr__(self, "tracker", tracker)
        # Also when nobody closes it (an unhandled error ends the program): SQLite's own
        # checkpoint-on-close would otherwise write vault.db behind the commit record's back.
        object.__setattr__(self, "_closer", weakref.finalize(self, _close, tracker, raw))

    def commit(self) -> None:
        """Commit; advance the counter inside the transaction and settle the WAL after it."""
        raw, tracker = self._raw, self.tracker
        advanced = tracker.before_commit(raw)
        raw.commit()
        tracker.after_commit(raw, advanced)

    def rollback(self) -> None:
        """Roll back and tell the tracker."""
        self._raw.rollback()
        self.tracker.after_rollback(self._raw)

    def close(self) -> None:
        """Checkpoint in step with the record, then close (SQLite would checkpoint unrecorded)."""
        self._closer()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._raw, name, value)


def _close(tracker: CommitTracker, raw: sqlcipher3.Connection) -> None:
    try:
        tracker.before_close(raw)
    finally:
        raw.close()


def make_engine(path: Path, data_key: bytes, tracker: CommitTracker | None = None) -> Engine:
    """Return an engine over the encrypted database at `path` (created when missing).

    One connection is shared (StaticPool): the vault serialises database work on one worker,
    and a single connection keeps the key in one place. Raises DatabaseKeyError when the key
    does not open the file. Later driver errors that mean a damaged page are raised as
    VaultDamagedError("database-page") instead of the driver's own exception, and a failed
    write (disk full, read-only) as VaultWriteError("database").
    """
    connection: Any = _connect(path, data_key)
    if tracker is not None:
        connection = TrackedConnection(connection, tracker)

    engine = create_engine(
        "sqlite://",
        creator=lambda: connection,
        poolclass=StaticPool,
        # SQL errors must never carry a note or a name into a message, a log or a crash report.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite-style transaction handling: let SQLAlchemy emit BEGIN itself.
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "before_cursor_execute")
    def _before_statement(*_args: Any) -> None:
        # A safe point of every job: the GUI thread gets the interpreter if it waits for it.
        make_room_for_gui()

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        original = context.original_exception
        if is_damage(original):
            raise VaultDamagedError("database-page") from original
        if is_write_failure(original):
            raise VaultWriteError("database") from original

    return engine


def file_counter(path: Path, data_key: bytes) -> int:
    """The commit counter of the database file alone, read without the WAL and without writing.

    SQLite's `immutable` mode reads the file as it lies: no WAL, no locks, no checkpoint, so a
    vault that is about to be refused is left exactly as it was found.

    Raises:
        VaultDamagedError("database-header"): the key does not open the file (damaged).
    """
    uri = f"{path.resolve().as_uri()}?immutable=1"  # file:///C:/... on Windows too
    connection = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlcipher3.DatabaseError as exc:
        raise VaultDamagedError("database-header") from exc
    finally:
        connection.close()


def stamp_new(engine: Engine) -> None:
    """Mark a freshly created database as ours (also forces its first page to disk)."""
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def open_engine(
    path: Path,
    data_key: bytes,
    full_check_max_bytes: int = FULL_CHECK_MAX_BYTES,
    tracker: CommitTracker | None = None,
) -> Engine:
    """Open an existing vault database with a proven key and check it.

    Every page's HMAC is checked when the file is at most `full_check_max_bytes` long (about
    0.13-0.2 s for 50 MB on a busy 2-core PC); a larger file gets the schema read only, and
    its pages are still checked one by one as they are read.

    Raises:
        VaultDamagedError: the file is damaged, changed, or not a vault database.
    """
    try:
        engine = make_engine(path, data_key, tracker)
    except DatabaseKeyError as exc:
        # The key came out of an authenticated slot, so a refusal means a damaged file.
        raise VaultDamagedError("database-header") from exc
    try:
        with engine.connect() as conn:
            app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
            conn.exec_driver_sql("SELECT name, sql FROM sqlite_master").fetchall()
            bad_pages = False
            if path.stat().st_size <= full_check_max_bytes:
                check = conn.exec_driver_sql("PRAGMA cipher_integrity_check")
                bad_pages = bool(check.fetchall())
        if app_id != APPLICATION_ID:
            raise VaultDamagedError("database-foreign")
        if bad_pages:
            raise VaultDamagedError("database-page")
        if tracker is not None:
            with engine.connect() as conn:
                tracker.start(conn.connection.dbapi_connection)
    except BaseException:
        engine.dispose()
        raise
    return engine


def integrity_errors(engine: Engine) -> list[str]:
    """Run SQLCipher's page HMAC check and SQLite's integrity check; return the problems found."""
    problems: list[str] = []
    try:
        with engine.connect() as conn:
            for (row,) in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
                problems.append(str(row))
            for (row,) in conn.exec_driver_sql("PRAGMA quick_check"):
                if row != "ok":
                    problems.append(str(row))
    except VaultDamagedError as exc:
        problems.append(exc.detail)
    return problems
