"""An unlocked vault: the engine, the current user, and the key-slot operations it allows."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.vault import kdf, keyslots, recovery_code
from ehbc_desktop.vault import users as colleagues
from ehbc_desktop.vault.errors import NotAllowedError, VaultLockedError
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
        box_private: bytes | None = None,
    ) -> None:
        self.folder = folder
        self.user = user
        self.must_change_passphrase = must_change_passphrase
        self._slots = slots
        self._data_key: bytearray | None = bytearray(data_key)
        # This colleague's X25519 private key (confidential cases). After a recovery unlock it
        # is their own key again; only in a vault made before that (no recovery copy of the
        # key) is it None until a new passphrase is chosen, which makes a new pair.
        self._box_private: bytearray | None = (
            bytearray(box_private) if box_private is not None else None)
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
                box_private=bytes(self._box_private) if self._box_private else None,
                recovery_public=self._slots.recovery.box_public,
            )
            new = replace(new, role=old.role, must_change=False)
            code = self._plain_code()
            self._box_private = bytearray(
                keyslots.unwrap_slot_keys(self._slots.vault_id, new,
                                          kdf.passphrase_bytes(new_passphrase))[1] or b"")
            users = tuple(new if slot is old else slot for slot in self._slots.users)
            # A new key pair needs a new copy of the code (which the old pair opened).
            kept = tuple(c for c in self._slots.code_for
                         if c[0] != old.name or new.box_public == old.box_public)
            slots = replace(self._slots, users=users, code_for=kept)
            self._write(colleagues.with_code_for_admins(slots, code))
            self.must_change_passphrase = False

    def add_user(
        self,
        name: str,
        passphrase: str,
        admin: bool = False,
        *,
        role: UserRole | None = None,
        must_change: bool = False,
    ) -> None:
        """Add a colleague with their own slot (admins only).

        Args:
            name: the colleague's user name.
            passphrase: their (starting) passphrase.
            admin: shorthand for the administrator role (when `role` is not given).
            role: the colleague's role.
            must_change: the passphrase is a starting one: the next unlock asks a new one.

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
        chosen = role or (UserRole.ADMINISTRATOR if admin else UserRole.MEMBER)
        with self._mutex:
            self._write(colleagues.with_user_added(
                self._slots, name=name, passphrase=passphrase, role=chosen,
                data_key=self._key(), must_change=must_change,
                code=self._plain_code()))  # fmt: skip

    def add_box_key(self, passphrase: str) -> None:
        """Give the current colleague's slot an X25519 key pair (slots from older versions)."""
        with self._mutex:
            old = self._slots.user_slot(self.user)
            if old is None:
                raise VaultLockedError()
            secret = kdf.passphrase_bytes(passphrase)
            new = keyslots.make_slot(self._slots.vault_id, name=old.name, admin=old.admin,
                                     secret=secret, data_key=self._key(), params=old.params,
                                     recovery_public=self._slots.recovery.box_public)
            new = replace(new, role=old.role, must_change=old.must_change)
            users = tuple(new if slot is old else slot for slot in self._slots.users)
            self._write(replace(self._slots, users=users))
            private = keyslots.unwrap_slot_keys(self._slots.vault_id, new, secret)[1]
            self._box_private = bytearray(private) if private else None

    def box_private_key(self) -> bytes:
        """The current colleague's X25519 private key.

        Raises:
            NotAllowedError: none is available (opened with the recovery key: choose a new
            passphrase first); VaultLockedError.
        """
        if self._data_key is None:
            raise VaultLockedError()
        if not self._box_private:
            raise NotAllowedError()
        return bytes(self._box_private)

    @property
    def has_box_key(self) -> bool:
        """True when this colleague's private key is at hand (False after a recovery unlock of
        a vault made before recovery copies of the keys, until a new passphrase is chosen)."""
        return bool(self._box_private)

    @property
    def recovery_opens_box_keys(self) -> bool:
        """True when a recovery unlock gives a colleague their own key pair back."""
        return self._slots.recovery_opens_box_keys

    def _plain_code(self) -> str | None:
        """The recovery code, when this user can open a copy of it (else None)."""
        key = self._key()  # VaultLockedError once locked
        if self._slots.sealed_code:
            return keyslots.unseal_code(key, self._slots)
        if not self._box_private:
            return None
        return keyslots.open_code_for(self._slots, self.user, bytes(self._box_private))

    def box_public_keys(self) -> dict[str, bytes]:
        """Every colleague's X25519 public key by name (those that have one)."""
        return {s.name: s.box_public for s in self._slots.users if s.box_public}

    @property
    def vault_id(self) -> str:
        """The vault's id (bound into every wrapped case key)."""
        return self._slots.vault_id

    def check_passphrase(self, passphrase: str) -> None:
        """Prove the current user knows their passphrase (one Argon2id run).

        Raises:
            WrongCredentialsError: it does not open the current user's slot.
        """
        slot = self._slots.user_slot(self.user)
        if slot is None:
            raise VaultLockedError()
        keyslots.unwrap_slot(self._slots.vault_id, slot, kdf.passphrase_bytes(passphrase))

    def user_entries(self) -> list[colleagues.UserEntry]:
        """Every colleague with their role (everyone may read this; names are public)."""
        return colleagues.user_entries(self._slots)

    @property
    def role(self) -> UserRole:
        """The current user's role."""
        slot = self._slots.user_slot(self.user)
        return slot.user_role if slot is not None else UserRole.MEMBER

    def remove_user(self, name: str) -> None:
        """Destroy a colleague's key slot (admins only; never the last administrator).

        Raises:
            NotAllowedError: not an admin, or removing oneself; UnknownUserError;
            LastAdministratorError; VaultWriteError.
        """
        if not self.is_admin or name == self.user:
            raise NotAllowedError()
        with self._mutex:
            self._write(colleagues.with_user_removed(self._slots, name))

    def set_role(self, name: str, role: UserRole) -> None:
        """Give a colleague another role (admins only; the last administrator stays one).

        Raises:
            NotAllowedError; UnknownUserError; LastAdministratorError; VaultWriteError.
        """
        if not self.is_admin:
            raise NotAllowedError()
        with self._mutex:
            self._write(colleagues.with_role(self._slots, name, role, self._plain_code()))

    def renew_recovery_code(self) -> str:
        """Make a new recovery code (administrators); the old one opens nothing any more.

        Every colleague keeps their own key pair reachable through the new code (in a vault
        made before recovery copies, from their next unlock on). Returns the new code, to be
        written down or printed at once.

        Raises:
            NotAllowedError: not an administrator, or without a copy of the current code;
            VaultLockedError; VaultWriteError.
        """
        from ehbc_desktop.vault.recovery_renewal import with_new_recovery

        old = self._plain_code() if self.is_admin else None
        if old is None:
            raise NotAllowedError()
        new = recovery_code.new_recovery_code()
        with self._mutex:
            self._write(with_new_recovery(self._slots, data_key=self._key(), old_code=old,
                                          new_code=new))
        return new

    def add_own_recovery_copy(self) -> None:
        """Seal this colleague's private key for the recovery slot when that copy is missing."""
        from ehbc_desktop.vault.recovery_renewal import with_own_recovery_copy

        with self._mutex:
            if not self._box_private:
                return
            changed = with_own_recovery_copy(self._slots, self.user, bytes(self._box_private))
            if changed is not None:
                self._write(changed)

    def recovery_code(self) -> str:
        """Return the printed recovery code again (admins only).

        Raises:
            NotAllowedError: the current user is not an admin (or holds no copy of the code).
            VaultLockedError: the vault was locked.
        """
        code = self._plain_code() if self.is_admin else None
        if code is None:
            raise NotAllowedError()
        return recovery_code.format_code(recovery_code.normalise(code))

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

    def checkpoint(self) -> None:
        """Fold the WAL into vault.db and empty it, in step with the commit record.

        Used after removing confidential rows, so no freed page lingers in the WAL.
        """
        with self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            if self._tracker is not None:
                self._tracker.checkpoint(raw)
            else:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

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
                if self._box_private is not None:
                    self._box_private[:] = bytes(len(self._box_private))
                    self._box_private = None
                self._instance_lock.release()

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.lock()
