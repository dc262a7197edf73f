"""Creating, reading and unlocking vaults: the public entry points of the vault layer."""

from __future__ import annotations

import contextlib
import os
import secrets
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ehbc_desktop.vault import instance_lock, keyslots, recovery_code
from ehbc_desktop.vault import kdf as kdf_module
from ehbc_desktop.vault.errors import (
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultWriteError,
    WrongCredentialsError,
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

    `kdf` overrides the calibrated Argon2id parameters (tests, benchmarks).

    Returns:
        The open vault and the recovery code, to be printed and kept in the school safe.

    Raises:
        VaultExistsError: `folder` already holds a vault or a vault database.
        VaultWriteError: a file could not be written.
        ValueError: the user name or passphrase is empty.
    """
    folder = Path(folder)
    if not user.strip() or not passphrase:
        raise ValueError("empty user name or passphrase")
    if (folder / SLOTS_FILE).exists() or (folder / DATABASE_FILE).exists():
        raise VaultExistsError()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / BLOBS_DIR).mkdir(exist_ok=True)
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
    user_slot = keyslots.make_slot(
        vault_id,
        name=user,
        admin=True,
        secret=kdf_module.passphrase_bytes(passphrase),
        data_key=data_key,
        params=params,
    )
    recovery_slot = keyslots.make_slot(
        vault_id,
        name="",
        admin=True,
        secret=recovery_code.secret_of(code),
        data_key=data_key,
        params=params,
    )
    sealed_nonce, sealed = keyslots.seal_code(data_key, vault_id, recovery_code.normalise(code))
    slots = SlotFile(
        vault_id=vault_id,
        school=school,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        users=(user_slot,),
        recovery=recovery_slot,
        sealed_code_nonce=sealed_nonce,
        sealed_code=sealed,
    )
    engine = None
    try:
        engine = _new_database(folder / DATABASE_FILE, data_key)
        # The slot file goes last: its presence is what makes the folder a vault.
        slots = keyslots.write_slot_file(folder / SLOTS_FILE, slots, data_key)
    except BaseException:
        if engine is not None:
            engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                (folder / (DATABASE_FILE + suffix)).unlink()
        raise
    vault = OpenVault(
        folder, slots, data_key=data_key, user=user, instance_lock=lock, engine=engine,
        box_private=keyslots.unwrap_slot_keys(
            vault_id, user_slot, kdf_module.passphrase_bytes(passphrase))[1],
    )
    return vault, code


def _new_database(path: Path, data_key: bytes) -> Engine:
    from ehbc_desktop.vault import database

    try:
        engine = database.make_engine(path, data_key)
        database.stamp_new(engine)
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
        # A random slot that nothing opens: one Argon2id run, the same work as a real user's.
        decoy = KeySlot(
            slot_id=secrets.token_hex(8),
            name=user,
            admin=False,
            salt=os.urandom(kdf_module.SALT_BYTES),
            params=slots.users[0].params,
            nonce=os.urandom(keyslots.NONCE_BYTES),
            wrapped=os.urandom(keyslots.WRAPPED_BYTES),
        )
        _unwrap_or_count(slots, decoy, secret, throttle, key)
        raise WrongCredentialsError()  # pragma: no cover - the decoy never opens
    data_key, box_private = _unwrap_or_count(slots, slot, secret, throttle, key)
    vault = _open(folder, slots, data_key, user, must_change=slot.must_change,
                  box_private=box_private)
    if box_private is None:
        # A slot from before confidential cases: give this colleague a key pair now.
        try:
            vault.add_box_key(passphrase)
        except BaseException:
            vault.lock()
            raise
    return vault


def unlock_with_recovery(
    folder: Path, code: str, user: str, *, throttle: UnlockThrottle | None = None
) -> OpenVault:
    """Open the vault with the recovery code, as `user`, who must then pick a new passphrase.

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
    if slots.user_slot(user) is None:
        raise WrongCredentialsError()  # user names are public: nothing to hide here
    data_key, _none = _unwrap_or_count(slots, slots.recovery, secret, throttle, key)
    return _open(folder, slots, data_key, user, must_change=True)


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


def _open(  # noqa: PLR0917 - the unlock's proven parts
    folder: Path,
    slots: SlotFile,
    data_key: bytes,
    user: str,
    must_change: bool,
    box_private: bytes | None = None,
) -> OpenVault:
    """With a proven key: check the slot file's MAC, take the lock, open and check the database."""
    from ehbc_desktop.vault import database

    keyslots.verify_mac(slots, data_key)
    db_path = folder / DATABASE_FILE
    if not db_path.is_file():
        raise VaultDamagedError("database-missing")
    lock = InstanceLock.acquire(folder / LOCK_FILE)
    engine = None
    try:
        engine = database.open_engine(db_path, data_key)
        return OpenVault(
            folder,
            slots,
            data_key=data_key,
            user=user,
            instance_lock=lock,
            engine=engine,
            must_change_passphrase=must_change,
            box_private=box_private,
        )
    except BaseException as exc:
        if engine is not None:
            engine.dispose()
        lock.release()
        if isinstance(exc, VaultError):
            raise
        if isinstance(exc, OSError):
            raise VaultWriteError("database", exc.errno) from exc
        raise
