"""The evidence blob store: one file per piece of evidence, each sealed with its own random key.

File layout of ``blobs/<id>`` (version 1)::

    magic "EHBCblob" (8) | version 0x01 (1) | salt (16) | STREAM chunks (AES-256-GCM)

The stream key is HKDF-SHA256(ikm=blob key, salt=salt, info="ehbc-desktop blob v1"), and the
25-byte header is the associated data of every chunk, so the magic, version and salt cannot be
changed without every chunk failing. Chunks follow `stream_aead` (64 KiB, counter + last flag).
The blob key, the SHA-256 of the plaintext and the size live in the database, not here.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ehbc_desktop.vault.stream_aead import (
    SEALED_CHUNK_SIZE,
    TAG_SIZE,
    StreamError,
    StreamSealer,
    open_stream,
)

BLOB_KEY_BYTES = 32
_MAGIC = b"EHBCblob"
_VERSION = 1
_SALT_BYTES = 16
HEADER_SIZE = len(_MAGIC) + 1 + _SALT_BYTES
_HKDF_INFO = b"ehbc-desktop blob v1"
_READ_SIZE = 1024 * 1024  # source reads; a multiple of the chunk size
_ID_PATTERN = re.compile(r"[0-9a-f]{32}")
_TEMP_PREFIX = ".tmp-"
_REPLACE_ATTEMPTS = 10

ProgressCallback = Callable[[int], object]
"""Called with the number of plaintext bytes processed so far."""
CancelCheck = Callable[[], bool]
"""Returns True when the user asked to stop."""


class BlobError(Exception):
    """Base of the blob store's errors; carries no user text and never plaintext."""


class BlobNotFoundError(BlobError):
    """No blob with this id exists (or the id is not a well-formed blob id)."""


class BlobDamagedError(BlobError):
    """The blob failed authentication: wrong key, changed, truncated, reordered or extended."""


class BlobVersionError(BlobError):
    """The blob was written by a newer format version than this program reads."""

    def __init__(self, version: int) -> None:
        super().__init__(f"unsupported blob version {version}")
        self.version = version


class BlobTooLargeError(BlobError):
    """The blob holds more bytes than the caller allowed to load into memory."""


class BlobCancelledError(BlobError):
    """The write was cancelled; nothing was left behind."""


@dataclass(frozen=True, slots=True)
class BlobInfo:
    """What the database keeps about a stored blob."""

    blob_id: str
    key: bytes
    sha256: str  # hex SHA-256 of the plaintext
    size: int  # plaintext bytes

    def __repr__(self) -> str:
        # Never print the key (logs, tracebacks).
        return f"BlobInfo(blob_id={self.blob_id!r}, sha256={self.sha256!r}, size={self.size})"


def _stream_aead(key: bytes, salt: bytes) -> AESGCM:
    if len(key) != BLOB_KEY_BYTES:
        raise BlobDamagedError("blob key has the wrong length")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO)
    return AESGCM(hkdf.derive(key))


