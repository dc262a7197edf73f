"""The evidence locker on a real encrypted database and blob store."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.errors import InvalidInputError, NotFoundError
from ehbc_desktop.services.evidence import evidence_errors as errors
from ehbc_desktop.services.evidence.evidence import (
    EvidenceInput,
    EvidenceService,
    ExportReason,
    NotImportedInput,
)
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.blobs import BlobStore
from ehbc_desktop.vault.errors import OutputRefusedError
from tests.builders.inputs import victim

DATA = b"screenshot bytes " * 5000


@pytest.fixture
def case_id(vault_session: VaultSession) -> str:
    return CaseService(vault_session).create_case("Groepschat", [victim()])


def _blob_files(vs: VaultSession) -> list[Path]:
    folder = BlobStore(vs.vault.folder).directory
    return sorted(folder.iterdir()) if folder.is_dir() else []


def _actions(vs: VaultSession) -> list[tuple[AuditAction, str, str]]:
    with vs.unit() as s:
        rows = s.execute(select(m.AuditEvent).order_by(m.AuditEvent.seq)).scalars()
        return [(r.action, r.target, r.detail) for r in rows]


def test_add_file_keeps_hash_size_and_key_only_in_the_database(
    vault_session: VaultSession, case_id: str, tmp_path: Path
) -> None:
    source = tmp_path / "chat.png"
    source.write_bytes(DATA)
    seen: list[int] = []
    service = EvidenceService(vault_session)
    item = service.add_file(
        case_id, source, EvidenceInput("Schermafdruk", "moeder", platform="Snapchat"),
        progress=seen.append,
    )  # fmt: skip
    assert item.sha256 == hashlib.sha256(DATA).hexdigest()
    assert (item.size, item.original_name, item.media_type) == (len(DATA), "chat.png", "image/png")
    assert seen[-1] == len(DATA)
    assert [i.id for i in service.list_for_case(case_id)] == [item.id]
    with vault_session.unit() as s:
        row = s.get(m.EvidenceItem, item.id)
        assert row is not None and row.blob_key is not None and len(row.blob_key) == 32
    (blob,) = _blob_files(vault_session)
    assert DATA[:64] not in blob.read_bytes()
    assert service.verify_case(case_id) == [(item, True)]


def test_view_reads_into_memory_and_audits_every_time(
    vault_session: VaultSession, case_id: str
) -> None:
    service = EvidenceService(vault_session)
    item = service.add_stream(case_id, io.BytesIO(DATA), EvidenceInput("Bericht"))
    assert service.read_for_view(item.id) == DATA
    assert service.read_for_view(item.id) == DATA
    views = [
        a for a in _actions(vault_session) if a[:2] == (AuditAction.VIEW, f"evidence:{item.id}")
    ]
    assert len(views) == 2
    with pytest.raises(errors.EvidenceTooLargeError):
        service.read_for_view(item.id, max_bytes=100)


def test_cancel_leaves_no_blob_and_no_row(vault_session: VaultSession, case_id: str) -> None:
    calls = iter([False, False, True])
    service = EvidenceService(vault_session)
    with pytest.raises(errors.OperationCancelledError):
        service.add_stream(
            case_id, io.BytesIO(DATA * 30), EvidenceInput("groot"), cancel=lambda: next(calls)
        )
    assert service.list_for_case(case_id) == []
    assert _blob_files(vault_session) == []


def test_unknown_case_writes_nothing(vault_session: VaultSession) -> None:
    with pytest.raises(NotFoundError):
        EvidenceService(vault_session).add_stream("0" * 32, io.BytesIO(DATA), EvidenceInput("x"))
    assert _blob_files(vault_session) == []


def test_sexual_images_of_minors_take_no_bytes(
    vault_session: VaultSession, case_id: str, tmp_path: Path
) -> None:
    source = tmp_path / "do-not-store.jpg"
    source.write_bytes(DATA)
    service = EvidenceService(vault_session)
    digest = service.fingerprint_file(source)
    item = service.record_not_imported(
        case_id,
        NotImportedInput("Foto doorgestuurd in klasgroep", digest.upper(), "politie", "PV-123"),
    )
    assert item.not_imported_sexual_content and item.sha256 == digest and item.size == 0
    assert _blob_files(vault_session) == []
    with pytest.raises(errors.NoEvidenceBytesError):
        service.read_for_view(item.id)
    assert service.verify_case(case_id) == []
    with pytest.raises(InvalidInputError):
        service.record_not_imported(case_id, NotImportedInput("x", "not-a-hash", "", "PV-1"))
    with pytest.raises(InvalidInputError) as missing:
        service.record_not_imported(case_id, NotImportedInput("x", holder="politie"))
    assert missing.value.field == "police_reference"
    without = service.record_not_imported(
        case_id, NotImportedInput("Foto", holder="politie", police_reference="PV-124")
    )
    assert without.sha256 == "" and without.not_imported_sexual_content


def test_export_to_open_logs_the_reason_inside_the_vault_only(
    vault_session: VaultSession, case_id: str, tmp_path: Path
) -> None:
    service = EvidenceService(vault_session)
    item = service.add_stream(case_id, io.BytesIO(DATA), EvidenceInput("Bericht"))
    target = tmp_path / "out" / "copy.png"
    target.parent.mkdir()
    with pytest.raises(InvalidInputError):
        service.export_to_open(item.id, target, ExportReason.POLICE, "  ")
    log_id = service.export_to_open(item.id, target, ExportReason.POLICE, "Voor inspecteur Peeters")
    assert target.read_bytes() == DATA
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.png"]
    with vault_session.unit() as s:
        log = s.get(m.EvidenceExport, log_id)
        assert log is not None and log.reason == "Voor inspecteur Peeters"
    (export,) = [a for a in _actions(vault_session) if a[0] is AuditAction.EXPORT]
    assert export[2] == f"open_copy;reason=police;log={log_id}"
    assert "Peeters" not in repr(_actions(vault_session))
    with pytest.raises(OutputRefusedError):  # an existing file only when the user agreed
        service.export_to_open(item.id, target, ExportReason.POLICE, "nog eens")
    assert target.read_bytes() == DATA


def test_verify_finds_a_changed_blob_and_delete_removes_file_and_key(
    vault_session: VaultSession, case_id: str
) -> None:
    service = EvidenceService(vault_session)
    good = service.add_stream(case_id, io.BytesIO(DATA), EvidenceInput("goed"))
    bad = service.add_stream(case_id, io.BytesIO(DATA), EvidenceInput("kapot"))
    with vault_session.unit() as s:
        row = s.get(m.EvidenceItem, bad.id)
        assert row is not None and row.blob_id is not None
        blob = BlobStore(vault_session.vault.folder).directory / row.blob_id
    raw = bytearray(blob.read_bytes())
    raw[100] ^= 1
    blob.write_bytes(bytes(raw))
    assert [(i.id, ok) for i, ok in service.verify_case(case_id)] == [
        (good.id, True),
        (bad.id, False),
    ]
    with pytest.raises(errors.EvidenceDamagedError):
        service.read_for_view(bad.id)
    service.delete(bad.id)
    assert not blob.exists()
    assert [i.id for i in service.list_for_case(case_id)] == [good.id]
    assert (AuditAction.DELETE, f"evidence:{bad.id}", "") in _actions(vault_session)
