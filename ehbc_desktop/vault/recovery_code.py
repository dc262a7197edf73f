"""Recovery codes: random, printed as groups of an unambiguous alphabet, with a typo checksum."""

from __future__ import annotations

import hashlib
import secrets

from ehbc_desktop.vault.errors import MistypedRecoveryCodeError

# Crockford's base32: no I, L, O or U, so a printed code cannot be misread as another one.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Letters people type for a digit they misread are read as that digit.
_LOOKALIKES = {"O": "0", "I": "1", "L": "1"}
DATA_CHARS = 28  # 140 random bits
CHECK_CHARS = 4  # 20 bits: a typo slips through about once in a million
GROUP = 4
_SEPARATORS = " -\t\r\n"


def _checksum(data: str) -> str:
    digest = int.from_bytes(hashlib.sha256(b"ehbc-recovery-code\x00" + data.encode()).digest()[:4])
    chars = []
    for _ in range(CHECK_CHARS):
        chars.append(ALPHABET[digest % 32])
        digest //= 32
    return "".join(chars)


def new_recovery_code() -> str:
    """Return a fresh recovery code formatted for humans (8 groups of 4 characters)."""
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_CHARS))
    return format_code(data + _checksum(data))


def format_code(chars: str) -> str:
    """Group a bare code into blocks of four separated by hyphens."""
    return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))


def normalise(code: str) -> str:
    """Return the code's bare characters, checked; raise MistypedRecoveryCodeError on a typo.

    Spaces, hyphens and lowercase are accepted, and O, I and L are read as 0, 1 and 1.
    """
    bare = "".join(ch for ch in code.upper() if ch not in _SEPARATORS)
    bare = "".join(_LOOKALIKES.get(ch, ch) for ch in bare)
    if len(bare) != DATA_CHARS + CHECK_CHARS or any(ch not in ALPHABET for ch in bare):
        raise MistypedRecoveryCodeError()
    data, check = bare[:DATA_CHARS], bare[DATA_CHARS:]
    if not secrets.compare_digest(check, _checksum(data)):
        raise MistypedRecoveryCodeError()
    return bare


def secret_of(code: str) -> bytes:
    """Return the bytes fed to the key derivation for a (checked) recovery code."""
    return normalise(code).encode("ascii")
