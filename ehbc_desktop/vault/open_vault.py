"""An unlocked vault: the engine, the current user, and the key-slot operations it allows."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ehbc_desktop.vault import kdf, keyslots, recovery_code
from ehbc_desktop.vault.errors import NotAllowedError, UserExistsError, VaultLockedError
from ehbc_desktop.vault.instance_lock import InstanceLock
from ehbc_desktop.vault.keyslots import SLOTS_FILE, SlotFile, VaultInfo
from ehbc_desktop.vault.usernames import normalise_user_name

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ehbc_desktop.vault.commit_record import CommitRecord
    from ehbc_desktop.vault.durability import CommitTracker

DATABASE_FILE = "vault.db"
LOCK_FILE = "vault.lock"
BLOBS_DIR = "blobs"


class OpenVault:
    """An unlocked vault. Call `lock()` (or leave a `with` block) to close it.

    Python cannot wipe immutable bytes from memory: `lock()` drops every reference this object
    holds and zeroes the one mutable copy of the data key, which is the best the language allows.
    """

    def __init__(
        self,
        folder: Path,
        slots: SlotFile,
        *,
        data_key: bytes,
        user: str,
        instance_lock: InstanceLock,
        engine: Engine,
        tracker: CommitTracker | None = None,
        opened_record: CommitRecord | None = None,
        must_change_passphrase: bool = False,
    ) -> None:
        self.folder = folder
        self.user = user
        self.must_change_passphrase = must_change_passphrase
        self._slots = slots
        self._data_key: bytearray | None = bytearray(data_key)
        self._instance_lock = instance_lock
        self._engine: Engine | None = engine
        self._tracker = tracker
        self.opened_record = opened_record
        """The commit record as it was when the vault opened (None for a new vault)."""
        self.removed_at_unlock: list[str] = []
        """Names of stale temporary files the unlock removed."""
        self._mutex = threading.Lock()

    # --- state ---------------------------------------------------------------------------------

    @property
    def info(self) -> VaultInfo:
        """The public header (school, users) as of now."""
        return self._slots.info()

    @property
    def is_admin(self) -> bool:
        """True when the current user may add users and see the recovery code."""
        slot = self._slots.user_slot(self.user)
        return slot is not None and slot.admin

    @property
    def is_locked(self) -> bool:
        """True after `lock()`."""
        return self._engine is None

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine over the encrypted database.

        Raises:
            VaultLockedError: the vault was locked.
        """
        if self._engine is None:
            raise VaultLockedError()
        return self._engine

    @property
    def blobs_folder(self) -> Path:
        """The folder that holds the encrypted evidence files."""
        return self.folder / BLOBS_DIR

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLockedError()
        return bytes(self._data_key)

    # --- key slots -----------------------------------------------------------------------------

    def _write(self, slots: SlotFile) -> None:
        self._slots = keyslots.write_slot_file(self.folder / SLOTS_FILE, slots, self._key())

    def change_passphrase(self, new_passphrase: str) -> None:
        """Give the current user a new passphrase: only their slot is rewritten (new salt).

        Raises:
            ValueError: the passphrase is empty.
            VaultLockedError: the vault was locked.
            VaultWriteError: the slot file could not be written.
        """
        if not new_passphrase:
            raise ValueError("empty passphrase")
        with self._mutex:
            old = self._slots.user_slot(self.user)
            if old is None:  # cannot happen: unlock checked the user
                raise VaultLockedError()
            new = keyslots.make_slot(
                self._slots.vault_id,
                name=old.name,
                admin=old.admin,
                secret=kdf.passphrase_bytes(new_passphrase),
                data_key=self._key(),
                params=old.params,
            )
            users = tuple(new if slot is old else slot for slot in self._slots.users)
            self._write(replace(self._slots, users=users))
            self.must_change_passphrase = False

    def add_user(self, name: str, passphrase: str, admin: bool = False) -> None:
        """Add a user with their own slot (admins only).

        Raises:
            NotAllowedError: the current user is not an admin.
            UserExistsError: a user with this name exists (compared without regard to case or
                Unicode form).
            InvalidUserNameError: the name is empty or holds refused characters.
            ValueError: the passphrase is empty.
            VaultWriteError: the slot file could not be written.
        """
        if not self.is_admin:
            raise NotAllowedError()
        name = normalise_user_name(name)
        if not passphrase:
            raise ValueError("empty passphrase")
        with self._mutex:
            if self._slots.user_slot(name) is not None:
                raise UserExistsError()
            params = self._slots.users[0].params
            slot = keyslots.make_slot(
                self._slots.vault_id,
                name=name,
                admin=admin,
                secret=kdf.passphrase_bytes(passphrase),
                data_key=self._key(),
                params=params,
            )
            self._write(replace(self._slots, users=(*self._slots.users, slot)))

    def recovery_code(self) -> str:
        """Return the printed recovery code again (admins only).

        Raises:
            NotAllowedError: the current user is not an admin.
        """
        if not self.is_admin:
            raise NotAllowedError()
        return recovery_code.format_code(
            recovery_code.normalise(keyslots.unseal_code(self._key(), self._slots))
        )

    # --- database ------------------------------------------------------------------------------

    def integrity_errors(self) -> list[str]:
        """Check every page's HMAC and the database structure; return the problems found."""
        from ehbc_desktop.vault.database import integrity_errors

        return integrity_errors(self.engine)

    def track_audit_head(self, sql: str) -> None:
        """Record the audit chain's newest entry with every commit (`sql` returns seq, hash)."""
        if self._tracker is not None:
            self._tracker.set_head_query(sql)

    def commit_record_problems(self) -> list[str]:
        """Compare the record on disk with the database's commit counter (for `vault check`).

        Returns codes: "record-missing", "record-damaged", "record-behind" (the record trails
        the database), "record-ahead" (the database trails the record).
        """
        from ehbc_desktop.vault.commit_record import RECORD_FILE, read_record, record_key
        from ehbc_desktop.vault.errors import VaultDamagedError

        with self.engine.connect() as conn:
            counter = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
        try:
            record = read_record(self.folder / RECORD_FILE, record_key(self._key()))
        except VaultDamagedError:
            return ["record-damaged"]
        if record is None:
            return ["record-missing"]
        if record.counter < counter:
            return ["record-behind"]
        if record.counter > counter:
            return ["record-ahead"]
        return []

    def snapshot_record(self, db_copy: Path) -> bytes:
        """A commit record for `db_copy`, a snapshot taken now (backups), to write beside it."""
        from ehbc_desktop.vault.commit_record import snapshot_record

        return snapshot_record(db_copy, self.commit_counter, self._key())

    @property
    def commit_counter(self) -> int:
        """How many writing commits the database has seen (its `user_version`)."""
        return self._tracker.counter if self._tracker is not None else 0

    def lock(self) -> None:
        """Close the database, drop the keys and release the instance lock. Idempotent."""
        with self._mutex:
            engine, self._engine = self._engine, None
            try:
                if engine is not None:
                    # Closing checkpoints in step with the commit record (durability.py).
                    engine.dispose()
            finally:
                if self._tracker is not None:
                    self._tracker.close()
                if self._data_key is not None:
                    self._data_key[:] = bytes(len(self._data_key))
                    self._data_key = None
                self._instance_lock.release()

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()
