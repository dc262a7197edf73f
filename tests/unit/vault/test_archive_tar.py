"""The encrypted case archive: round trips, the sink contract, writer checks, limits, memory."""

from __future__ import annotations

import hashlib
import io
import re
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from ehbc_desktop.vault.archive_tar import (
    ArchiveDamagedError,
    ArchiveError,
    ArchiveLimitError,
    ArchiveLimits,
    ArchiveMemberError,
    ArchiveSourceError,
    ArchiveWriter,
    ManifestEntry,
    read_archive,
)

PASSPHRASE = "kaars-molen-tulp-vijver-zeef-duin"
WF = 4
EVIDENCE = "evidence/" + "0123456789abcdef" * 2
PDF = "documents/" + "fedcba9876543210" * 2 + ".pdf"
MIB = 1024 * 1024


class Collect:
    """A sink that keeps every entry in memory (what an import would stage)."""

    def __init__(self) -> None:
        self.entries: dict[str, bytes] = {}
        self.chunk_sizes: list[int] = []

    def __call__(self, name: str, chunks: Iterator[bytes]) -> None:
        data = bytearray()
        for chunk in chunks:
            self.chunk_sizes.append(len(chunk))
            data += chunk
        self.entries[name] = bytes(data)


def export(entries: dict[str, bytes], **kwargs: object) -> bytes:
    out = io.BytesIO()
    with ArchiveWriter(out, PASSPHRASE, work_factor=WF, **kwargs) as writer:  # type: ignore[arg-type]
        for name, data in entries.items():
            writer.add_bytes(name, data)
    return out.getvalue()


def test_round_trip_with_manifest() -> None:
    entries = {
        "database/cases.json": b'{"cases": [1, 2]}',
        EVIDENCE: bytes(range(256)) * 1000,
        PDF: b"%PDF-1.7 ...",
        "database/empty.json": b"",
    }
    when = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    blob = export(entries, created_at=when, producer="EHBC Desktop test")
    sink = Collect()
    manifest = read_archive(io.BytesIO(blob), PASSPHRASE, sink)
    assert sink.entries == entries
    assert list(sink.entries) == list(entries)  # archive order
    assert max(sink.chunk_sizes) <= 64 * 1024
    assert manifest.format_version == 1
    assert manifest.created_at == "2026-03-01T09:30:00Z"
    assert manifest.producer == "EHBC Desktop test"
    assert manifest.entries == tuple(
        ManifestEntry(name, len(data), hashlib.sha256(data).hexdigest())
        for name, data in entries.items()
    )


def test_archive_without_entries() -> None:
    manifest = read_archive(io.BytesIO(export({})), PASSPHRASE, Collect())
    assert manifest.entries == ()


def test_the_archive_holds_no_plaintext() -> None:
    blob = export({"database/cases.json": b'{"pupil": "Jonas Peeters"}' * 100})
    assert b"Jonas" not in blob and b"cases.json" not in blob and b"ustar" not in blob


def test_a_sink_that_reads_nothing_still_gets_everything_verified() -> None:
    entries = {EVIDENCE: b"x" * 200_000, PDF: b"y"}
    seen: list[str] = []
    manifest = read_archive(
        io.BytesIO(export(entries)), PASSPHRASE, lambda name, chunks: seen.append(name)
    )
    assert seen == list(entries)
    assert manifest.entries[0].sha256 == hashlib.sha256(entries[EVIDENCE]).hexdigest()


def test_a_failing_sink_stops_the_import_with_its_own_error() -> None:
    def sink(name: str, chunks: Iterator[bytes]) -> None:
        raise OSError("vault disk full")

    with pytest.raises(OSError, match="vault disk full"):
        read_archive(io.BytesIO(export({EVIDENCE: b"abc"})), PASSPHRASE, sink)


def test_add_stream_streams_and_checks_the_announced_size() -> None:
    out = io.BytesIO()
    progress: list[int] = []
    with ArchiveWriter(out, PASSPHRASE, work_factor=WF) as writer:
        entry = writer.add_stream(EVIDENCE, 3 * MIB, io.BytesIO(b"z" * 3 * MIB), progress.append)
        with pytest.raises(ArchiveSourceError):
            writer.add_stream(PDF, 10, io.BytesIO(b"too short"))
    assert entry.size == 3 * MIB and progress[-1] == 3 * MIB
    # The short stream aborted the writer: the output must never open as complete.
    with pytest.raises(ArchiveDamagedError):
        read_archive(io.BytesIO(out.getvalue()), PASSPHRASE, Collect())


