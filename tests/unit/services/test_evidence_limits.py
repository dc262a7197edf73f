"""Evidence intake refuses odd files, too-large files and a too-full disk before copying."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pytest

from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.services.evidence.evidence_errors import (
    EvidenceFileTooLargeError,
    EvidenceNotAFileError,
    EvidenceUnreadableError,
    EvidenceWriteError,
    NotEnoughSpaceError,
    OperationCancelledError,
)
from ehbc_desktop.services.session import VaultSession

INFO = EvidenceInput("schermafdruk")


def _leftovers(vs: VaultSession) -> list[str]:
    blobs = vs.vault.folder / "blobs"
    return sorted(p.name for p in blobs.iterdir()) if blobs.is_dir() else []


@pytest.fixture
def case_id(vault_session: VaultSession) -> str:
    return CaseService(vault_session).create_case("Dossier")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_refused_without_blocking(
    vault_session: VaultSession, case_id: str, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(EvidenceNotAFileError):
        EvidenceService(vault_session).add_file(case_id, fifo, INFO)
    assert _leftovers(vault_session) == []


def test_a_folder_is_refused(vault_session: VaultSession, case_id: str, tmp_path: Path) -> None:
    with pytest.raises(EvidenceNotAFileError):
        EvidenceService(vault_session).add_file(case_id, tmp_path, INFO)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX device file")
def test_a_device_is_refused(vault_session: VaultSession, case_id: str) -> None:
    with pytest.raises(EvidenceNotAFileError):
        EvidenceService(vault_session).add_file(case_id, Path("/dev/zero"), INFO)


def test_a_missing_file_is_unreadable(
    vault_session: VaultSession, case_id: str, tmp_path: Path
) -> None:
    with pytest.raises(EvidenceUnreadableError):
        EvidenceService(vault_session).add_file(case_id, tmp_path / "weg.png", INFO)


def test_a_file_over_the_limit_is_refused_before_copying(
    vault_session: VaultSession, case_id: str, tmp_path: Path
) -> None:
    source = tmp_path / "film.mp4"
    source.write_bytes(os.urandom(5000))
    service = EvidenceService(vault_session, max_file_bytes=4999)
    copied: list[int] = []
    with pytest.raises(EvidenceFileTooLargeError) as refused:
        service.add_file(case_id, source, INFO, progress=copied.append)
    assert (refused.value.size, refused.value.limit) == (5000, 4999)
    assert copied == [] and _leftovers(vault_session) == []
    assert EvidenceService(vault_session, max_file_bytes=5000).add_file(case_id, source, INFO)


def test_the_default_limit_is_four_gib(vault_session: VaultSession) -> None:
    assert EvidenceService(vault_session).max_file_bytes == 4 * 1024**3


def test_a_stream_over_the_limit_leaves_nothing(vault_session: VaultSession, case_id: str) -> None:
    service = EvidenceService(vault_session, max_file_bytes=3 * 1024 * 1024)
    with pytest.raises(EvidenceFileTooLargeError):
        service.add_stream(case_id, io.BytesIO(bytes(4 * 1024 * 1024)), INFO)
    assert _leftovers(vault_session) == []


def test_a_file_larger_than_the_free_space_is_refused_before_copying(
    vault_session: VaultSession, case_id: str, tmp_path: Path
) -> None:
    free = shutil.disk_usage(vault_session.vault.folder).free
    sparse = tmp_path / "huge.bin"
    with sparse.open("wb") as handle:  # sparse: takes no room itself
        handle.truncate(free + 1024**3)
    service = EvidenceService(vault_session, max_file_bytes=2**62)
    with pytest.raises(NotEnoughSpaceError) as refused:
        service.add_file(case_id, sparse, INFO)
    assert refused.value.needed > refused.value.free
    assert _leftovers(vault_session) == []


def test_a_cancelled_copy_leaves_nothing(
    vault_session: VaultSession, case_id: str, tmp_path: Path
) -> None:
    source = tmp_path / "opname.wav"
    source.write_bytes(os.urandom(3 * 1024 * 1024))
    seen: list[int] = []
    with pytest.raises(OperationCancelledError):
        EvidenceService(vault_session).add_file(
            case_id, source, INFO, progress=seen.append, cancel=lambda: bool(seen)
        )
    assert seen and _leftovers(vault_session) == []


class _BrokenSource:
    """A source whose disk fails after the first megabyte."""

    def __init__(self) -> None:
        self.reads = 0

    def read(self, size: int = -1, /) -> bytes:
        self.reads += 1
        if self.reads > 1:
            raise OSError(5, "I/O error")
        return bytes(1024 * 1024)


def test_a_failed_copy_leaves_nothing(vault_session: VaultSession, case_id: str) -> None:
    with pytest.raises(EvidenceWriteError):
        EvidenceService(vault_session).add_stream(case_id, _BrokenSource(), INFO)  # type: ignore[arg-type]
    assert _leftovers(vault_session) == []
