"""Per-user X25519 key pairs and per-case keys for confidential ("afgeschermde") cases.

Each colleague's key slot holds an X25519 public key and the private key sealed under a key
derived from their passphrase's key-encryption key (so only their passphrase opens it; the
vault's data key does not). A confidential case is encrypted under its own random 256-bit key;
that case key is wrapped once per colleague who may open the case: an ephemeral X25519 key
agreement with the colleague's public key, HKDF-SHA256, AES-256-GCM (the "sealed box" pattern),
bound to the vault, the case and the colleague's name as associated data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ehbc_desktop.vault.errors import NotAllowedError, VaultDamagedError

KEY_BYTES = 32
NONCE_BYTES = 12


def _hkdf(secret: bytes, info: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=info.encode()).derive(secret)


def new_key_pair() -> tuple[bytes, bytes]:
    """A fresh X25519 key pair as raw bytes: (private, public)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def public_of(private: bytes) -> bytes:
    """The public key of a raw X25519 private key."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def seal_private(kek: bytes, aad: bytes, private: bytes) -> bytes:
    """The private key sealed under a key derived from the slot's KEK: nonce || ciphertext."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(_hkdf(kek, "ehbc-box-private")).encrypt(nonce, private, aad)


def open_private(kek: bytes, aad: bytes, sealed: bytes) -> bytes:
    """The private key of a slot (VaultDamagedError when it does not open)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_hkdf(kek, "ehbc-box-private")).decrypt(
            sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError) as exc:
        raise VaultDamagedError("box-key") from exc


@dataclass(frozen=True)
class WrappedCaseKey:
    """A case key wrapped for one colleague."""

    ephemeral_public: bytes
    nonce: bytes
    wrapped: bytes


def _case_aad(vault_id: str, case_id: str, user: str) -> bytes:
    return "\x00".join(["ehbc-case-key", vault_id, case_id, user]).encode()


def wrap_case_key(case_key: bytes, recipient_public: bytes, *, vault_id: str, case_id: str,
                  user: str) -> WrappedCaseKey:
    """Wrap `case_key` so only the holder of the private key of `recipient_public` opens it."""
    aad = _case_aad(vault_id, case_id, user)
    return WrappedCaseKey(*_seal(recipient_public, case_key, aad, "ehbc-case-key-wrap"))


def unwrap_case_key(item: WrappedCaseKey, private: bytes, *, vault_id: str, case_id: str,
                    user: str) -> bytes:
    """The case key (NotAllowedError when this colleague's private key does not open it)."""
    from cryptography.exceptions import InvalidTag

    aad = _case_aad(vault_id, case_id, user)
    try:
        box = (item.ephemeral_public, item.nonce, item.wrapped)
        return _open(private, box, aad, "ehbc-case-key-wrap")
    except InvalidTag as exc:
        raise NotAllowedError() from exc


def _seal(recipient_public: bytes, payload: bytes, aad: bytes,
          info: str) -> tuple[bytes, bytes, bytes]:  # fmt: skip
    """The sealed-box pattern: (ephemeral public key, nonce, ciphertext) of `payload`.

    An ephemeral X25519 key agrees a secret with `recipient_public`; HKDF-SHA256 (with `info`)
    makes the AES-256-GCM key. Only the holder of the recipient's private key opens it.
    """
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    key = _hkdf(shared + ephemeral_public + recipient_public, info)
    nonce = os.urandom(NONCE_BYTES)
    return ephemeral_public, nonce, AESGCM(key).encrypt(nonce, payload, aad)


def _open(private: bytes, box: tuple[bytes, bytes, bytes], aad: bytes, info: str) -> bytes:
    """The payload of a `_seal` box (InvalidTag when the key or `aad` does not open it)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral_public, nonce, ciphertext = box
    own = X25519PrivateKey.from_private_bytes(private)
    shared = own.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = _hkdf(shared + ephemeral_public + public_of(private), info)
    return AESGCM(key).decrypt(nonce, ciphertext, aad)


def encrypt_content(case_key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM under the case key: (nonce, ciphertext)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(case_key).encrypt(nonce, plaintext, aad)


def decrypt_content(case_key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    """The content of a confidential case (VaultDamagedError when it was changed)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(case_key).decrypt(nonce, ciphertext, aad)
    except InvalidTag as exc:
        raise VaultDamagedError("confidential-case") from exc


# --- sealing a small secret for one public key (recovery) -------------------------------------


def seal_to(recipient_public: bytes, payload: bytes, aad: bytes) -> bytes:
    """`payload` sealed so only the holder of the private key of `recipient_public` opens it.

    The same sealed-box pattern as a case key (`_seal`), returned as one blob:
    ephemeral public key || nonce || ciphertext.
    """
    return b"".join(_seal(recipient_public, payload, aad, "ehbc-sealed-to"))


def open_sealed(private: bytes, sealed: bytes, aad: bytes) -> bytes:
    """The payload of `seal_to` (VaultDamagedError when this key or `aad` does not open it)."""
    from cryptography.exceptions import InvalidTag

    box = (sealed[:KEY_BYTES], sealed[KEY_BYTES:KEY_BYTES + NONCE_BYTES],
           sealed[KEY_BYTES + NONCE_BYTES:])  # fmt: skip
    try:
        return _open(private, box, aad, "ehbc-sealed-to")
    except (InvalidTag, ValueError) as exc:
        raise VaultDamagedError("box-sealed") from exc
