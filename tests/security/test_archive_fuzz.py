"""Mutated archives (flipped, deleted, inserted bytes) only ever produce typed archive errors."""

from __future__ import annotations

import io
import secrets
import tracemalloc
from collections.abc import Iterator
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ehbc_desktop.vault.archive_tar import ArchiveError, ArchiveWriter, read_archive

PASSPHRASE = "zeef-vijver-tulp-molen-kaars-duin"
MIB = 1024 * 1024


@cache
def archive() -> bytes:
    out = io.BytesIO()
    # Work factor 1: the fuzzer runs the reader hundreds of times.
    with ArchiveWriter(out, PASSPHRASE, work_factor=1) as writer:
        writer.add_bytes("database/cases.json", b'{"cases": [{"id": "c1"}]}')
        writer.add_bytes("evidence/" + "ab" * 16, secrets.token_bytes(3 * MIB // 2))
        writer.add_bytes("documents/" + "cd" * 16 + ".pdf", b"%PDF-1.7\n" * 50)
    return out.getvalue()


mutation = st.tuples(
    st.sampled_from(["flip", "delete", "insert"]),
    # Half of the edits land in the first 256 bytes: the header is small but dense with rules.
    st.one_of(
        st.floats(min_value=0, max_value=256 / 1_500_000), st.floats(min_value=0, max_value=1)
    ).filter(lambda x: x < 1),
    st.integers(min_value=1, max_value=255),
    st.integers(min_value=1, max_value=64),
)


def mutate(blob: bytes, edits: list[tuple[str, float, int, int]]) -> bytes:
    data = bytearray(blob)
    for kind, where, value, length in edits:
        position = int(where * len(data))
        if kind == "flip":
            data[position] ^= value
        elif kind == "delete":
            del data[position : position + length]
        else:
            data[position:position] = bytes([value]) * length
    return bytes(data)


def discard(name: str, chunks: Iterator[bytes]) -> None:
    for _ in chunks:
        pass


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(mutation, min_size=1, max_size=3))
def test_mutated_archives_raise_only_typed_errors_with_bounded_memory(
    edits: list[tuple[str, float, int, int]],
) -> None:
    blob = mutate(archive(), edits)
    if blob == archive():
        return  # the edits cancelled out (not possible with these edits, kept for safety)
    tracemalloc.start()
    try:
        try:
            read_archive(io.BytesIO(blob), PASSPHRASE, discard)
        except ArchiveError:
            pass
        else:
            raise AssertionError("a mutated archive was accepted")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The 1.5 MiB entry is never held whole: only chunk-sized buffers and scrypt's own memory
    # (outside Python's allocator) are used.
    assert peak < 1 * MIB, peak
