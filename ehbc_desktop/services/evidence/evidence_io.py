"""Small I/O helpers of the evidence services: sources, hashing, progress and blob errors."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ehbc_desktop.services.evidence.evidence_errors import (
    EvidenceDamagedError,
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


@contextmanager
def open_source(path: Path) -> Iterator[BinaryIO]:
    """Open a file to read; a missing or unreadable file raises EvidenceUnreadableError."""
    try:
        handle = Path(path).open("rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise EvidenceUnreadableError(exc.errno) from None
    with handle:
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
