"""The archive's records, limits, member-name whitelist, errors and its two JSON members.

``format.json`` (first member) says only which format and version follow, so a newer archive is
refused before anything else is read; ``manifest.json`` (last member) lists every entry with its
size and SHA-256, which the reader checks against what it streamed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeGuard

FORMAT_NAME = "ehbc-archive"
FORMAT_VERSION = 1
FORMAT_MEMBER = "format.json"
MANIFEST_MEMBER = "manifest.json"
RESERVED_NAMES = frozenset({FORMAT_MEMBER, MANIFEST_MEMBER})
MAX_FORMAT_MEMBER_BYTES = 4096
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_GIB = 1024**3

DEFAULT_ALLOWED_NAMES: tuple[re.Pattern[str], ...] = (
    re.compile(r"database/[a-z0-9][a-z0-9_-]{0,63}\.(?:json|sqlite)"),
    re.compile(r"evidence/[0-9a-f]{16,64}"),
    re.compile(r"documents/[0-9a-f]{16,64}\.pdf"),
)
"""Entry names an archive may hold besides format.json and manifest.json (full match)."""


class ArchiveError(Exception):
    """Base of the archive errors; carries no user text."""


class ArchiveNotAnArchiveError(ArchiveError):
    """The input is not a passphrase age file holding one of our archives."""


class ArchivePassphraseError(ArchiveError):
    """The passphrase does not open the archive."""


class ArchiveWorkFactorError(ArchiveError):
    """The archive asks for more scrypt work than allowed; refused before any scrypt work."""

    def __init__(self, work_factor: int, limit: int) -> None:
        super().__init__(f"scrypt work factor {work_factor} above the limit {limit}")
        self.work_factor = work_factor
        self.limit = limit


class ArchiveVersionError(ArchiveError):
    """The archive was written in a newer format version than this program reads."""

    def __init__(self, version: int) -> None:
        super().__init__(f"archive format version {version} is newer than {FORMAT_VERSION}")
        self.version = version


class ArchiveDamagedError(ArchiveError):
    """The archive failed authentication: changed, truncated, extended or cut at a chunk."""


class ArchiveIntegrityError(ArchiveDamagedError):
    """An entry does not match the manifest (size, SHA-256, missing or extra entry)."""


class ArchiveFormatError(ArchiveError):
    """The decrypted content is not a well-formed archive of this format."""


class ArchiveMemberError(ArchiveFormatError):
    """A member is refused: a name outside the whitelist, a link, a device, a duplicate."""

    def __init__(self, reason: str, name: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.name = name


class ArchiveLimitError(ArchiveFormatError):
    """A size or count cap was exceeded."""

    def __init__(self, limit: str) -> None:
        super().__init__(f"archive limit exceeded: {limit}")
        self.limit = limit


class ArchiveSourceError(ArchiveError):
    """While writing: a source stream gave fewer or more bytes than announced."""


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """Caps the reader enforces before and while streaming (defaults fit a school's case set)."""

    max_members: int = 20_000
    max_member_bytes: int = 4 * _GIB
    max_total_bytes: int = 32 * _GIB
    max_manifest_bytes: int = 16 * 1024 * 1024
    max_work_factor: int = 20
    allowed_names: Sequence[re.Pattern[str]] = field(default=DEFAULT_ALLOWED_NAMES)


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One entry of the archive as the manifest lists it."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """The verified description of an archive."""

    format_version: int
    created_at: str  # ISO 8601, UTC
    producer: str
    entries: tuple[ManifestEntry, ...]


def check_entry_name(name: str, allowed: Sequence[re.Pattern[str]]) -> None:
    """Refuse absolute paths, ``..``, backslashes, reserved and non-whitelisted names.

    Raises:
        ArchiveMemberError: the name is not allowed.
    """
    parts = name.split("/")
    if name.startswith("/") or "\\" in name or any(part in ("", ".", "..") for part in parts):
        raise ArchiveMemberError("unsafe path", name)
    if name in RESERVED_NAMES:
        raise ArchiveMemberError("reserved name", name)
    if not any(pattern.fullmatch(name) for pattern in allowed):
        raise ArchiveMemberError("name not allowed", name)


def encode_format_member() -> bytes:
    """The bytes of format.json."""
    return json.dumps({"format": FORMAT_NAME, "format_version": FORMAT_VERSION}).encode()


def encode_manifest(manifest: Manifest) -> bytes:
    """The bytes of manifest.json."""
    document = {
        "format": FORMAT_NAME,
        "format_version": manifest.format_version,
        "created_at": manifest.created_at,
        "producer": manifest.producer,
        "entries": [{"name": e.name, "size": e.size, "sha256": e.sha256} for e in manifest.entries],
    }
    return json.dumps(document, indent=1, ensure_ascii=True).encode()


def parse_format_member(data: bytes) -> int:
    """The format version in format.json, checked against ours.

    Raises:
        ArchiveNotAnArchiveError: not our format.
        ArchiveVersionError: a newer version.
    """
    document = _load_object(data, ArchiveNotAnArchiveError)
    version = document.get("format_version")
    if document.get("format") != FORMAT_NAME or not _is_int(version) or version < 1:
        raise ArchiveNotAnArchiveError("not an archive of this program")
    if version > FORMAT_VERSION:
        raise ArchiveVersionError(version)
    return int(version)


def parse_manifest(data: bytes) -> Manifest:
    """Parse manifest.json strictly.

    Raises:
        ArchiveFormatError: malformed manifest.
    """
    document = _load_object(data, ArchiveFormatError)
    version = document.get("format_version")
    created_at = document.get("created_at")
    producer = document.get("producer")
    raw_entries = document.get("entries")
    if (
        document.get("format") != FORMAT_NAME
        or not _is_int(version)
        or not isinstance(created_at, str)
        or not isinstance(producer, str)
        or not isinstance(raw_entries, list)
    ):
        raise ArchiveFormatError("malformed manifest")
    return Manifest(int(version), created_at, producer, tuple(map(_parse_entry, raw_entries)))


def _parse_entry(raw: Any) -> ManifestEntry:
    if not isinstance(raw, dict):
        raise ArchiveFormatError("malformed manifest entry")
    name, size, digest = raw.get("name"), raw.get("size"), raw.get("sha256")
    if (
        not isinstance(name, str)
        or not _is_int(size)
        or size < 0
        or not isinstance(digest, str)
        or _SHA256_HEX.fullmatch(digest) is None
    ):
        raise ArchiveFormatError("malformed manifest entry")
    return ManifestEntry(name, int(size), digest)


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _load_object(data: bytes, error: type[ArchiveError]) -> dict[str, Any]:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise error("malformed JSON") from None
    if not isinstance(document, dict):
        raise error("JSON member is not an object")
    return document
