"""Throughput and memory of the evidence blob write and the archive export, against raw AES-GCM.

Not part of the normal run: ``pytest tests/bench/test_bench_crypto_streams.py -s``.
Each stream is 512 MiB generated on the fly. The baseline is cryptography's AESGCM over the
same bytes in 64 KiB chunks, measured in the same run; the figures are throughput ratios
(1.0 = as fast as the raw cipher) and the peak traced Python memory of a second pass. The
target ratio (0.5) is recorded, not enforced: SHA-256 of the plaintext and the disk write are
part of the job and, on CPUs with vector AES, each is far slower than AES-GCM alone. A second
ratio compares with the building blocks (cipher, SHA-256, write + fsync) run one after another.
"""

from __future__ import annotations

import hashlib
import io
import os
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from pytest_benchmark.fixture import BenchmarkFixture

from ehbc_desktop.vault.archive_tar import ArchiveWriter
from ehbc_desktop.vault.blobs import BlobStore

MIB = 1024 * 1024
SIZE = int(os.environ.get("EHBC_BENCH_MIB", "512")) * MIB
CHUNK = 64 * 1024
TARGET_RATIO = 0.5


class GeneratedStream(io.RawIOBase):
    """``size`` pseudo-random bytes made on the fly from one repeated 1 MiB block."""

    def __init__(self, size: int) -> None:
        self._left = size
        self._block = hashlib.shake_256(b"bench").digest(MIB)
        self._offset = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self._left, len(self._block) - self._offset)
        buffer[:n] = self._block[self._offset : self._offset + n]
        self._offset = (self._offset + n) % len(self._block)
        self._left -= n
        return n


def source() -> io.BufferedReader:
    return io.BufferedReader(GeneratedStream(SIZE), buffer_size=MIB)


def raw_aead(aead: AESGCM | ChaCha20Poly1305) -> Callable[[], None]:
    def run() -> None:
        stream = source()
        counter = 0
        while chunk := stream.read(CHUNK):
            aead.encrypt(counter.to_bytes(12, "big"), chunk, None)
            counter += 1

    return run


def raw_sha256() -> None:
    digest = hashlib.sha256()
    stream = source()
    while block := stream.read(MIB):
        digest.update(block)


def raw_file_write(folder: Path) -> Callable[[], None]:
    def run() -> None:
        target = folder / "raw.bin"
        stream = source()
        with target.open("wb") as out:
            while block := stream.read(MIB):
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        target.unlink()

    return run


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
def baselines(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """Seconds for the same bytes through each building block alone (best of two)."""
    folder = tmp_path_factory.mktemp("raw")
    parts: dict[str, Callable[[], None]] = {
        "aes_gcm": raw_aead(AESGCM(AESGCM.generate_key(256))),
        "chacha20_poly1305": raw_aead(ChaCha20Poly1305(ChaCha20Poly1305.generate_key())),
        "sha256": raw_sha256,
        "file_write_fsync": raw_file_write(folder),
    }
    seconds = {name: min(timed(fn) for _ in range(2)) for name, fn in parts.items()}
    print("\n" + ", ".join(f"{k} {SIZE / MIB / v:.0f} MiB/s" for k, v in seconds.items()))
    return seconds


def report(
    benchmark: BenchmarkFixture, name: str, seconds: float, *, floor: float, base: float, peak: int
) -> float:
    """Print and record throughput, the ratio to raw AES-GCM and to the sum of the parts."""
    ratio = base / seconds
    benchmark.extra_info.update(
        {
            "mib_per_s": round(SIZE / MIB / seconds),
            "ratio_to_raw_aes_gcm": round(ratio, 3),
            "ratio_to_sum_of_parts": round(floor / seconds, 3),
            "peak_traced_mib": round(peak / MIB, 2),
        }
    )
    print(
        f"\n{name}: {SIZE / MIB / seconds:.0f} MiB/s; ratio to raw AES-GCM {ratio:.2f}; "
        f"ratio to cipher+SHA-256+write done one after another {floor / seconds:.2f}; "
        f"peak traced memory {peak / MIB:.2f} MiB"
    )
    return ratio


def test_bench_blob_write(
    benchmark: BenchmarkFixture, baselines: dict[str, float], tmp_path: Path
) -> None:
    store = BlobStore(tmp_path)

    def write() -> None:
        info = store.write(source())
        store.delete(info.blob_id)

    seconds = timed(lambda: benchmark.pedantic(write, rounds=1, iterations=1))
    peak = peak_memory(write)
    floor = baselines["aes_gcm"] + baselines["sha256"] + baselines["file_write_fsync"]
    ratio = report(
        benchmark, "blob write", seconds, floor=floor, base=baselines["aes_gcm"], peak=peak
    )
    benchmark.extra_info["meets_target"] = ratio >= TARGET_RATIO
    assert peak < 8 * MIB


def test_bench_archive_export(
    benchmark: BenchmarkFixture, baselines: dict[str, float], tmp_path: Path
) -> None:
    target = tmp_path / "export.ehbc"

    def export() -> None:
        with target.open("wb") as out, ArchiveWriter(out, "bench-pass-phrase", work_factor=10) as w:
            w.add_stream("evidence/" + "ab" * 16, SIZE, source())
        target.unlink()

    seconds = timed(lambda: benchmark.pedantic(export, rounds=1, iterations=1))
    peak = peak_memory(export)
    floor = baselines["chacha20_poly1305"] + baselines["sha256"] + baselines["file_write_fsync"]
    ratio = report(
        benchmark, "archive export", seconds, floor=floor, base=baselines["aes_gcm"], peak=peak
    )
    benchmark.extra_info["meets_target"] = ratio >= TARGET_RATIO
    assert peak < 16 * MIB
