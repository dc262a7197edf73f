"""No plaintext of evidence (or of a pupil's name) reaches the disk outside the vault's ciphertext.

Evidence holding a marker string is added, exported into an archive, imported into a second
vault, viewed and locked; then every file under the test's folder and the temp folder is read
and must not contain the marker or the name, in UTF-8 or UTF-16.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest

from ehbc_desktop.services.archive.archive_export import ArchiveExportService
from ehbc_desktop.services.archive.archive_import import import_archive, verify_archive
from ehbc_desktop.services.evidence.evidence import EvidenceService
from tests.builders.archive import ARCHIVE_PASSPHRASE, FAST_WORK_FACTOR, MARKER, vault_with_cases
from tests.builders.vault import new_vault

NAME = "Vandenberghé"


def _needles() -> list[bytes]:
    text = MARKER.decode()
    return [MARKER, text.encode("utf-16-le"), NAME.encode(), NAME.encode("utf-16-le")]


def _leaks(root: Path, since: float) -> list[str]:
    found = []
    for path in root.rglob("*"):
        try:
            if not path.is_file() or path.stat().st_mtime < since:
                continue
            data = path.read_bytes()
        except OSError:
            continue
        if any(needle in data for needle in _needles()):
            found.append(str(path))
    return found


def test_no_plaintext_after_import_view_and_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    start = time.time() - 1
    a, ids = vault_with_cases(tmp_path / "a")
    archive = tmp_path / "cases.ehbc"
    try:
        ArchiveExportService(a).export(
            ids, archive, ARCHIVE_PASSPHRASE, work_factor=FAST_WORK_FACTOR
        )
    finally:
        a.close()
    verify_archive(archive, ARCHIVE_PASSPHRASE)
    b = new_vault(tmp_path / "b")
    try:
        import_archive(b, archive, ARCHIVE_PASSPHRASE)
        service = EvidenceService(b)
        for case_id in ids:
            for item in service.list_for_case(case_id):
                assert MARKER in service.read_for_view(item.id)
    finally:
        b.close()
    assert _leaks(tmp_path, start) == []
    assert _leaks(Path(tempfile.gettempdir()), start) == []
