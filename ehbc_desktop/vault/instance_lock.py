"""One opener per vault: an OS lock on a lock file that names its holder (pid, host, time).

The operating system drops the lock when the holder dies, so a crashed program's lock file is
stale by construction and the next opener simply takes it over.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from ehbc_desktop.vault.errors import VaultInUseError, VaultWriteError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Lock one byte far past the text, so other programs can still read who holds the lock.
    _WINDOWS_LOCK_OFFSET = 1 << 20

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        handle.seek(0)

else:
    import fcntl

    # flock, not fcntl/lockf: flock locks belong to the open file, so a second open in this
    # same process is refused too (POSIX record locks would silently be shared).
    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _holder_error(handle: IO[bytes]) -> VaultInUseError:
    with contextlib.suppress(OSError, ValueError):
        handle.seek(0)
        holder = json.loads(handle.read(4096))
        pid = holder.get("pid")
        return VaultInUseError(
            pid=pid if isinstance(pid, int) else None,
            hostname=str(holder.get("hostname", "")),
            since=str(holder.get("since", "")),
        )
    return VaultInUseError()


def ensure_free(path: Path) -> None:
    """Raise VaultInUseError when someone holds the lock; change nothing on disk.

    Used before the (slow) key derivation so a user does not wait to hear the vault is open
    elsewhere. The file is only opened for reading and never created.
    """
    try:
        with open(path, "rb") as handle:
            if not _try_lock(handle):
                raise _holder_error(handle)
            _unlock(handle)
    except FileNotFoundError:
        return
    except VaultInUseError:
        raise
    except OSError:
        return  # the real acquire will report it


class InstanceLock:
    """A held vault lock; release it with `release()` (idempotent)."""

    def __init__(self, path: Path, handle: IO[bytes]) -> None:
        self.path = path
        self._handle: IO[bytes] | None = handle

    @classmethod
    def acquire(cls, path: Path) -> InstanceLock:
        """Take the lock at `path` and write this process's details into it.

        Raises:
            VaultInUseError: another opener holds it (its details are in the error).
            VaultWriteError: the lock file cannot be created or written.
        """
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise VaultWriteError("lock", exc.errno) from exc
        handle = os.fdopen(fd, "r+b")
        if not _try_lock(handle):
            error = _holder_error(handle)
            handle.close()
            raise error
        holder = {
            "pid": os.getpid(),
            "hostname": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps(holder).encode() + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        except OSError as exc:
            _unlock(handle)
            handle.close()
            raise VaultWriteError("lock", exc.errno) from exc
        return cls(path, handle)

    @property
    def held(self) -> bool:
        """True until `release()` has been called."""
        return self._handle is not None

    def release(self) -> None:
        """Release the lock. The file stays: deleting it would race with a new opener."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()
