"""Output files outside the vault: the one helper every writer of a user-chosen file goes through.

A PDF, an archive, a calendar file, an evidence copy or a backup folder is written only
- never inside a vault folder (or a backup of one) nor onto one of its files,
- onto an existing file only when the caller says the user agreed (`--force`, or the save
  dialog's own confirmation), and
- through a temporary file beside the target that is fsynced and renamed over it, so a crash,
  a full disk or a cancel leaves the old file (or nothing) and never half a file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ehbc_desktop.vault.atomic_write import fsync_folder, replace_with_retry
from ehbc_desktop.vault.errors import OutputRefusedError, VaultWriteError
from ehbc_desktop.vault.keyslots import SLOTS_FILE
from ehbc_desktop.vault.open_vault import DATABASE_FILE

__all__ = ["check_output_file", "check_output_folder", "is_vault_folder", "open_output",
           "write_output"]  # fmt: skip

# A folder holding one of these is a vault (or a backup of one); see vault/open_vault.py.
_VAULT_MARKERS = (SLOTS_FILE, DATABASE_FILE)


def is_vault_folder(folder: Path) -> bool:
    """True when `folder` holds a vault's key-slot file or database (a vault or a backup)."""
    return any((folder / marker).exists() for marker in _VAULT_MARKERS)


def _inside_a_vault(path: Path) -> bool:
    """True when `path` or any folder above it is a vault folder."""
    resolved = path.resolve()
    return any(is_vault_folder(folder) for folder in (resolved, *resolved.parents))


def check_output_file(path: Path, *, overwrite: bool) -> Path:
    """Check that `path` may be written now; return it as an absolute path.

    Raises:
        OutputRefusedError: ``inside-vault``, ``exists`` (without `overwrite`) or ``not-a-file``.
    """
    target = Path(path).absolute()
    if _inside_a_vault(target.parent) or is_vault_folder(target):
        raise OutputRefusedError("inside-vault")
    if target.is_dir() or (target.exists() and not target.is_file()):
        raise OutputRefusedError("not-a-file")
    if target.exists() and not overwrite:
        raise OutputRefusedError("exists")
    return target


def check_output_folder(folder: Path) -> Path:
    """Check that `folder` may receive new output (a backup folder, say); return it absolute.

    Raises:
        OutputRefusedError: ``inside-vault`` or ``not-a-file`` (a file stands at that path).
    """
    target = Path(folder).absolute()
    if _inside_a_vault(target):
        raise OutputRefusedError("inside-vault")
    if target.exists() and not target.is_dir():
        raise OutputRefusedError("not-a-file")
    return target


@contextlib.contextmanager
def open_output(path: Path, *, overwrite: bool, operation: str = "export") -> Iterator[BinaryIO]:
    """Write a new output file through a temp file beside it, renamed over `path` at the end.

    The temp file is removed when the block raises (a cancel, a full disk): nothing is left.

    Raises:
        OutputRefusedError: see `check_output_file` (checked before and again just before the
            rename, so a file that appeared meanwhile is not replaced without `overwrite`).
        VaultWriteError: the disk is full, the folder read-only, ... (`errno` set).
    """
    target = check_output_file(path, overwrite=overwrite)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    try:
        with open(temp, "xb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        check_output_file(target, overwrite=overwrite)
        if overwrite:
            replace_with_retry(temp, target)
        else:
            _rename_no_replace(temp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise VaultWriteError(operation, exc.errno) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _rename_no_replace(source: Path, target: Path) -> None:
    """Rename without ever replacing a file that appeared meanwhile (USB sticks may not know
    hard links: then a last check and a plain rename)."""
    if sys.platform == "win32":
        os.rename(source, target)  # refuses an existing target on Windows
        return
    try:
        os.link(source, target)
    except FileExistsError:
        raise OutputRefusedError("exists") from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
        if target.exists():
            raise OutputRefusedError("exists") from None
        os.rename(source, target)
    else:
        source.unlink()


def write_output(path: Path, data: bytes, *, overwrite: bool, operation: str = "export") -> Path:
    """Write `data` to the output file `path` (see `open_output`); return the absolute path."""
    with open_output(path, overwrite=overwrite, operation=operation) as handle:
        handle.write(data)
    return Path(path).absolute()
