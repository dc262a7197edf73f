"""Crash-safe file replacement: temp file in the same folder, fsync, os.replace, fsync folder."""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from ehbc_desktop.vault.errors import VaultWriteError

# On Windows an antivirus scanner may hold the target for a moment; retry the rename.
_REPLACE_ATTEMPTS = 8
_REPLACE_PAUSE_SECONDS = 0.05


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk (POSIX); a no-op where folders cannot be opened."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_with_retry(source: Path, target: Path) -> None:
    """`os.replace`, retried a few times while another program (an antivirus) holds `target`."""
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_PAUSE_SECONDS * (attempt + 1))


def write_atomic(target: Path, data: bytes, operation: str) -> None:
    """Replace `target` with `data` so a crash leaves either the old or the new file whole.

    Raises:
        VaultWriteError: the disk is full, the folder is read-only, or the rename kept failing.
    """
    temp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_with_retry(temp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise VaultWriteError(operation, exc.errno) from exc