def test_add_stream_refuses_a_longer_stream_and_aborts() -> None:
    out = io.BytesIO()
    writer = ArchiveWriter(out, PASSPHRASE, work_factor=WF)
    with pytest.raises(ArchiveSourceError):
        writer.add_stream(EVIDENCE, 3, io.BytesIO(b"four"))
    with pytest.raises(ArchiveError):
        writer.add_bytes(PDF, b"more")
    with pytest.raises(ArchiveDamagedError):
        read_archive(io.BytesIO(out.getvalue()), PASSPHRASE, Collect())


@pytest.mark.parametrize(
    "name",
    [
        "manifest.json",
        "format.json",
        "../evidence/0123456789abcdef",
        "/database/cases.json",
        "evidence/../database/x.json",
        "database\\cases.json",
        "notes.txt",
        "evidence/NOT-HEX-0123456789",
        "documents/0123456789abcdef.exe",
        "database//cases.json",
    ],
)
def test_writer_refuses_names_outside_the_whitelist(name: str) -> None:
    writer = ArchiveWriter(io.BytesIO(), PASSPHRASE, work_factor=WF)
    with pytest.raises(ArchiveMemberError):
        writer.add_bytes(name, b"x")


def test_writer_refuses_duplicates() -> None:
    writer = ArchiveWriter(io.BytesIO(), PASSPHRASE, work_factor=WF)
    writer.add_bytes(EVIDENCE, b"x")
    with pytest.raises(ArchiveMemberError):
        writer.add_bytes(EVIDENCE, b"y")


def test_the_whitelist_is_a_parameter() -> None:
    custom = (re.compile(r"notes/[a-z]+\.txt"),)
    blob = export({"notes/eerste.txt": b"hallo"}, allowed_names=custom)
    sink = Collect()
    read_archive(io.BytesIO(blob), PASSPHRASE, sink, ArchiveLimits(allowed_names=custom))
    assert sink.entries == {"notes/eerste.txt": b"hallo"}
    with pytest.raises(ArchiveMemberError):
        read_archive(io.BytesIO(blob), PASSPHRASE, Collect())  # default whitelist


@pytest.mark.parametrize(
    ("limits", "what"),
    [
        (ArchiveLimits(max_members=2), "member count"),
        (ArchiveLimits(max_member_bytes=999), "member size"),
        (ArchiveLimits(max_total_bytes=1500), "total size"),
        (ArchiveLimits(max_manifest_bytes=100), "manifest.json size"),
    ],
)
def test_caps(limits: ArchiveLimits, what: str) -> None:
    names = [f"evidence/{i:032x}" for i in range(3)]
    blob = export(dict.fromkeys(names, b"e" * 1000))
    with pytest.raises(ArchiveLimitError) as caught:
        read_archive(io.BytesIO(blob), PASSPHRASE, Collect(), limits)
    assert caught.value.limit == what


def test_memory_stays_bounded_for_a_large_entry() -> None:
    size = 32 * MIB
    out = io.BytesIO()
    tracemalloc.start()
    try:
        with ArchiveWriter(out, PASSPHRASE, work_factor=WF) as writer:
            writer.add_stream(EVIDENCE, size, _Zeros(size))
        _, write_peak = tracemalloc.get_traced_memory()
        blob = out.getvalue()
        out.close()
        tracemalloc.reset_peak()
        base, _ = tracemalloc.get_traced_memory()
        digest = hashlib.sha256()
        read_archive(io.BytesIO(blob), PASSPHRASE, lambda _n, chunks: [*map(digest.update, chunks)])
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest.hexdigest() == hashlib.sha256(bytes(size)).hexdigest()
    # The encrypted output itself sits in a BytesIO here; the streaming overhead is what counts.
    assert write_peak < size + 16 * MIB, write_peak
    # The BytesIO over the archive shares its buffer; buffering an entry would add 32 MiB.
    assert read_peak - base < 8 * MIB, read_peak - base


class _Zeros(io.RawIOBase):
    def __init__(self, size: int) -> None:
        self._left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self._left)
        buffer[:n] = bytes(n)
        self._left -= n
        return n