def sealed_size_for(plaintext_size: int) -> int:
    """The size of the blob file that holds ``plaintext_size`` bytes (an upper bound)."""
    chunks = max(1, -(-plaintext_size // (SEALED_CHUNK_SIZE - TAG_SIZE)) + 1)
    return HEADER_SIZE + plaintext_size + chunks * TAG_SIZE


def plaintext_size_bound(sealed_size: int) -> int:
    """An upper bound of the plaintext size of a blob file of ``sealed_size`` bytes."""
    body = max(0, sealed_size - HEADER_SIZE)
    chunks = max(1, -(-body // SEALED_CHUNK_SIZE))
    return max(0, body - chunks * TAG_SIZE)


class BlobStore:
    """Sealed evidence files in ``<folder>/blobs``; the folder is created on the first write."""

    def __init__(self, folder: Path | str) -> None:
        self._dir = Path(folder) / "blobs"

    @property
    def directory(self) -> Path:
        """The folder that holds the blob files."""
        return self._dir

    def write(
        self,
        source: BinaryIO,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> BlobInfo:
        """Seal everything ``source`` yields into a new blob.

        Writes to a temp file in the same folder, fsyncs it and renames it atomically; on a
        cancel or any error the temp file is removed, so nothing is left behind.

        Raises:
            BlobCancelledError: ``cancel`` returned True.
        """
        self._dir.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(BLOB_KEY_BYTES)
        blob_id = secrets.token_hex(16)
        temp = self._dir / f"{_TEMP_PREFIX}{blob_id}"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                digest, size = _seal_into(out, source, key, progress, cancel)
                out.flush()
                os.fsync(out.fileno())
            _replace(temp, self._dir / blob_id)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        _fsync_directory(self._dir)
        return BlobInfo(blob_id=blob_id, key=key, sha256=digest, size=size)

    def open_reader(self, blob_id: str, key: bytes) -> Iterator[bytes]:
        """Iterate the verified plaintext chunks of a blob.

        The file is opened and its header checked before this returns; each chunk is yielded
        only after its tag verified. Stop early by closing the iterator (``.close()``).

        Raises:
            BlobNotFoundError: no such blob.
            BlobVersionError: a newer blob format.
            BlobDamagedError: on any tampering (possibly while iterating).
        """
        handle = self._open(blob_id)
        try:
            header = handle.read(HEADER_SIZE)
            aead = _check_header(header, key)
        except BaseException:
            handle.close()
            raise
        return _verified_chunks(handle, aead, header)

    def read_all(self, blob_id: str, key: bytes, max_bytes: int) -> bytes:
        """The whole verified plaintext, for images shown from memory.

        Raises:
            BlobTooLargeError: the blob holds more than ``max_bytes``.
            BlobNotFoundError, BlobVersionError, BlobDamagedError: as for `open_reader`.
        """
        if plaintext_size_bound(self.sealed_size(blob_id)) > max_bytes:
            raise BlobTooLargeError("blob larger than the allowed size")
        data = bytearray()
        reader = self.open_reader(blob_id, key)
        try:
            for chunk in reader:
                data += chunk
                if len(data) > max_bytes:
                    raise BlobTooLargeError("blob larger than the allowed size")
        finally:
            _close(reader)
        return bytes(data)

    def verify(self, blob_id: str, key: bytes, expected_sha256: str) -> bool:
        """True when the blob exists, authenticates completely and has this SHA-256 (hex)."""
        digest = hashlib.sha256()
        try:
            reader = self.open_reader(blob_id, key)
            try:
                for chunk in reader:
                    digest.update(chunk)
            finally:
                _close(reader)
        except (BlobNotFoundError, BlobDamagedError, BlobVersionError):
            return False
        return secrets.compare_digest(digest.hexdigest(), expected_sha256.lower())

    def delete(self, blob_id: str) -> None:
        """Remove a blob; removing one that is already gone is not an error.

        Just an unlink, no overwrite: on SSDs (wear levelling, copy-on-write) and journaling or
        copy-on-write file systems an overwrite does not reach the old physical blocks anyway.
        The file only ever held ciphertext, and its key dies with the database row.
        """
        path = self._path(blob_id)
        path.unlink(missing_ok=True)

    def exists(self, blob_id: str) -> bool:
        """True when a blob file with this id exists."""
        return _ID_PATTERN.fullmatch(blob_id) is not None and (self._dir / blob_id).is_file()

    def sealed_size(self, blob_id: str) -> int:
        """The size of the blob file on disk (ciphertext plus overhead)."""
        try:
            return self._path(blob_id).stat().st_size
        except FileNotFoundError:
            raise BlobNotFoundError("no such blob") from None

    def list_ids(self) -> list[str]:
        """The ids of all stored blobs (to find orphans after a crash)."""
        if not self._dir.is_dir():
            return []
        return sorted(p.name for p in self._dir.iterdir() if _ID_PATTERN.fullmatch(p.name))

    def remove_leftover_temp_files(self) -> int:
        """Remove temp files a killed process left behind; returns how many were removed."""
        if not self._dir.is_dir():
            return 0
        removed = 0
        for path in self._dir.glob(f"{_TEMP_PREFIX}*"):
            path.unlink(missing_ok=True)
            removed += 1
        return removed

    def _path(self, blob_id: str) -> Path:
        # The id becomes a file name: only the exact form we create is accepted.
        if _ID_PATTERN.fullmatch(blob_id) is None:
            raise BlobNotFoundError("malformed blob id")
        return self._dir / blob_id

    def _open(self, blob_id: str) -> BinaryIO:
        try:
            return self._path(blob_id).open("rb")
        except FileNotFoundError:
            raise BlobNotFoundError("no such blob") from None


def _seal_into(
    out: BinaryIO,
    source: BinaryIO,
    key: bytes,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> tuple[str, int]:
    salt = secrets.token_bytes(_SALT_BYTES)
    header = _MAGIC + bytes([_VERSION]) + salt
    out.write(header)
    sealer = StreamSealer(_stream_aead(key, salt), header, out.write)
    digest = hashlib.sha256()
    size = 0
    while True:
        if cancel is not None and cancel():
            raise BlobCancelledError("write cancelled")
        data = source.read(_READ_SIZE)
        if not data:
            break
        digest.update(data)
        sealer.write(data)
        size += len(data)
        if progress is not None:
            progress(size)
    sealer.finish()
    return digest.hexdigest(), size


def _check_header(header: bytes, key: bytes) -> AESGCM:
    if len(header) < HEADER_SIZE or not header.startswith(_MAGIC):
        raise BlobDamagedError("not a blob header")
    version = header[len(_MAGIC)]
    if version != _VERSION:
        # An unknown version is only "newer" if it is higher; a lower one is damage.
        if version > _VERSION:
            raise BlobVersionError(version)
        raise BlobDamagedError("bad blob version")
    return _stream_aead(key, header[len(_MAGIC) + 1 :])


def _verified_chunks(handle: BinaryIO, aead: AESGCM, header: bytes) -> Iterator[bytes]:
    with handle:
        try:
            yield from open_stream(aead, header, handle.read)
        except StreamError:
            raise BlobDamagedError("blob failed authentication") from None


def _close(iterator: Iterator[bytes]) -> None:
    close = getattr(iterator, "close", None)
    if close is not None:
        close()


def _replace(source: Path, target: Path) -> None:
    """os.replace, retried briefly on Windows where an antivirus may hold the file."""
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles to fsync."""
    if sys.platform == "win32":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
