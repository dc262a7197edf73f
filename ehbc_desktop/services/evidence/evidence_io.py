"""Small I/O helpers of the evidence services: sources, hashing, progress and blob errors."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ehbc_desktop.services.evidence.evidence_errors import (
    EvidenceDamagedError,
    EvidenceNotAFileError,
    EvidenceTooLargeError,
    EvidenceUnreadableError,
    OperationCancelledError,
)
from ehbc_desktop.vault.blobs import BlobError, BlobNotFoundError, BlobTooLargeError

ProgressCallback = Callable[[int], object]
"""Called with the number of bytes done so far."""
CancelCheck = Callable[[], bool]
"""Returns True when the user asked to stop."""

READ_SIZE = 1024 * 1024


class GuardedSource:
    """A read-only file wrapper whose read errors become `EvidenceUnreadableError`."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle

    def read(self, size: int = -1, /) -> bytes:
        """Read like the wrapped file; an OSError becomes EvidenceUnreadableError."""
        try:
            return self._handle.read(size)
        except OSError as exc:
            raise EvidenceUnreadableError(exc.errno) from None


def source_size(path: Path) -> int:
    """The size of a regular file, checked before it is opened.

    Raises:
        EvidenceUnreadableError: missing or not accessible.
        EvidenceNotAFileError: a folder, FIFO, device or socket (opening a FIFO would block).
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise EvidenceUnreadableError(exc.errno) from None
    if not stat.S_ISREG(info.st_mode):
        raise EvidenceNotAFileError
    return info.st_size


@contextmanager
def open_source(path: Path) -> Iterator[BinaryIO]:
    """Open a regular file to read.

    Raises:
        EvidenceUnreadableError: missing or unreadable.
        EvidenceNotAFileError: not a regular file (also when it was swapped after the check).
    """
    source_size(path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise EvidenceUnreadableError(exc.errno) from None
    handle = os.fdopen(fd, "rb")
    with handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise EvidenceNotAFileError
        yield GuardedSource(handle)  # type: ignore[misc]


def hash_stream(
    stream: BinaryIO,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> str:
    """SHA-256 (hex) of everything ``stream`` yields, without keeping any of it."""
    digest = hashlib.sha256()
    done = 0
    while True:
        if cancel is not None and cancel():
            raise OperationCancelledError
        data = stream.read(READ_SIZE)
        if not data:
            return digest.hexdigest()
        digest.update(data)
        done += len(data)
        if progress is not None:
            progress(done)


@contextmanager
def blob_errors() -> Iterator[None]:
    """Turn the blob store's errors into service errors."""
    try:
        yield
    except BlobTooLargeError:
        raise EvidenceTooLargeError("blob") from None
    except BlobNotFoundError:
        raise EvidenceDamagedError("missing") from None
    except BlobError:
        raise EvidenceDamagedError("blob") from None
