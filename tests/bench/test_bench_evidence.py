"""Evidence import, archive export and archive import through the services, against raw AES-GCM.

Not part of the normal run: ``pytest tests/bench/test_bench_evidence.py -s``. One generated
file of 512 MiB (``EHBC_BENCH_MIB`` to change) goes through `EvidenceService.add_file` into a
real vault, then `ArchiveExportService.export` (decrypting the blob chunk by chunk into the age
stream; scrypt at work factor 10 so the fixed half second of the real factor does not blur the
throughput) and `import_archive` into a second vault. Each is timed once and compared with
cryptography's AESGCM over the same bytes in 64 KiB chunks, measured in the same run; a second,
traced pass gives the peak Python memory.
"""

from __future__ import annotations

import os
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pytest_benchmark.fixture import BenchmarkFixture

from ehbc_desktop.services.access import access
from ehbc_desktop.services.archive.archive_export import ArchiveExportService
from ehbc_desktop.services.archive.archive_import import Conflict, import_archive
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.builders.archive import ARCHIVE_PASSPHRASE

MIB = 1024 * 1024
SIZE = int(os.environ.get("EHBC_BENCH_MIB", "512")) * MIB
CHUNK = 64 * 1024
PASS = "bench passphrase for the vault"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peak_memory(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated file (pseudo-random 1 MiB blocks, each different)."""
    path = tmp_path_factory.mktemp("src") / "video.mp4"
    with path.open("wb") as out:
        for n in range(SIZE // MIB):
            out.write(n.to_bytes(8, "big") * (MIB // 8))
    return path


@pytest.fixture(scope="module")
def aes_seconds(source: Path) -> float:
    """Raw AES-256-GCM over the file's bytes, read in 1 MiB blocks (best of two)."""
    aead = AESGCM(AESGCM.generate_key(256))

    def run() -> None:
        counter = 0
        with source.open("rb") as handle:
            while block := handle.read(MIB):
                for offset in range(0, len(block), CHUNK):
                    aead.encrypt(counter.to_bytes(12, "big"), block[offset : offset + CHUNK], None)
                    counter += 1

    seconds = min(timed(run) for _ in range(2))
    print(f"\nraw AES-GCM: {SIZE / MIB / seconds:.0f} MiB/s")
    return seconds


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[VaultSession, str]]:
    session, _code = access.create(
        tmp_path_factory.mktemp("a") / "vault", "S", "u", PASS, kdf=FAST_TEST_PARAMS
    )
    case_id = CaseService(session).create_case("bench")
    yield session, case_id
    session.close()


def record(benchmark: BenchmarkFixture, name: str, seconds: float, base: float, peak: int) -> None:
    ratio = base / seconds
    benchmark.extra_info.update(
        {
            "mib_per_s": round(SIZE / MIB / seconds),
            "ratio_to_raw_aes_gcm": round(ratio, 3),
            "peak_traced_mib": round(peak / MIB, 2),
        }
    )
    print(
        f"\n{name}: {SIZE / MIB / seconds:.0f} MiB/s; ratio to raw AES-GCM {ratio:.2f}; "
        f"peak traced memory {peak / MIB:.2f} MiB"
    )


def test_bench_evidence_import(
    benchmark: BenchmarkFixture,
    vault: tuple[VaultSession, str],
    source: Path,
    aes_seconds: float,
) -> None:
    session, case_id = vault
    service = EvidenceService(session)

    def add() -> None:
        service.add_file(case_id, source, EvidenceInput("video"))

    seconds = timed(lambda: benchmark.pedantic(add, rounds=1, iterations=1))
    peak = peak_memory(add)
    record(benchmark, "evidence import", seconds, aes_seconds, peak)
    assert peak < 16 * MIB


def test_bench_archive_export_and_import(
    benchmark: BenchmarkFixture,
    vault: tuple[VaultSession, str],
    source: Path,
    aes_seconds: float,
    tmp_path: Path,
) -> None:
    session, case_id = vault
    service = EvidenceService(session)
    for item in service.list_for_case(case_id)[1:]:
        service.delete(item.id)
    target = tmp_path / "bench.ehbc"
    exporter = ArchiveExportService(session)

    def export() -> None:
        exporter.export([case_id], target, ARCHIVE_PASSPHRASE, include_documents=False,
                        work_factor=10, overwrite=True)  # timed again after the warm-up

    seconds = timed(lambda: benchmark.pedantic(export, rounds=1, iterations=1))
    peak = peak_memory(export)
    record(benchmark, "archive export", seconds, aes_seconds, peak)
    assert peak < 16 * MIB

    other, _code = access.create(tmp_path / "b", "S", "u", PASS, kdf=FAST_TEST_PARAMS)
    try:
        seconds = timed(lambda: import_archive(other, target, ARCHIVE_PASSPHRASE))
        peak = peak_memory(lambda: import_archive(other, target, ARCHIVE_PASSPHRASE, Conflict.COPY))
        print(
            f"\narchive import: {SIZE / MIB / seconds:.0f} MiB/s; ratio to raw AES-GCM "
            f"{aes_seconds / seconds:.2f}; peak traced memory {peak / MIB:.2f} MiB"
        )
        benchmark.extra_info["import_ratio_to_raw_aes_gcm"] = round(aes_seconds / seconds, 3)
        assert peak < 16 * MIB
    finally:
        other.close()
