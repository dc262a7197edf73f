"""Encrypted vault backups: what they hold, rotation, and restoring into an empty folder only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ehbc_desktop.services.access import access
from ehbc_desktop.services.archive.backup import backup_vault, list_backups, restore_backup
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.evidence import evidence_errors as errors
from ehbc_desktop.services.evidence.evidence import EvidenceService
from tests.builders.archive import MARKER, vault_with_cases
from tests.builders.vault import PASSPHRASE


def test_backup_restore_round_trip_without_plaintext(tmp_path: Path) -> None:
    session, ids = vault_with_cases(tmp_path / "vault", count=1)
    try:
        items = EvidenceService(session).list_for_case(ids[0])
        expected = {i.id: EvidenceService(session).read_for_view(i.id) for i in items}
        info = backup_vault(session, tmp_path / "backups")
    finally:
        session.close()
    names = sorted(str(p.relative_to(info.path)) for p in info.path.rglob("*") if p.is_file())
    assert names[:1] == ["backup.json"] and "keyslots.json" in names and "vault.db" in names
    assert sum(n.startswith("blobs/") for n in names) == 2
    for path in info.path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert MARKER not in data and "Amélie".encode() not in data
            assert not data.startswith(b"SQLite format 3")
    restore_backup(info.path, tmp_path / "restored")
    restored = access.unlock(tmp_path / "restored", "juf.an", PASSPHRASE)
    try:
        service = EvidenceService(restored)
        assert {i.id: service.read_for_view(i.id) for i in items} == expected
        assert CaseService(restored).get_case(ids[0]).case.reference == "2026-0001"
    finally:
        restored.close()


def test_rotation_keeps_the_newest(tmp_path: Path) -> None:
    session, _ids = vault_with_cases(tmp_path / "vault", count=1)
    try:
        made = [backup_vault(session, tmp_path / "b", keep=2).path for _ in range(3)]
    finally:
        session.close()
    assert list_backups(tmp_path / "b") == [made[2], made[1]]
    assert not made[0].exists()
    assert not any(p.name.endswith(".part") for p in (tmp_path / "b").iterdir())


def test_restore_refuses_a_non_empty_folder_and_a_damaged_backup(tmp_path: Path) -> None:
    session, _ids = vault_with_cases(tmp_path / "vault", count=1)
    try:
        backup = backup_vault(session, tmp_path / "b").path
    finally:
        session.close()
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "something.txt").write_text("x")
    with pytest.raises(errors.BackupTargetNotEmptyError):
        restore_backup(backup, busy)
    assert sorted(p.name for p in busy.iterdir()) == ["something.txt"]
    with pytest.raises(errors.NotABackupError):
        restore_backup(tmp_path / "vault", tmp_path / "new")
    manifest = json.loads((backup / "backup.json").read_text())
    blob = next(f["name"] for f in manifest["files"] if f["name"].startswith("blobs/"))
    raw = bytearray((backup / blob).read_bytes())
    raw[-1] ^= 1
    (backup / blob).write_bytes(bytes(raw))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(errors.BackupDamagedError):
        restore_backup(backup, empty)
    assert list(empty.iterdir()) == []


@pytest.mark.parametrize(("version", "error"), [
    (2, errors.BackupTooNewError), (0, errors.NotABackupError), ("2", errors.NotABackupError),
])  # fmt: skip
def test_a_backup_of_a_newer_version_says_so_and_restores_nothing(
    tmp_path: Path, version: object, error: type[Exception]
) -> None:
    session, _ids = vault_with_cases(tmp_path / "vault", count=1)
    try:
        backup = backup_vault(session, tmp_path / "b").path
    finally:
        session.close()
    manifest = json.loads((backup / "backup.json").read_text())
    manifest["version"] = version
    (backup / "backup.json").write_text(json.dumps(manifest))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(error) as caught:
        restore_backup(backup, empty)
    assert type(caught.value) is error  # only a higher whole number means "newer"
    assert list(empty.iterdir()) == []
