"""Nothing committed disappears unnoticed: the commit counter, its record, and the open-time check.

Every transaction that writes rows also sets the database's commit counter (``PRAGMA
user_version``) one higher. Once SQLite has made the commit durable in the WAL (fsync), the
record in ``vault.commit`` is advanced to that counter (fsync) before the service call returns.
SQLite's automatic checkpoints are off; the vault checkpoints itself when the WAL passes
`CHECKPOINT_BYTES` and when it closes, between two records:

1. record "checkpointing" (fsync);
2. ``wal_checkpoint(TRUNCATE)``: the WAL is copied into vault.db, fsynced, and emptied;
3. record "steady", with the new checkpointed counter and the fingerprint of vault.db's first
   page (fsync).

What the record demands when the vault opens (`check_before_open` and `check_database_file`
before SQLite touches anything, `check_after_open` once it read the WAL):

- the WAL holds at least as many valid commits as were recorded after the last checkpoint
  (counter - checkpointed), read before SQLite touches it; missing or fewer: refused;
- between checkpoints vault.db is only written by a checkpoint, so its first page must match
  the fingerprint: another one means another (older) database file: refused;
- after SQLite read the WAL, the database's counter is at least the recorded one: refused when
  behind. One ahead is normal: that commit reached the WAL but not the record, so it was never
  reported as saved.

While a checkpoint runs (state "checkpointing") vault.db may be half written, so its
fingerprint is not compared; the WAL must then be whole (or already emptied), as SQLite needs
it to finish the copy. A kill or power cut at any moment therefore leaves a state that opens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ehbc_desktop.vault.commit_record import (
    NO_HASH,
    CommitRecord,
    RecordFile,
    RecordState,
    fingerprint,
)
from ehbc_desktop.vault.errors import JournalDamagedError, VaultRolledBackError
from ehbc_desktop.vault.wal_check import WalState

# A quarter of what SQLite's own automatic checkpoint waits for (1000 pages of 4 KiB): the WAL
# stays small on a nearly full disk, and a checkpoint (three fsyncs) is still rare.
CHECKPOINT_BYTES = 1024 * 1024


def wal_path(db_path: Path) -> Path:
    """The WAL file beside the database."""
    return db_path.with_name(db_path.name + "-wal")


def check_before_open(record: CommitRecord | None, wal: WalState) -> None:
    """What can be judged before SQLite reads the WAL: are the recorded commits in it?

    Raises:
        JournalDamagedError: "journal-missing" or "journal-damaged".
    """
    if record is None:
        return
    if record.state is RecordState.CHECKPOINTING:
        if not wal.exists:
            raise JournalDamagedError("journal-missing")
        if not wal.empty and wal.transactions == 0:
            raise JournalDamagedError("journal-damaged")
        return
    expected = record.counter - record.checkpointed
    if expected > 0:
        if not wal.exists:
            raise JournalDamagedError("journal-missing")
        if wal.transactions < expected:
            raise JournalDamagedError("journal-damaged")


def check_database_file(
    record: CommitRecord | None, db_fingerprint: bytes, file_counter: Callable[[], int]
) -> None:
    """Before SQLite opens it: does vault.db hold at least what the last checkpoint put in it?

    Between checkpoints only a checkpoint writes vault.db, so normally its first page matches
    the record's fingerprint. When it does not, `file_counter()` reads the file alone (no WAL,
    no writes): a counter below the last checkpoint's is an older file put back; one at or
    above it is the same history moved on (say, SQLite checkpointed when a crashing program
    was torn down), which the WAL and counter checks then judge. A damaged first page raises
    VaultDamagedError from `file_counter()`.

    Raises:
        VaultRolledBackError("database-older"): an older vault.db was put back.
    """
    if record is None or record.state is not RecordState.STEADY:
        return
    if db_fingerprint == record.fingerprint:
        return
    if file_counter() < record.checkpointed:
        raise VaultRolledBackError("database-older")


def check_after_open(record: CommitRecord | None, db_counter: int) -> None:
    """Compare the database's commit counter (WAL included) with the record.

    Raises:
        VaultRolledBackError: "record-missing" (no record, yet commits) or "database-older".
        JournalDamagedError: "journal-damaged" (the WAL lost recorded commits).
    """
    if record is None:
        if db_counter > 0:
            raise VaultRolledBackError("record-missing")
        return
    if db_counter < record.counter:
        if db_counter >= record.checkpointed:
            raise JournalDamagedError("journal-damaged")
        raise VaultRolledBackError("database-older")


def check_audit_head(record: CommitRecord | None, hash_at: Callable[[int], str | None]) -> None:
    """The record's audit entry must be in the database with the same hash.

    `hash_at(seq)` returns the hex hash of the audit entry `seq`, or None when there is none.

    Raises:
        VaultRolledBackError("database-older"): the entry is missing or differs.
    """
    if record is None or record.audit_seq == 0:
        return
    found = hash_at(record.audit_seq)
    if found is None or bytes.fromhex(str(found)) != record.audit_hash:
        raise VaultRolledBackError("database-older")


class CommitTracker:
    """Keeps the commit counter and the record in step with every commit on one connection."""

    def __init__(
        self,
        db_path: Path,
        records: RecordFile,
        checkpoint_bytes: int = CHECKPOINT_BYTES,
    ) -> None:
        self._db = db_path
        self._wal = wal_path(db_path)
        self._records = records
        self._checkpoint_bytes = checkpoint_bytes
        self.counter = 0
        self._seen_changes = 0
        self._head_sql: str | None = None
        self._head: tuple[int, bytes] = (0, NO_HASH)
        # Until the open-time checks passed nothing may be written: a refused vault stays as
        # it was found (closing would otherwise checkpoint it and write a new record).
        self._accepted = False

    @property
    def record(self) -> CommitRecord | None:
        """The newest record written or read."""
        return self._records.current

    def set_head_query(self, sql: str) -> None:
        """SQL returning (sequence number, hex hash) of the audit chain's newest entry."""
        self._head_sql = sql

    # --- hooks called by the connection --------------------------------------------------------

    def before_commit(self, raw: Any) -> bool:
        """Inside the transaction: advance the counter when it wrote rows. Returns if it did."""
        if not raw.in_transaction or raw.total_changes == self._seen_changes:
            return False
        raw.execute(f"PRAGMA user_version = {self.counter + 1}")
        return True

    def after_commit(self, raw: Any, advanced: bool) -> None:
        """The commit is durable in the WAL: record it, and checkpoint when the WAL is large."""
        self._seen_changes = raw.total_changes
        if not advanced:
            return
        self.counter += 1
        self._head = self._read_head(raw)
        self._write(RecordState.STEADY)
        if self._wal_size() >= self._checkpoint_bytes:
            self.checkpoint(raw)

    def after_rollback(self, raw: Any) -> None:
        """A rolled-back transaction changes nothing, but its rows count in total_changes."""
        self._seen_changes = raw.total_changes

    def before_close(self, raw: Any) -> None:
        """Checkpoint before SQLite's own checkpoint-on-close can write vault.db unrecorded."""
        try:
            if self._accepted:
                self.checkpoint(raw)
        finally:
            self._records.close()

    # --- open and checkpoint -------------------------------------------------------------------

    def start(self, raw: Any) -> None:
        """At open: read the counter and compare it with the record; finish a checkpoint."""
        self.counter = int(raw.execute("PRAGMA user_version").fetchone()[0])
        self._seen_changes = raw.total_changes
        current = self._records.current
        check_after_open(current, self.counter)
        self._accepted = True
        if current is not None:
            self._head = (current.audit_seq, current.audit_hash)
        if current is None or current.state is RecordState.CHECKPOINTING:
            self.checkpoint(raw)

    def checkpoint(self, raw: Any) -> None:
        """Copy the WAL into vault.db between a "checkpointing" and a "steady" record."""
        current = self._records.current
        if (
            current is not None
            and current.state is RecordState.STEADY
            and current.checkpointed == self.counter
            and self._wal_size() == 0
        ):
            return
        self._write(RecordState.CHECKPOINTING)
        busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:  # only another connection could hold the WAL; try again next time
            return
        self._write(RecordState.STEADY, checkpointed=self.counter, db_print=fingerprint(self._db))

    def close(self) -> None:
        """Release the record file."""
        self._records.close()

    # --- helpers ---------------------------------------------------------------------------------

    def _write(
        self, state: RecordState, *, checkpointed: int | None = None, db_print: bytes | None = None
    ) -> None:
        current = self._records.current
        if current is None:
            # A new record: the database file as it is now counts as checkpointed.
            base = CommitRecord(0, self.counter, self.counter, state, fingerprint(self._db))
        else:
            base = current
        seq, head = self._head
        self._records.write(
            replace(
                base,
                counter=self.counter,
                state=state,
                checkpointed=base.checkpointed if checkpointed is None else checkpointed,
                fingerprint=base.fingerprint if db_print is None else db_print,
                audit_seq=seq,
                audit_hash=head,
            )
        )

    def _read_head(self, raw: Any) -> tuple[int, bytes]:
        if self._head_sql is None:
            return self._head
        try:
            row = raw.execute(self._head_sql).fetchone()
        except Exception:  # no audit table yet (a new or an old schema)
            return self._head
        if row is None:
            return self._head
        return int(row[0]), bytes.fromhex(str(row[1]))

    def _wal_size(self) -> int:
        try:
            return self._wal.stat().st_size
        except FileNotFoundError:
            return 0
