"""The key-slot file: the data key wrapped once per user and once for the recovery code.

Layout (one canonical JSON line): ``{"body": {...}, "mac": hex, "sha256": hex}``.
``sha256`` is an unkeyed checksum over ``body`` and ``mac``, checked before any key work, so
a damaged file is told apart from a wrong passphrase. ``mac`` is an HMAC over ``body`` under a
key derived from the data key, checked after unwrapping, so a deliberate change is caught.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.vault import box_keys, kdf, slot_header
from ehbc_desktop.vault.atomic_write import write_atomic
from ehbc_desktop.vault.errors import VaultDamagedError, WrongCredentialsError
from ehbc_desktop.vault.slot_header import FORMAT, FORMAT_VERSION, check_format, checked, read_bytes
from ehbc_desktop.vault.slot_header import canonical as _canonical

SLOTS_FILE = slot_header.SLOTS_FILE  # the key-slot file's name in the vault folder
NONCE_BYTES = 12
WRAPPED_BYTES = 32 + 16  # data key + GCM tag


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the data key. `name` is empty for the recovery slot.

    `role` is a `domain.enums.UserRole` value ("" in files written before roles: then `admin`
    decides); `must_change` asks for a new passphrase at the next unlock (a starting passphrase
    an administrator handed out).
    """

    slot_id: str
    name: str
    admin: bool
    salt: bytes
    params: kdf.KdfParams
    nonce: bytes
    wrapped: bytes
    role: str = ""
    must_change: bool = False
    box_public: bytes = b""  # X25519 public key (confidential cases); b"" in older files
    box_sealed: bytes = b""  # its private key, sealed under this slot's KEK
    # The same private key sealed for the recovery slot's public key, so a recovery unlock
    # gives the colleague their own key pair back (b"" in files from before that).
    box_recovery: bytes = b""

    @property
    def user_role(self) -> UserRole:
        """The role, for older slots derived from the admin flag."""
        if self.role in set(UserRole):
            return UserRole(self.role)
        return UserRole.ADMINISTRATOR if self.admin else UserRole.MEMBER


@dataclass(frozen=True)
class VaultInfo:
    """The public header: readable without a passphrase."""

    vault_id: str
    school: str
    users: tuple[str, ...]
    admins: tuple[str, ...]
    format_version: int
    created_at: str


@dataclass(frozen=True)
class SlotFile:
    """The parsed key-slot file."""

    vault_id: str
    school: str
    created_at: str
    users: tuple[KeySlot, ...]
    recovery: KeySlot
    sealed_code_nonce: bytes  # b"" when the code is sealed per administrator (`code_for`)
    sealed_code: bytes
    mac: str = ""
    # The recovery code sealed for each administrator's X25519 public key, by name. Vaults
    # made before this keep `sealed_code` (under the data key) instead.
    code_for: tuple[tuple[str, bytes], ...] = ()

    @property
    def recovery_opens_box_keys(self) -> bool:
        """True when the recovery code gives colleagues their own key pair back."""
        return bool(self.recovery.box_public)

    def info(self) -> VaultInfo:
        """Return the public header."""
        return VaultInfo(
            vault_id=self.vault_id,
            school=self.school,
            users=tuple(slot.name for slot in self.users),
            admins=tuple(slot.name for slot in self.users if slot.admin),
            format_version=FORMAT_VERSION,
            created_at=self.created_at,
        )

    def user_slot(self, name: str) -> KeySlot | None:
        """Return the slot of the user called `name` (any case, any Unicode form), or None."""
        # Here: its Unicode tables are not needed to show the unlock screen's header.
        from ehbc_desktop.vault.usernames import same_user

        return next((slot for slot in self.users if same_user(slot.name, name)), None)


# --- wrapping ---------------------------------------------------------------------------------


def _slot_aad(vault_id: str, slot_id: str, params: kdf.KdfParams) -> bytes:
    return "\x00".join(
        [
            "ehbc-slot",
            vault_id,
            slot_id,
            str(params.memory_kib),
            str(params.iterations),
            str(params.lanes),
        ]
    ).encode()


