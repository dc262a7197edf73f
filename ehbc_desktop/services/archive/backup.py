"""Encrypted backups of a whole vault folder, their rotation, and restoring one into a new folder.

A backup is a dated folder ``ehbc-backup-YYYYMMDD-HHMMSS`` holding a consistent snapshot of the
database made with SQLCipher's ``VACUUM INTO`` (which writes the copy encrypted under the same
data key: no plaintext page ever reaches the disk), the key-slot file, every evidence blob
(already encrypted) and ``backup.json``: the size and SHA-256 of every file. It is built in a
temp folder beside it and renamed when complete. Opening a restored vault needs the same
passphrases (or recovery code) as the vault had at the time of the backup.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.services.evidence.evidence_errors import (
    BackupDamagedError,
    BackupTargetNotEmptyError,
    BackupTooNewError,
    EvidenceWriteError,
    NotABackupError,
)
from ehbc_desktop.services.rights.confidential import ConfidentialService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.vault.commit_record import RECORD_FILE
from ehbc_desktop.vault.errors import errno_of
from ehbc_desktop.vault.keyslots import SLOTS_FILE
from ehbc_desktop.vault.open_vault import BLOBS_DIR, DATABASE_FILE
from ehbc_desktop.vault.output_files import check_output_folder

__all__ = ["BackupInfo", "backup_vault", "list_backups", "restore_backup"]

PREFIX = "ehbc-backup-"
MANIFEST = "backup.json"
FORMAT = "ehbc-backup"
VERSION = 1
DEFAULT_KEEP = 10
_NAME = re.compile(r"ehbc-backup-\d{8}-\d{6}(?:-\d+)?")
_FILE = re.compile(
    rf"{re.escape(DATABASE_FILE)}|{re.escape(SLOTS_FILE)}|{re.escape(RECORD_FILE)}"
    r"|blobs/[0-9a-f]{32}"
)
_COPY_CHUNK = 1024 * 1024

BackupProgress = Callable[[int, int], object]
"""Called with (files done, files in all)."""


@dataclass(frozen=True)
class BackupInfo:
    """A finished backup."""

    path: Path
    created_at: str
    files: int
    size: int


def backup_vault(
    session: VaultSession,
    to_dir: Path,
    keep: int = DEFAULT_KEEP,
    progress: BackupProgress | None = None,
) -> BackupInfo:
    """Make a backup of the open vault in ``to_dir`` and keep only the ``keep`` newest.

    ``to_dir`` may not lie inside a vault folder (`vault.output_files`). A folder this call
    made is removed again when the backup fails, so a full disk leaves no empty folder.

    Raises:
        InvalidInputError: ``keep`` below 1 (field "keep").
        OutputRefusedError: ``to_dir`` is inside a vault folder, or a file.
        EvidenceWriteError: the backup could not be written (``errno`` ENOSPC: the disk is
            full); nothing half is left.
    """
    if keep < 1:
        raise InvalidInputError("keep")
    to_dir = check_output_folder(Path(to_dir))
    now = datetime.now(UTC)
    made = _missing_folders(to_dir)
    try:
        to_dir.mkdir(parents=True, exist_ok=True)
        final = _free_name(to_dir, now)
        temp = to_dir / f".{final.name}.part"
        shutil.rmtree(temp, ignore_errors=True)
        temp.mkdir()
    except OSError as exc:
        _remove_empty(made)
        raise EvidenceWriteError(exc.errno) from None
    try:
        session.audit(AuditAction.EXPORT, "vault:backup", detail="backup")
        files = _fill(session, temp, progress)
        document = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": now.isoformat(timespec="seconds"),
            "files": files,
        }
        _write_synced(temp / MANIFEST, json.dumps(document, indent=1).encode())
        _fsync_dir(temp)
        os.rename(temp, final)
        _fsync_dir(to_dir)
    except BaseException as exc:
        shutil.rmtree(temp, ignore_errors=True)
        _remove_empty(made)
        code = errno_of(exc)
        if isinstance(exc, OSError) or code is not None:
            raise EvidenceWriteError(code) from None
        raise
    _rotate(to_dir, keep)
    size = sum(int(f["size"]) for f in files)
    return BackupInfo(final, str(document["created_at"]), len(files), size)


def _missing_folders(folder: Path) -> list[Path]:
    """The folders from `folder` up that do not exist yet, deepest first."""
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    return missing


def _remove_empty(folders: list[Path]) -> None:
    for folder in folders:  # deepest first; a folder that is not empty stays
        try:
            folder.rmdir()
        except OSError:
            return


def _free_name(to_dir: Path, now: datetime) -> Path:
    base = PREFIX + now.strftime("%Y%m%d-%H%M%S")
    candidate, number = to_dir / base, 2
    while candidate.exists():
        candidate = to_dir / f"{base}-{number}"
        number += 1
    return candidate


def _fill(
    session: VaultSession, temp: Path, progress: BackupProgress | None
) -> list[dict[str, Any]]:
    folder = session.vault.folder
    blobs_dir = folder / BLOBS_DIR
    blob_names = (
        sorted(p.name for p in blobs_dir.iterdir() if re.fullmatch(r"[0-9a-f]{32}", p.name))
        if blobs_dir.is_dir()
        else []
    )
    total = len(blob_names) + 2
    # The snapshot first: blobs it refers to exist now (deletes unlink after their commit).
    # A confidential case open for work is sealed for the snapshot and opened again after it.
    with ConfidentialService(session).sealed_during("backup"):
        _snapshot(session, temp / DATABASE_FILE)
        # A commit record for the snapshot (no commit runs in between: one worker, one
        # connection), so a restored vault opens with its proof of how far the database got.
        _write_synced(temp / RECORD_FILE, session.vault.snapshot_record(temp / DATABASE_FILE))
    files = [_entry(temp, DATABASE_FILE)]
    files.append(_entry(temp, RECORD_FILE))
    (temp / BLOBS_DIR).mkdir()
    for done, name in enumerate(blob_names, start=2):
        files.append(_copy(blobs_dir / name, temp, f"{BLOBS_DIR}/{name}"))
        if progress is not None:
            progress(done, total)
    files.append(_copy(folder / SLOTS_FILE, temp, SLOTS_FILE))
    if progress is not None:
        progress(total, total)
    return files


def _snapshot(session: VaultSession, target: Path) -> None:
    """``VACUUM INTO``: a consistent copy, encrypted by SQLCipher under the same key."""
    with session.vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if raw is None:  # pragma: no cover - an open engine always has one
            raise EvidenceWriteError("database")
        raw.execute("VACUUM INTO ?", (str(target),))
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def _entry(root: Path, name: str) -> dict[str, Any]:
    path = root / name
    return {"name": name, "size": path.stat().st_size, "sha256": _sha256(path)}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_COPY_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy(source: Path, root: Path, name: str, expected: str | None = None) -> dict[str, Any]:
    """Copy while hashing; with ``expected`` a mismatch raises BackupDamagedError."""
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as inp, (root / name).open("xb") as out:
        while chunk := inp.read(_COPY_CHUNK):
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
        out.flush()
        os.fsync(out.fileno())
    if expected is not None and digest.hexdigest() != expected:
        raise BackupDamagedError(name)
    return {"name": name, "size": size, "sha256": digest.hexdigest()}


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("xb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _fsync_dir(path: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def list_backups(to_dir: Path) -> list[Path]:
    """The finished backups in ``to_dir``, newest first."""
    to_dir = Path(to_dir)
    if not to_dir.is_dir():
        return []
    found = [
        p
        for p in to_dir.iterdir()
        if p.is_dir() and _NAME.fullmatch(p.name) and (p / MANIFEST).is_file()
    ]
    return sorted(found, key=lambda p: _sort_key(p.name), reverse=True)


def _sort_key(name: str) -> tuple[str, int]:
    """(timestamp, number): "ehbc-backup-20261122-001500-2" sorts after "...-001500"."""
    rest = name[len(PREFIX) :]
    return rest[:15], int(rest[16:] or 1)


def _rotate(to_dir: Path, keep: int) -> None:
    for old in list_backups(to_dir)[keep:]:
        shutil.rmtree(old, ignore_errors=True)


def _read_manifest(backup: Path) -> list[tuple[str, int, str]]:
    try:
        document = json.loads((backup / MANIFEST).read_text(encoding="utf-8"))
        version = document.get("version")
        if document.get("format") == FORMAT and type(version) is int and version > VERSION:
            raise BackupTooNewError  # install the newer version; not "no backup"
        if document.get("format") != FORMAT or version != VERSION:
            raise NotABackupError
        files = [(str(f["name"]), int(f["size"]), str(f["sha256"])) for f in document["files"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise NotABackupError from None
    names = [name for name, _size, _digest in files]
    if (
        any(_FILE.fullmatch(name) is None for name in names)
        or len(set(names)) != len(names)
        or not {DATABASE_FILE, SLOTS_FILE} <= set(names)
    ):
        raise NotABackupError
    return files


def restore_backup(backup: Path, vault_dir: Path, progress: BackupProgress | None = None) -> None:
    """Copy a backup into ``vault_dir``, which must not exist or be empty; every file checked.

    The key-slot file is copied last: until it is there the folder is not a vault. On a
    damaged backup everything copied so far is removed again.

    Raises:
        NotABackupError (BackupTooNewError when a newer version made it),
        BackupTargetNotEmptyError, BackupDamagedError, EvidenceWriteError;
        OutputRefusedError when ``vault_dir`` lies inside another vault folder.
    """
    backup, vault_dir = Path(backup), Path(vault_dir)
    files = _read_manifest(backup)
    if vault_dir.exists() and (not vault_dir.is_dir() or any(vault_dir.iterdir())):
        raise BackupTargetNotEmptyError
    vault_dir = check_output_folder(vault_dir)
    ordered = sorted(files, key=lambda f: (f[0] == SLOTS_FILE, f[0]))
    created = not vault_dir.exists()
    try:
        (vault_dir / BLOBS_DIR).mkdir(parents=True, exist_ok=True)
        for done, (name, _size, digest) in enumerate(ordered, start=1):
            if not (backup / name).is_file():
                raise BackupDamagedError(name)
            _copy(backup / name, vault_dir, name, expected=digest)
            if progress is not None:
                progress(done, len(ordered))
        _fsync_dir(vault_dir / BLOBS_DIR)
        _fsync_dir(vault_dir)
    except BaseException as exc:
        _empty(vault_dir, remove=created)
        if isinstance(exc, OSError):
            raise EvidenceWriteError(exc.errno) from None
        raise


def _empty(folder: Path, *, remove: bool) -> None:
    if remove:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for child in folder.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


class BackupService:
    """Backups of the open vault, as the window and the automatic backup ask for them."""

    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def make(
        self, to_dir: Path, *, keep: int, progress: BackupProgress | None = None
    ) -> BackupInfo:
        """Make a checked backup of the whole vault in `to_dir`, keeping the newest `keep`."""
        return backup_vault(self._session, to_dir, keep=keep, progress=progress)
