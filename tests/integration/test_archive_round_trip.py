"""Export two cases with evidence from vault A, import into vault B: everything arrives equal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ehbc_desktop.services.archive.archive_export import ArchiveExportService
from ehbc_desktop.services.archive.archive_import import Conflict, import_archive, verify_archive
from ehbc_desktop.services.evidence.evidence import EvidenceService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import loader
from ehbc_desktop.vault.archive_tar import read_archive
from tests.builders.archive import ARCHIVE_PASSPHRASE, FAST_WORK_FACTOR, vault_with_cases
from tests.builders.vault import new_vault


@pytest.fixture(scope="module")
def exported(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[VaultSession, list[str], Path]]:
    root = tmp_path_factory.mktemp("roundtrip")
    session, ids = vault_with_cases(root / "a")
    archive = root / "out" / "cases.ehbc"
    archive.parent.mkdir()
    ArchiveExportService(session).export(
        ids, archive, ARCHIVE_PASSPHRASE, work_factor=FAST_WORK_FACTOR
    )
    yield session, ids, archive
    session.close()


def _records(session: VaultSession, case_id: str) -> tuple[object, object]:
    with session.unit() as s:
        return loader.load_case_record(s, case_id), loader.load_amendments(s, case_id)


def _evidence_bytes(session: VaultSession, case_id: str) -> dict[str, bytes]:
    service = EvidenceService(session)
    return {item.id: service.read_for_view(item.id) for item in service.list_for_case(case_id)}


def test_every_record_and_evidence_byte_arrives(
    exported: tuple[VaultSession, list[str], Path], tmp_path: Path
) -> None:
    a, ids, archive = exported
    b = new_vault(tmp_path / "b")
    try:
        result = import_archive(b, archive, ARCHIVE_PASSPHRASE)
        assert [(old, new) for old, new, _ref in result.imported] == [(i, i) for i in ids]
        assert result.evidence_count == 4
        for case_id in ids:
            assert _records(b, case_id) == _records(a, case_id)
            assert _evidence_bytes(b, case_id) == _evidence_bytes(a, case_id)
    finally:
        b.close()


def test_documents_are_the_case_summaries(exported: tuple[VaultSession, list[str], Path]) -> None:
    _a, ids, archive = exported
    documents: dict[str, bytes] = {}

    def sink(name: str, chunks: Iterator[bytes]) -> None:
        data = b"".join(chunks)
        if name.startswith("documents/"):
            documents[name] = data

    with archive.open("rb") as handle:
        read_archive(handle, ARCHIVE_PASSPHRASE, sink)
    assert sorted(documents) == sorted(f"documents/{i}.pdf" for i in ids)
    assert all(pdf.startswith(b"%PDF") for pdf in documents.values())


def test_verify_lists_the_cases_without_a_vault(
    exported: tuple[VaultSession, list[str], Path],
) -> None:
    a, ids, archive = exported
    summary = verify_archive(archive, ARCHIVE_PASSPHRASE)
    assert [c.case_id for c in summary.cases] == ids
    assert [c.reference for c in summary.cases] == ["2026-0001", "2026-0002"]
    assert summary.evidence_count == 4 and summary.documents == 2
    sizes = sum(i.size for c in ids for i in EvidenceService(a).list_for_case(c))
    assert summary.evidence_bytes == sizes


def test_conflicts_skip_or_copy_with_new_ids(
    exported: tuple[VaultSession, list[str], Path], tmp_path: Path
) -> None:
    a, _ids, archive = exported
    b = new_vault(tmp_path / "b")
    try:
        import_archive(b, archive, ARCHIVE_PASSPHRASE)
        skipped = import_archive(b, archive, ARCHIVE_PASSPHRASE, Conflict.SKIP)
        assert skipped.imported == () and skipped.skipped == ("2026-0001", "2026-0002")
        copied = import_archive(b, archive, ARCHIVE_PASSPHRASE, Conflict.COPY)
        assert [ref for _o, _n, ref in copied.imported] == ["2026-0001-2", "2026-0002-2"]
        for old, new, _ref in copied.imported:
            assert new != old
            original, _amend = _records(a, old)
            copy, _amend2 = _records(b, new)
            assert copy.case.title == original.case.title  # type: ignore[attr-defined]
            assert {p.id for p in copy.participants}.isdisjoint(  # type: ignore[attr-defined]
                p.id
                for p in original.participants  # type: ignore[attr-defined]
            )
            assert sorted(_evidence_bytes(b, new).values()) == sorted(
                _evidence_bytes(a, old).values()
            )
    finally:
        b.close()
