"""Nothing committed disappears unnoticed: the commit counter, its record, and the open-time check.

Every transaction that writes also sets the database's commit counter (``PRAGMA user_version``)
one higher. After the commit, in this order:

1. the record says "commit N is pending in the WAL" (fsynced);
2. the WAL is checkpointed into the database file and truncated (``wal_checkpoint(TRUNCATE)``);
3. the record says "commit N is clean" (fsynced).

A kill or power cut at any moment leaves one of these states, each accepted when the vault
opens: record clean at N with the database at N or N+1 (a commit that reached the WAL but not
the record was never reported as saved); record pending at N with the WAL holding a valid
commit or already emptied by the checkpoint, and the database at N. Everything else is refused:
a database behind the record (an older copy put back, or a WAL that lost frames) and a pending
record whose WAL is missing or fails SQLite's own frame checksums.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ehbc_desktop.vault.commit_record import NO_HASH, CommitRecord, RecordFile, RecordState
from ehbc_desktop.vault.errors import JournalDamagedError, VaultDamagedError, VaultRolledBackError
from ehbc_desktop.vault.wal_check import WalState


def wal_path(db_path: Path) -> Path:
    """The WAL file beside the database."""
    return db_path.with_name(db_path.name + "-wal")


def check_before_open(record: CommitRecord | None, wal: WalState) -> None:
    """Refuse a pending commit whose WAL is gone or damaged, before SQLite reads the WAL.

    Raises:
        JournalDamagedError: "journal-missing" or "journal-damaged".
    """
    if record is None or record.state is not RecordState.PENDING:
        return
    if not wal.exists:
        raise JournalDamagedError("journal-missing")
    if not wal.empty and wal.transactions == 0:
        raise JournalDamagedError("journal-damaged")


def check_after_open(record: CommitRecord | None, db_counter: int) -> None:
    """Compare the database's commit counter with the record.

    Raises:
        VaultRolledBackError: the database is behind the record, or the record is gone.
        JournalDamagedError: a pending commit is not in the database after the WAL was read.
    """
    if record is None:
        if db_counter > 0:
            raise VaultRolledBackError("record-missing")
        return
    if db_counter < record.counter:
        if record.state is RecordState.PENDING and db_counter == record.counter - 1:
            raise JournalDamagedError("journal-damaged")
        raise VaultRolledBackError("database-older")


class CommitTracker:
    """Keeps the commit counter and the record in step with every commit on one connection."""

    def __init__(self, db_path: Path, records: RecordFile) -> None:
        self._wal = wal_path(db_path)
        self._records = records
        self.counter = 0
        self._seen_changes = 0
        self._head_sql: str | None = None

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
        """After the commit: record pending, checkpoint, record clean."""
        self._seen_changes = raw.total_changes
        if advanced:
            self.counter += 1
        if not self._wal_has_bytes():
            return
        self.settle(raw)

    def after_rollback(self, raw: Any) -> None:
        """A rolled-back transaction changes nothing, but its rows count in total_changes."""
        self._seen_changes = raw.total_changes

    # --- open and close --------------------------------------------------------------------------

    def start(self, raw: Any) -> None:
        """At open: read the counter, compare it with the record, then settle the WAL."""
        self.counter = int(raw.execute("PRAGMA user_version").fetchone()[0])
        self._seen_changes = raw.total_changes
        check_after_open(self._records.current, self.counter)
        current = self._records.current
        if current is not None and current.counter != self.counter:
            head: tuple[int, bytes] = (0, NO_HASH)
        elif current is not None:
            head = (current.audit_seq, current.audit_hash)
        else:
            head = (0, NO_HASH)
        if self._wal_has_bytes() or current is None or current != self._clean(head):
            self._checkpoint_and_record(raw, head, pending_first=False)

    def settle(self, raw: Any) -> None:
        """Record the commit as pending, move the WAL into the database, record it clean."""
        self._checkpoint_and_record(raw, self._head(raw), pending_first=True)

    def close(self) -> None:
        """Release the record file."""
        self._records.close()

    # --- helpers ---------------------------------------------------------------------------------

    def _clean(self, head: tuple[int, bytes]) -> CommitRecord | None:
        current = self._records.current
        if current is None:
            return None
        if (current.counter, current.state, current.audit_seq, current.audit_hash) == (
            self.counter,
            RecordState.CLEAN,
            *head,
        ):
            return current
        return None

    def _checkpoint_and_record(
        self, raw: Any, head: tuple[int, bytes], *, pending_first: bool
    ) -> None:
        if pending_first:
            self._records.write(self.counter, RecordState.PENDING, *head)
        busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            # Only another connection could hold the WAL; the record stays pending, which the
            # next open accepts as long as the WAL is whole.
            if not pending_first:
                self._records.write(self.counter, RecordState.PENDING, *head)
            return
        self._records.write(self.counter, RecordState.CLEAN, *head)

    def _head(self, raw: Any) -> tuple[int, bytes]:
        if self._head_sql is None:
            return (0, NO_HASH)
        try:
            row = raw.execute(self._head_sql).fetchone()
        except Exception:
            return (0, NO_HASH)
        if row is None:
            return (0, NO_HASH)
        return int(row[0]), bytes.fromhex(str(row[1]))

    def _wal_has_bytes(self) -> bool:
        try:
            return self._wal.stat().st_size > 0
        except FileNotFoundError:
            return False


def check_audit_head(record: CommitRecord | None, hash_at: Any) -> None:
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


__all__ = [
    "CommitTracker",
    "VaultDamagedError",
    "check_after_open",
    "check_audit_head",
    "check_before_open",
    "wal_path",
]
