"""A cancelled export or import leaves nothing behind: no file, no blob, no row."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ehbc_desktop.services.archive.archive_export import ArchiveExportService
from ehbc_desktop.services.archive.archive_import import import_archive
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.services.evidence.evidence_errors import OperationCancelledError
from tests.builders.archive import ARCHIVE_PASSPHRASE, FAST_WORK_FACTOR, vault_with_cases
from tests.builders.vault import new_vault, settle
from tests.readers import tree_digest


def _cancel_after(calls: int) -> object:
    count = iter(range(calls + 1000000))
    return lambda: next(count) >= calls


def test_cancelled_export_and_import_leave_nothing(tmp_path: Path) -> None:
    a, ids = vault_with_cases(tmp_path / "a", count=1)
    try:
        EvidenceService(a).add_stream(
            ids[0], io.BytesIO(bytes(3_000_000)), EvidenceInput("video", original_name="v.mp4")
        )
        out = tmp_path / "out"
        out.mkdir()
        service = ArchiveExportService(a)
        with pytest.raises(OperationCancelledError):
            service.export(
                ids, out / "x.ehbc", ARCHIVE_PASSPHRASE,
                cancel=_cancel_after(2), work_factor=FAST_WORK_FACTOR,
            )  # fmt: skip
        assert list(out.iterdir()) == []
        service.export(ids, out / "x.ehbc", ARCHIVE_PASSPHRASE, work_factor=FAST_WORK_FACTOR)
    finally:
        a.close()
    b = new_vault(tmp_path / "b")
    try:
        settle(b)
        before = tree_digest(b.vault.folder)
        progress: list[int] = []
        with pytest.raises(OperationCancelledError):
            import_archive(
                b, out / "x.ehbc", ARCHIVE_PASSPHRASE,
                progress=lambda done, total: progress.append(done),
                cancel=lambda: len(progress) > 20,
            )  # fmt: skip
        assert tree_digest(b.vault.folder) == before
        assert import_archive(b, out / "x.ehbc", ARCHIVE_PASSPHRASE).evidence_count == 3
    finally:
        b.close()
