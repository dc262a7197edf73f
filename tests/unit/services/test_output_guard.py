"""Every service that writes a user-chosen file goes through vault.output_files.

Table-driven over the writers behind the window's save dialogs (PDF, calendar, evidence copy,
archive, backup) and the targets that must be refused: a vault file, the vault folder, a new
file inside it, and an existing file without the save dialog's confirmation.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ehbc_desktop.services.archive.archive_export import ArchiveExportService
from ehbc_desktop.services.archive.backup import backup_vault
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService, ExportReason
from ehbc_desktop.services.followup.followups import FollowUpService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.vault import output_files
from ehbc_desktop.vault.errors import OutputRefusedError
from tests.builders.inputs import victim

ARCHIVE_PASSPHRASE = "kroon-pijl-paars-penning-snoek-waker"
PDF = b"%PDF-1.4 minimal"

Writer = Callable[[VaultSession, str, Path, bool], object]


def _pdf(vs: VaultSession, _case: str, target: Path, overwrite: bool) -> object:
    return DocumentService(vs).save_pdf(PDF, target, "case-summary", None, overwrite=overwrite)


def _ics(vs: VaultSession, _case: str, target: Path, overwrite: bool) -> object:
    return FollowUpService(vs).export_ics([], target, overwrite=overwrite)


def _evidence(vs: VaultSession, case: str, target: Path, overwrite: bool) -> object:
    service = EvidenceService(vs)
    source = vs.vault.folder.parent / "chat.txt"
    source.write_bytes(b"chat")
    item = service.add_file(case, source, EvidenceInput("chat"))
    return service.export_to_open(item.id, target, ExportReason.POLICE, "pv", overwrite=overwrite)


def _archive(vs: VaultSession, case: str, target: Path, overwrite: bool) -> object:
    return ArchiveExportService(vs).export(
        [case], target, ARCHIVE_PASSPHRASE, include_documents=False, overwrite=overwrite,
        work_factor=10,  # the archive's scrypt cost is not what is tested here
    )


WRITERS: dict[str, Writer] = {"pdf": _pdf, "ics": _ics, "evidence": _evidence, "archive": _archive}
INSIDE = ["keyslots.json", "vault.db", "new.pdf", "blobs/new.pdf", "."]


@pytest.fixture
def case_id(vault_session: VaultSession) -> str:
    return CaseService(vault_session).create_case("Groepschat", [victim()])


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_no_writer_writes_into_the_vault(
    vault_session: VaultSession, case_id: str, writer: str
) -> None:
    folder = vault_session.vault.folder
    before = {p: p.stat().st_size for p in folder.rglob("*") if p.name == "keyslots.json"}
    for inside in INSIDE:  # a vault file, the folder, a new file in it or in its blobs
        for overwrite in (False, True):  # not even with the user's consent
            with pytest.raises(OutputRefusedError) as refused:
                WRITERS[writer](vault_session, case_id, folder / inside, overwrite)
            assert refused.value.reason == "inside-vault", inside
    assert {p: p.stat().st_size for p in folder.rglob("*") if p.name == "keyslots.json"} == before
    assert not list(folder.rglob("*.part"))


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_an_existing_file_is_replaced_only_after_confirmation(
    vault_session: VaultSession, case_id: str, writer: str, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "file"
    target.parent.mkdir()
    target.write_bytes(b"keep me")
    with pytest.raises(OutputRefusedError) as refused:
        WRITERS[writer](vault_session, case_id, target, False)
    assert refused.value.reason == "exists"
    assert target.read_bytes() == b"keep me"
    WRITERS[writer](vault_session, case_id, target, True)
    assert target.read_bytes() != b"keep me"
    assert [p.name for p in target.parent.iterdir()] == ["file"]  # the temp file was renamed


def test_a_backup_is_refused_inside_a_vault_and_keep_below_one(
    vault_session: VaultSession,
) -> None:
    from ehbc_desktop.services.errors import InvalidInputError

    with pytest.raises(OutputRefusedError):
        backup_vault(vault_session, vault_session.vault.folder / "backups")
    with pytest.raises(InvalidInputError):
        backup_vault(vault_session, vault_session.vault.folder.parent / "b", keep=0)
    assert not (vault_session.vault.folder.parent / "b").exists()


@pytest.mark.parametrize(
    ("layout", "target", "reason"),
    [
        ({"v/keyslots.json": b"{}"}, "v/x.pdf", "inside-vault"),
        ({"v/vault.db": b""}, "v/sub/deeper/x.pdf", "inside-vault"),
        ({"v/vault.db": b""}, "v", "inside-vault"),
        ({"x.pdf": b"old"}, "x.pdf", "exists"),
        ({"d/keep.txt": b""}, "d", "not-a-file"),
        ({"a/keyslots.json.bak": b""}, "a/x.pdf", None),  # not a vault: a look-alike name
        ({}, "new/x.pdf", None),
    ],
)
def test_the_helper_table(
    tmp_path: Path, layout: dict[str, bytes], target: str, reason: str | None
) -> None:
    for name, data in layout.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    if reason is None:
        (tmp_path / target).parent.mkdir(parents=True, exist_ok=True)
        output_files.write_output(tmp_path / target, b"new", overwrite=False)
        assert (tmp_path / target).read_bytes() == b"new"
        return
    with pytest.raises(OutputRefusedError) as refused:
        output_files.write_output(tmp_path / target, b"new", overwrite=False)
    assert refused.value.reason == reason


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "x.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), output_files.open_output(target, overwrite=True) as out:
        out.write(b"half")
        raise RuntimeError("cancelled halfway")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.bin"]
