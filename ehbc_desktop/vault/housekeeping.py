"""Temporary files the vault leaves when it is killed, and the private file modes of the folder."""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path

from ehbc_desktop.vault.open_vault import BLOBS_DIR

# What this program's own writers name their temp files: `atomic_write` (".<name>.<hex>.tmp"
# beside the target) and the blob store (".tmp-<id>" in blobs/).
_FOLDER_TEMP = re.compile(r"\.[^/]+\.[0-9a-f]{12}\.tmp")
_BLOB_TEMP = re.compile(r"\.tmp-[0-9a-f]{32}")
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def temp_files(folder: Path) -> list[Path]:
    """The vault's own temporary files in `folder` and its blobs folder (sorted)."""
    found: list[Path] = []
    for directory, pattern in ((folder, _FOLDER_TEMP), (folder / BLOBS_DIR, _BLOB_TEMP)):
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            found += [p for p in directory.iterdir() if pattern.fullmatch(p.name) and p.is_file()]
    return sorted(found)


def remove_temp_files(folder: Path) -> list[Path]:
    """Remove the vault's own temporary files; return the ones removed."""
    removed = []
    for path in temp_files(folder):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def make_private(folder: Path) -> None:
    """POSIX: the folders 0700, every file in them 0600 (Windows keeps the profile's ACL)."""
    if os.name == "nt":
        return
    for directory in (folder, folder / BLOBS_DIR):
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            _chmod(directory, FOLDER_MODE)
            for path in directory.iterdir():
                if path.is_file() and not path.is_symlink():
                    _chmod(path, FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    if stat.S_IMODE(path.stat().st_mode) != mode:
        with contextlib.suppress(PermissionError):
            path.chmod(mode)


def tidy_at_unlock(folder: Path) -> list[str]:
    """Called with the lock held: remove stale temp files, tighten the modes; return names."""
    removed = remove_temp_files(folder)
    make_private(folder)
    return [str(path.relative_to(folder)) for path in removed]
