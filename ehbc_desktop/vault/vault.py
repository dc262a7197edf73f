"""Creating, reading and unlocking vaults: the public entry points of the vault layer."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ehbc_desktop.vault import box_keys, commit_record, instance_lock, keyslots, recovery_code
from ehbc_desktop.vault import kdf as kdf_module
from ehbc_desktop.vault.commit_record import RECORD_FILE, RecordFile
from ehbc_desktop.vault.durability import CommitTracker
from ehbc_desktop.vault.errors import (
    VaultDamagedError,
    VaultExistsError,
    VaultWriteError,
    WrongCredentialsError,
    errno_of,
)
from ehbc_desktop.vault.instance_lock import InstanceLock
from ehbc_desktop.vault.keyslots import SLOTS_FILE, KeySlot, SlotFile, VaultInfo
from ehbc_desktop.vault.open_vault import (
    BLOBS_DIR,
    DATABASE_FILE,
    LOCK_FILE,
    OpenVault,
)
from ehbc_desktop.vault.throttle import DEFAULT_THROTTLE, UnlockThrottle
from ehbc_desktop.vault.usernames import normalise_user_name

if TYPE_CHECKING:
    from sqlalchemy import Engine

__all__ = [
    "OpenVault",
    "VaultInfo",
    "create_vault",
    "read_vault_info",
    "unlock_vault",
    "unlock_with_recovery",
    "vault_exists",
]

DATA_KEY_BYTES = 32


def vault_exists(folder: Path) -> bool:
    """Return True when `folder` holds a key-slot file."""
    return (Path(folder) / SLOTS_FILE).is_file()


def read_vault_info(folder: Path) -> VaultInfo:
    """Return the public header (school, users, ...) without a passphrase.

    Raises:
        VaultNotFoundError: no vault in `folder`.
        VaultDamagedError: the slot file is damaged.
    """
    return keyslots.read_slot_file(Path(folder) / SLOTS_FILE).info()


def create_vault(
    folder: Path, school: str, user: str, passphrase: str, kdf: kdf_module.KdfParams | None = None
) -> tuple[OpenVault, str]:
    """Create a vault in `folder` (made if missing) with `user` as its first admin.

    `kdf` overrides the calibrated Argon2id parameters (tests, benchmarks). The user name is
    stored in its normal form (`usernames.normalise_user_name`).

    Returns:
        The open vault and the recovery code, to be printed and kept in the school safe.

    Raises:
        VaultExistsError: `folder` already holds a vault or a vault database.
        VaultWriteError: a file could not be written.
        InvalidUserNameError: the user name is empty or holds refused characters.
        ValueError: the passphrase is empty.
    """
    folder = Path(folder)
    user = normalise_user_name(user)
    if not passphrase:
        raise ValueError("empty passphrase")
    if (folder / SLOTS_FILE).exists() or (folder / DATABASE_FILE).exists():
        raise VaultExistsError()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        (folder / BLOBS_DIR).mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise VaultWriteError("folder", exc.errno) from exc
    lock = InstanceLock.acquire(folder / LOCK_FILE)
    try:
        return _create_locked(folder, school, user, passphrase, kdf, lock=lock)
    except BaseException:
        lock.release()
        raise


def _create_locked(
    folder: Path,
    school: str,
    user: str,
    passphrase: str,
    kdf_params: kdf_module.KdfParams | None,
    *,
    lock: InstanceLock,
) -> tuple[OpenVault, str]:
    params = kdf_params or kdf_module.default_params()
    data_key = os.urandom(DATA_KEY_BYTES)
    vault_id = uuid.uuid4().hex
    code = recovery_code.new_recovery_code()
    # The recovery slot has a key pair of its own: every colleague's private key is also
    # sealed for it, so a recovery unlock gives them their own key pair back.
    recovery_slot = keyslots.make_slot(
        vault_id,
        name="",
        admin=True,
        secret=recovery_code.secret_of(code),
        data_key=data_key,
        params=params,
        box_private=box_keys.new_key_pair()[0],
    )
    user_slot = keyslots.make_slot(
        vault_id,
        name=user,
        admin=True,
        secret=kdf_module.passphrase_bytes(passphrase),
        data_key=data_key,
        params=params,
        recovery_public=recovery_slot.box_public,
    )
    # The code is sealed for the administrators' public keys, not under the data key: whoever
    # holds the code opens every colleague's key pair, so the data key alone must not give it.
    slots = SlotFile(
        vault_id=vault_id,
        school=school,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        users=(user_slot,),
        recovery=recovery_slot,
        sealed_code_nonce=b"",
        sealed_code=b"",
        code_for=((user, keyslots.seal_code_for(user_slot, vault_id,
                                                recovery_code.normalise(code))),),
    )
    engine = None
    records = RecordFile(folder / RECORD_FILE, commit_record.record_key(data_key), None)
    tracker = CommitTracker(folder / DATABASE_FILE, records)
    try:
        engine = _new_database(folder / DATABASE_FILE, data_key, tracker)
        # The slot file goes last: its presence is what makes the folder a vault.
        slots = keyslots.write_slot_file(folder / SLOTS_FILE, slots, data_key)
    except BaseException:
        if engine is not None:
            engine.dispose()
        tracker.close()
        for name in (DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm", RECORD_FILE):
            with contextlib.suppress(OSError):
                (folder / name).unlink()
        raise
    vault = OpenVault(
        folder,
        slots,
        data_key=data_key,
        user=user,
        instance_lock=lock,
        engine=engine,
        tracker=tracker,
        box_private=keyslots.unwrap_slot_keys(
            vault_id, user_slot, kdf_module.passphrase_bytes(passphrase))[1],
    )
    return vault, code


def _new_database(path: Path, data_key: bytes, tracker: CommitTracker) -> Engine:
    from ehbc_desktop.vault import database

    try:
        # Private from the start: SQLite gives its WAL and shared-memory files the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        engine = database.make_engine(path, data_key, tracker)
        database.stamp_new(engine)
        # The first record, before any commit is counted.
        with engine.connect() as conn:
            tracker.start(conn.connection.dbapi_connection)
    except OSError as exc:
        raise VaultWriteError("database", exc.errno) from exc
    return engine


def unlock_vault(
    folder: Path, user: str, passphrase: str, *, throttle: UnlockThrottle | None = None
) -> OpenVault:
    """Open the vault in `folder` as `user`.

    Nothing under `folder` is written unless the passphrase is right.

    Raises:
        VaultNotFoundError: no vault in `folder`.
        VaultDamagedError: a vault file is damaged or was changed outside the program.
        TooManyAttemptsError: too many wrong tries; wait `wait_seconds`.
        VaultInUseError: the vault is open elsewhere (checked before the slow key work).
        WrongCredentialsError: unknown user or wrong passphrase (the same error for both).
    """
    folder = Path(folder)
    throttle = throttle or DEFAULT_THROTTLE
    slots = keyslots.read_slot_file(folder / SLOTS_FILE)
    key = _throttle_key(folder)
    throttle.check(key)
    instance_lock.ensure_free(folder / LOCK_FILE)
    slot = slots.user_slot(user)
    secret = kdf_module.passphrase_bytes(passphrase)
    if slot is None:
        # A random slot that nothing opens: one Argon2id run with fixed default parameters,
        # never a slot's own (a tampered file could set those to the maxima).
        decoy = KeySlot(
            slot_id=secrets.token_hex(8),
            name="",
            admin=False,
            salt=os.urandom(kdf_module.SALT_BYTES),
            params=kdf_module.DECOY_PARAMS,
            nonce=os.urandom(keyslots.NONCE_BYTES),
            wrapped=os.urandom(keyslots.WRAPPED_BYTES),
        )
        _unwrap_or_count(slots, decoy, secret, throttle, key)
        raise WrongCredentialsError()  # pragma: no cover - the decoy never opens
    data_key, box_private = _unwrap_or_count(slots, slot, secret, throttle, key)
    vault = _open(folder, slots, data_key, slot.name, must_change=slot.must_change,
                  box_private=box_private)
    try:
        if box_private is None:
            # A slot from before confidential cases: give this colleague a key pair now.
            vault.add_box_key(passphrase)
        # A new recovery code was made since (or the vault is older): add the recovery copy.
        vault.add_own_recovery_copy()
    except BaseException:
        vault.lock()
        raise
    return vault


def unlock_with_recovery(
    folder: Path, code: str, user: str, *, throttle: UnlockThrottle | None = None
) -> OpenVault:
    """Open the vault with the recovery code, as `user`, who must then pick a new passphrase.

    The colleague gets their own X25519 key pair back (so every confidential case sealed for
    them still opens); in a vault made before recovery copies of the keys they have none until
    the new passphrase makes a new pair (`OpenVault.has_box_key`).

    Raises:
        MistypedRecoveryCodeError: the code's checksum is wrong (no key work was done).
        WrongCredentialsError: the code does not open this vault, or `user` is unknown.
        and the errors of `unlock_vault`.
    """
    folder = Path(folder)
    throttle = throttle or DEFAULT_THROTTLE
    slots = keyslots.read_slot_file(folder / SLOTS_FILE)
    secret = recovery_code.secret_of(code)
    key = _throttle_key(folder)
    throttle.check(key)
    instance_lock.ensure_free(folder / LOCK_FILE)
    slot = slots.user_slot(user)
    if slot is None:
        raise WrongCredentialsError()  # user names are public: nothing to hide here
    data_key, recovery_private = _unwrap_or_count(slots, slots.recovery, secret, throttle, key)
    # The colleague's own key pair back (None in a vault made before recovery copies).
    box_private = keyslots.restored_box_private(slots.vault_id, slot, recovery_private)
    return _open(folder, slots, data_key, slot.name, must_change=True, box_private=box_private)


def _throttle_key(folder: Path) -> str:
    return os.path.normcase(str(folder.resolve()))


def _unwrap_or_count(
    slots: SlotFile, slot: KeySlot, secret: bytes, throttle: UnlockThrottle, key: str
) -> tuple[bytes, bytes | None]:
    try:
        keys = keyslots.unwrap_slot_keys(slots.vault_id, slot, secret)
    except WrongCredentialsError:
        throttle.failed(key)
        raise
    throttle.succeeded(key)
    return keys


# Below this much free space an I/O error of SQLite (which says only "disk I/O error" when it
# cannot grow its shared-memory file) is taken to be a full disk.
_NEARLY_FULL_BYTES = 1024 * 1024


def _write_errno(folder: Path, exc: BaseException) -> int | None:
    """The OS error behind a failed opening, if any; a full disk is told apart from I/O."""
    code = errno_of(exc)
    if code is None and isinstance(exc, OSError):
        code = errno.EIO
    if code == errno.EIO:
        with contextlib.suppress(OSError):
            if shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES:
                return errno.ENOSPC
    return code


def _open(  # noqa: PLR0917 - the unlock's proven parts
    folder: Path,
    slots: SlotFile,
    data_key: bytes,
    user: str,
    must_change: bool,
    box_private: bytes | None = None,
) -> OpenVault:
    """With a proven key: check the slot file's MAC, take the lock, open and check the database."""
    from ehbc_desktop.vault import database, durability, housekeeping
    from ehbc_desktop.vault.wal_check import inspect_wal

    keyslots.verify_mac(slots, data_key)
    db_path = folder / DATABASE_FILE
    if not db_path.is_file():
        raise VaultDamagedError("database-missing")
    lock = InstanceLock.acquire(folder / LOCK_FILE)
    engine = None
    tracker = None
    try:
        removed = housekeeping.tidy_at_unlock(folder)
        record_key = commit_record.record_key(data_key)
        record = commit_record.read_record(folder / RECORD_FILE, record_key)
        durability.check_before_open(record, inspect_wal(durability.wal_path(db_path)))
        durability.check_database_file(
            record,
            commit_record.fingerprint(db_path),
            lambda: database.file_counter(db_path, data_key),
        )
        tracker = CommitTracker(db_path, RecordFile(folder / RECORD_FILE, record_key, record))
        engine = database.open_engine(db_path, data_key, tracker=tracker)
        opened = OpenVault(
            folder,
            slots,
            data_key=data_key,
            user=user,
            instance_lock=lock,
            engine=engine,
            tracker=tracker,
            opened_record=record,
            must_change_passphrase=must_change,
            box_private=box_private,
        )
        opened.removed_at_unlock = removed
        return opened
    except BaseException as exc:
        if engine is not None:
            engine.dispose()
        if tracker is not None:
            tracker.close()
        lock.release()
        code = _write_errno(folder, exc)
        if code is not None and not isinstance(exc, VaultWriteError):
            raise VaultWriteError("database", code) from exc
        raise
