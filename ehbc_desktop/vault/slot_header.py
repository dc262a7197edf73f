"""The key-slot file's checksum and public header: what the unlock screen shows, no key work.

The unlock screen needs the school's name and the users' names before its first paint. They are
read here, with the file's checksum and format checked as `keyslots.parse` checks them, without
the slots' key material, dataclasses or the domain's enums (`keyslots` costs some 15 ms to
import; it loads after the first paint). The slots themselves are checked in full when the
vault is unlocked.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ehbc_desktop.vault.errors import (
    VaultDamagedError,
    VaultFormatTooNewError,
    VaultNotFoundError,
)

try:  # CPython 3.11's own SHA-256: `hashlib` loads OpenSSL first, 3-4 ms before the first paint
    from _sha256 import sha256  # type: ignore[import-not-found]
except ImportError:  # the module's name in other Python versions; the same digest
    from hashlib import sha256

SLOTS_FILE = "keyslots.json"  # the key-slot file's name in the vault folder
FORMAT = "ehbc-vault-keyslots"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024


def canonical(value: Any) -> bytes:
    """The file's one JSON form: sorted keys, no spaces, ASCII."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def read_bytes(path: Path) -> bytes:
    """The file's bytes.

    Raises:
        VaultNotFoundError: there is no such file.
        VaultDamagedError: the file is unreadable or oversized.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise VaultNotFoundError() from exc
    except OSError as exc:
        raise VaultDamagedError("keyslots-unreadable") from exc
    if len(data) > MAX_FILE_BYTES:
        raise VaultDamagedError("keyslots-size")
    return data


def checked(data: bytes) -> dict[str, Any]:
    """The file's outer object (`body`, `mac`, `sha256`) once its checksum holds."""
    try:
        outer = json.loads(data)
    except (UnicodeDecodeError, ValueError) as exc:
        raise VaultDamagedError("keyslots-checksum") from exc
    if not isinstance(outer, dict) or set(outer) != {"body", "mac", "sha256"}:
        raise VaultDamagedError("keyslots-checksum")
    inner = {"body": outer["body"], "mac": outer["mac"]}
    expected = sha256(canonical(inner)).hexdigest()
    # Byte-exact: any change, even in spacing, counts as damage.
    if outer["sha256"] != expected or data != canonical(outer) + b"\n":
        raise VaultDamagedError("keyslots-checksum")
    return outer


def check_format(body: Any) -> dict[str, Any]:
    """`body` when it is a key-slot body of the version this program reads.

    Raises:
        VaultFormatTooNewError: a newer version of the program wrote it.
        VaultDamagedError: it is no key-slot body of a version this program knows.
    """
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise VaultDamagedError("keyslots-structure")
    version = body.get("version")
    if type(version) is not int:  # not a number, and not JSON's true (which equals 1)
        raise VaultDamagedError("keyslots-version")
    if version > FORMAT_VERSION:
        raise VaultFormatTooNewError("keyslots-version")
    if version != FORMAT_VERSION:
        raise VaultDamagedError("keyslots-version")
    return body


def read_header(path: Path) -> tuple[str, tuple[str, ...]]:
    """The school's name and the users' names of the slot file at `path`.

    Raises:
        VaultNotFoundError: there is no such file.
        VaultDamagedError: the file is damaged, oversized or of an unknown format.
    """
    body = check_format(checked(read_bytes(path))["body"])
    school, users = body.get("school"), body.get("users")
    if not isinstance(school, str) or not isinstance(users, list) or not users:
        raise VaultDamagedError("keyslots-structure")
    names = tuple(slot.get("name") if isinstance(slot, dict) else None for slot in users)
    if not all(isinstance(name, str) for name in names) or len(set(names)) != len(names):
        raise VaultDamagedError("keyslots-structure")
    return school, tuple(str(name) for name in names)