def make_slot(
    vault_id: str,
    *,
    name: str,
    admin: bool,
    secret: bytes,
    data_key: bytes,
    params: kdf.KdfParams,
    box_private: bytes | None = None,
    recovery_public: bytes = b"",
) -> KeySlot:
    """Wrap the data key under a key derived from `secret`, with a fresh salt and slot id.

    A colleague's slot also gets their X25519 key pair: `box_private` (kept when a passphrase
    changes) or a new one, its private half sealed under the same KEK and, when the vault's
    recovery slot has a public key (`recovery_public`), sealed for that key too. The recovery
    slot gets a key pair only when `box_private` is given (vaults made before have none).
    """
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    slot_id = os.urandom(8).hex()
    salt = os.urandom(kdf.SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    kek = kdf.derive_key(secret, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _slot_aad(vault_id, slot_id, params))
    slot = KeySlot(slot_id, name, admin, salt, params, nonce, wrapped)
    if not name and box_private is None:
        return slot  # an older recovery slot: the data key only
    private = box_private or box_keys.new_key_pair()[0]
    sealed = box_keys.seal_private(kek, _box_aad(vault_id, slot_id), private)
    slot = replace(slot, box_public=box_keys.public_of(private), box_sealed=sealed)
    if name and recovery_public:
        slot = replace(slot, box_recovery=recovery_copy(vault_id, name, recovery_public, private))
    return slot


def recovery_copy(vault_id: str, name: str, recovery_public: bytes, private: bytes) -> bytes:
    """A colleague's private key sealed for the recovery slot's public key."""
    return box_keys.seal_to(recovery_public, private, _recovery_aad(vault_id, name))


def _recovery_aad(vault_id: str, name: str) -> bytes:
    return "\x00".join(["ehbc-box-recovery", vault_id, name]).encode()


def _code_aad(vault_id: str, name: str) -> bytes:
    return "\x00".join(["ehbc-recovery-code", vault_id, name]).encode()


def restored_box_private(vault_id: str, slot: KeySlot, recovery_private: bytes | None
                         ) -> bytes | None:
    """A colleague's own private key, opened with the recovery slot's (None if not kept).

    Raises:
        VaultDamagedError: the sealed copy does not open or is not this colleague's key.
    """
    if recovery_private is None or not slot.box_recovery:
        return None
    private = box_keys.open_sealed(recovery_private, slot.box_recovery,
                                   _recovery_aad(vault_id, slot.name))
    if box_keys.public_of(private) != slot.box_public:
        raise VaultDamagedError("box-key")
    return private


def seal_code_for(slot: KeySlot, vault_id: str, code: str) -> bytes:
    """The recovery code sealed for this administrator's public key."""
    return box_keys.seal_to(slot.box_public, code.encode(), _code_aad(vault_id, slot.name))


def open_code_for(slots: SlotFile, name: str, private: bytes) -> str | None:
    """The recovery code from this administrator's sealed copy (None when they have none)."""
    sealed = dict(slots.code_for).get(name)
    if sealed is None:
        return None
    return box_keys.open_sealed(private, sealed, _code_aad(slots.vault_id, name)).decode()


def _box_aad(vault_id: str, slot_id: str) -> bytes:
    return "\x00".join(["ehbc-box", vault_id, slot_id]).encode()


def unwrap_slot_keys(vault_id: str, slot: KeySlot, secret: bytes) -> tuple[bytes, bytes | None]:
    """The data key and this colleague's X25519 private key (None in a slot without one).

    Raises:
        WrongCredentialsError: `secret` does not open the slot.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = kdf.derive_key(secret, slot.salt, slot.params)
    try:
        data_key = AESGCM(kek).decrypt(
            slot.nonce, slot.wrapped, _slot_aad(vault_id, slot.slot_id, slot.params)
        )
    except InvalidTag as exc:
        raise WrongCredentialsError() from exc
    if not slot.box_sealed:
        return data_key, None
    return data_key, box_keys.open_private(kek, _box_aad(vault_id, slot.slot_id),
                                           slot.box_sealed)


def unwrap_slot(vault_id: str, slot: KeySlot, secret: bytes) -> bytes:
    """Return the data key, or raise WrongCredentialsError when `secret` does not open it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = kdf.derive_key(secret, slot.salt, slot.params)
    try:
        return AESGCM(kek).decrypt(
            slot.nonce, slot.wrapped, _slot_aad(vault_id, slot.slot_id, slot.params)
        )
    except InvalidTag as exc:
        raise WrongCredentialsError() from exc


def _derived_key(data_key: bytes, vault_id: str, purpose: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=f"ehbc-vault\x00{purpose}\x00{vault_id}".encode(),
    ).derive(data_key)


def seal_code(data_key: bytes, vault_id: str, code: str) -> tuple[bytes, bytes]:
    """Encrypt the recovery code under a data-key-derived key; return (nonce, ciphertext)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    key = _derived_key(data_key, vault_id, "recovery-code")
    return nonce, AESGCM(key).encrypt(nonce, code.encode(), vault_id.encode())


def unseal_code(data_key: bytes, slots: SlotFile) -> str:
    """Return the stored recovery code (the caller has checked the file's MAC)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = _derived_key(data_key, slots.vault_id, "recovery-code")
    try:
        plain = AESGCM(key).decrypt(
            slots.sealed_code_nonce, slots.sealed_code, slots.vault_id.encode()
        )
    except InvalidTag as exc:
        raise VaultDamagedError("recovery-code-seal") from exc
    return plain.decode()


# --- (de)serialising --------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, length: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise VaultDamagedError("keyslots-structure")
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise VaultDamagedError("keyslots-structure") from exc
    if length is not None and len(data) != length:
        raise VaultDamagedError("keyslots-structure")
    return data


def _slot_json(slot: KeySlot) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": slot.slot_id,
        "name": slot.name,
        "admin": slot.admin,
        "salt": _b64(slot.salt),
        "kdf": slot.params.to_json(),
        "nonce": _b64(slot.nonce),
        "wrapped": _b64(slot.wrapped),
    }
    # Written only when set, so a vault without roles keeps its file byte for byte.
    if slot.role:
        data["role"] = slot.role
    if slot.must_change:
        data["must_change"] = True
    if slot.box_public:
        data["box"] = {"public": _b64(slot.box_public), "sealed": _b64(slot.box_sealed)}
    if slot.box_recovery:
        data["box"]["recovery"] = _b64(slot.box_recovery)
    return data


def _slot_from_json(data: Any) -> KeySlot:
    if not isinstance(data, dict):
        raise VaultDamagedError("keyslots-structure")
    slot_id, name, admin = data.get("id"), data.get("name"), data.get("admin")
    if not isinstance(slot_id, str) or not isinstance(name, str) or not isinstance(admin, bool):
        raise VaultDamagedError("keyslots-structure")
    role, must_change = data.get("role", ""), data.get("must_change", False)
    if role not in {"", *UserRole} or not isinstance(must_change, bool):
        raise VaultDamagedError("keyslots-structure")
    # Bounds first: nothing else about a slot matters if it asks for absurd work.
    params = kdf.KdfParams.from_json(data.get("kdf") or {})
    return KeySlot(
        slot_id=slot_id,
        name=name,
        admin=admin,
        salt=_unb64(data.get("salt"), kdf.SALT_BYTES),
        params=params,
        nonce=_unb64(data.get("nonce"), NONCE_BYTES),
        wrapped=_unb64(data.get("wrapped"), WRAPPED_BYTES),
        role=str(role),
        must_change=must_change,
        **_box_from_json(data.get("box")),
    )


def _box_from_json(box: Any) -> dict[str, bytes]:
    if box is None:
        return {}
    if not isinstance(box, dict):
        raise VaultDamagedError("keyslots-structure")
    found = {"box_public": _unb64(box.get("public"), 32), "box_sealed": _unb64(box.get("sealed"))}
    if "recovery" in box:
        found["box_recovery"] = _unb64(box.get("recovery"))
    return found


def _body(slots: SlotFile) -> dict[str, Any]:
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "vault_id": slots.vault_id,
        "school": slots.school,
        "created_at": slots.created_at,
        "users": [_slot_json(slot) for slot in slots.users],
        "recovery": _slot_json(slots.recovery),
    }
    if slots.sealed_code:
        body["sealed_code"] = {"nonce": _b64(slots.sealed_code_nonce),
                               "data": _b64(slots.sealed_code)}
    if slots.code_for:
        body["code_for"] = {name: _b64(sealed) for name, sealed in slots.code_for}
    return body


def _mac(data_key: bytes, vault_id: str, body: dict[str, Any]) -> str:
    import hmac  # only once a key is known (not for the unlock screen's header)

    key = _derived_key(data_key, vault_id, "keyslots-mac")
    return hmac.new(key, _canonical(body), hashlib.sha256).hexdigest()


def serialise(slots: SlotFile, data_key: bytes) -> bytes:
    """Return the file bytes: body, its HMAC under the data key, and the outer checksum."""
    body = _body(slots)
    inner = {"body": body, "mac": _mac(data_key, slots.vault_id, body)}
    inner["sha256"] = hashlib.sha256(_canonical(inner)).hexdigest()
    return _canonical(inner) + b"\n"


def parse(data: bytes) -> SlotFile:
    """Parse and checksum the file bytes (no key needed); raise VaultDamagedError if wrong."""
    outer = checked(data)
    return _from_body(outer["body"], outer["mac"])


def _from_body(body: Any, mac: Any) -> SlotFile:
    if not isinstance(mac, str):
        raise VaultDamagedError("keyslots-structure")
    body = check_format(body)
    vault_id, school, created_at = body.get("vault_id"), body.get("school"), body.get("created_at")
    if not (isinstance(vault_id, str) and isinstance(school, str) and isinstance(created_at, str)):
        raise VaultDamagedError("keyslots-structure")
    users, sealed = body.get("users"), body.get("sealed_code")
    code_for = _code_for_from_json(body.get("code_for", {}))
    if not isinstance(users, list) or not users or not isinstance(sealed, dict | None):
        raise VaultDamagedError("keyslots-structure")
    recovery = _slot_from_json(body.get("recovery"))
    if sealed is None and not recovery.box_public:
        raise VaultDamagedError("keyslots-structure")  # the code sealed nowhere
    sealed = sealed or {}
    user_slots = tuple(_slot_from_json(slot) for slot in users)
    if len({slot.name for slot in user_slots}) != len(user_slots):
        raise VaultDamagedError("keyslots-structure")
    return SlotFile(
        vault_id=vault_id,
        school=school,
        created_at=created_at,
        users=user_slots,
        recovery=recovery,
        sealed_code_nonce=_unb64(sealed.get("nonce"), NONCE_BYTES) if sealed else b"",
        sealed_code=_unb64(sealed.get("data")) if sealed else b"",
        mac=mac,
        code_for=code_for,
    )


def _code_for_from_json(data: Any) -> tuple[tuple[str, bytes], ...]:
    if not isinstance(data, dict) or not all(isinstance(name, str) for name in data):
        raise VaultDamagedError("keyslots-structure")
    return tuple((name, _unb64(value)) for name, value in sorted(data.items()))


def verify_mac(slots: SlotFile, data_key: bytes) -> None:
    """Raise VaultDamagedError when the file was changed by someone without the data key."""
    import hmac

    expected = _mac(data_key, slots.vault_id, _body(slots))
    if not hmac.compare_digest(expected, slots.mac):
        raise VaultDamagedError("keyslots-mac")


def read_slot_file(path: Path) -> SlotFile:
    """Read and checksum the slot file at `path`.

    Raises:
        VaultNotFoundError: there is no such file.
        VaultDamagedError: the file is damaged, oversized or of an unknown format.
    """
    return parse(read_bytes(path))


def write_slot_file(path: Path, slots: SlotFile, data_key: bytes) -> SlotFile:
    """Write the slot file atomically; return the slots with their new MAC."""
    data = serialise(slots, data_key)
    write_atomic(path, data, "keyslots")
    return replace(slots, mac=_mac(data_key, slots.vault_id, _body(slots)))
