"""The evidence blob store: round trips, tampering of every kind, cancel, memory, deletion."""

from __future__ import annotations

import hashlib
import io
import tracemalloc
from pathlib import Path

import pytest

from ehbc_desktop.vault.blobs import (
    HEADER_SIZE,
    BlobCancelledError,
    BlobDamagedError,
    BlobNotFoundError,
    BlobStore,
    BlobTooLargeError,
    BlobVersionError,
)
from ehbc_desktop.vault.stream_aead import CHUNK_SIZE, SEALED_CHUNK_SIZE

MIB = 1024 * 1024


class GeneratedStream(io.RawIOBase):
    """A readable stream of ``size`` pseudo-random bytes, generated on the fly (no file)."""

    def __init__(self, size: int, seed: bytes = b"evidence") -> None:
        self._left = size
        self._block = hashlib.shake_256(seed).digest(MIB + 7)  # odd length: no chunk alignment
        self._offset = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self._left, len(self._block) - self._offset)
        buffer[:n] = self._block[self._offset : self._offset + n]
        self._offset = (self._offset + n) % len(self._block)
        self._left -= n
        return n


def plaintext(size: int) -> bytes:
    return hashlib.shake_256(b"plain").digest(size) if size else b""


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path)


def blob_path(store: BlobStore, blob_id: str) -> Path:
    return store.directory / blob_id


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE, MIB + 5]
)
def test_round_trip_at_chunk_edges(store: BlobStore, size: int) -> None:
    data = plaintext(size)
    info = store.write(io.BytesIO(data))
    assert info.size == size
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    chunks = list(store.open_reader(info.blob_id, info.key))
    assert b"".join(chunks) == data
    assert all(len(chunk) <= CHUNK_SIZE for chunk in chunks)
    assert store.read_all(info.blob_id, info.key, max_bytes=size) == data
    assert store.verify(info.blob_id, info.key, info.sha256)


def test_file_on_disk_holds_no_plaintext_and_each_blob_has_its_own_key(store: BlobStore) -> None:
    data = b"Bericht van Lotte aan Sam: " * 5000
    first = store.write(io.BytesIO(data))
    second = store.write(io.BytesIO(data))
    raw = blob_path(store, first.blob_id).read_bytes()
    assert b"Lotte" not in raw
    assert first.key != second.key and first.blob_id != second.blob_id
    assert raw[HEADER_SIZE:] != blob_path(store, second.blob_id).read_bytes()[HEADER_SIZE:]
    assert first.key.hex() not in repr(first)


def test_wrong_key_is_refused(store: BlobStore) -> None:
    info = store.write(io.BytesIO(plaintext(1000)))
    with pytest.raises(BlobDamagedError):
        list(store.open_reader(info.blob_id, bytes(32)))
    assert not store.verify(info.blob_id, bytes(32), info.sha256)


def _sealed_chunks(raw: bytes) -> tuple[bytes, list[bytes]]:
    body = raw[HEADER_SIZE:]
    return raw[:HEADER_SIZE], [
        body[i : i + SEALED_CHUNK_SIZE] for i in range(0, len(body), SEALED_CHUNK_SIZE)
    ]


def _tamper(raw: bytes, how: str) -> bytes:
    header, chunks = _sealed_chunks(raw)
    edits = {
        "flip magic": lambda: bytes([raw[0] ^ 1]) + raw[1:],
        "flip salt": raw[:20] + bytes([raw[20] ^ 1]) + raw[21:],
        "flip first chunk": raw[: HEADER_SIZE + 5]
        + bytes([raw[HEADER_SIZE + 5] ^ 0x80])
        + raw[HEADER_SIZE + 6 :],
        "flip last tag": raw[:-1] + bytes([raw[-1] ^ 1]),
        "drop last chunk": header + b"".join(chunks[:-1]),
        "cut inside a chunk": raw[: HEADER_SIZE + SEALED_CHUNK_SIZE + 100],
        "cut the header": raw[: HEADER_SIZE - 3],
        "append a byte": raw + b"\x00",
        "append a copy of a chunk": raw + chunks[1],
        "swap chunks": header + chunks[1] + chunks[0] + b"".join(chunks[2:]),
        "repeat a chunk": header + chunks[0] + chunks[0] + b"".join(chunks[2:]),
        "empty body": header,
    }
    edit = edits[how]
    return edit() if callable(edit) else edit


@pytest.mark.parametrize(
    "how",
    [
        "flip magic",
        "flip salt",
        "flip first chunk",
        "flip last tag",
        "drop last chunk",
        "cut inside a chunk",
        "cut the header",
        "append a byte",
        "append a copy of a chunk",
        "swap chunks",
        "repeat a chunk",
        "empty body",
    ],
)
def test_tampering_is_detected_and_only_verified_data_is_yielded(
    store: BlobStore, how: str
) -> None:
    data = plaintext(3 * CHUNK_SIZE + 123)
    info = store.write(io.BytesIO(data))
    path = blob_path(store, info.blob_id)
    path.write_bytes(_tamper(path.read_bytes(), how))
    yielded = bytearray()
    with pytest.raises(BlobDamagedError):
        for chunk in store.open_reader(info.blob_id, info.key):
            yielded += chunk
    assert data.startswith(bytes(yielded))
    assert len(yielded) < len(data)
    assert not store.verify(info.blob_id, info.key, info.sha256)


def test_newer_blob_version_is_reported_with_its_number(store: BlobStore) -> None:
    info = store.write(io.BytesIO(b"x"))
    path = blob_path(store, info.blob_id)
    raw = path.read_bytes()
    path.write_bytes(raw[:8] + b"\x07" + raw[9:])
    with pytest.raises(BlobVersionError) as caught:
        store.open_reader(info.blob_id, info.key)
    assert caught.value.version == 7


def test_cancel_leaves_nothing_behind(store: BlobStore) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(BlobCancelledError):
        store.write(GeneratedStream(8 * MIB), cancel=cancel)
    assert list(store.directory.iterdir()) == []


def test_failing_source_leaves_nothing_behind(store: BlobStore) -> None:
    class Failing(GeneratedStream):
        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            if self._left < 2 * MIB:
                raise OSError("device gone")
            return super().readinto(buffer)

    with pytest.raises(OSError, match="device gone"):
        store.write(io.BufferedReader(Failing(4 * MIB)))
    assert list(store.directory.iterdir()) == []


def test_progress_reports_growing_counts_up_to_the_size(store: BlobStore) -> None:
    seen: list[int] = []
    info = store.write(io.BytesIO(plaintext(3 * MIB + 1)), progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == info.size == 3 * MIB + 1


def test_read_all_refuses_more_than_allowed(store: BlobStore) -> None:
    info = store.write(io.BytesIO(plaintext(CHUNK_SIZE * 2)))
    with pytest.raises(BlobTooLargeError):
        store.read_all(info.blob_id, info.key, max_bytes=CHUNK_SIZE * 2 - 1)


def test_verify_fails_on_wrong_hash_and_missing_blob(store: BlobStore) -> None:
    info = store.write(io.BytesIO(b"abc"))
    assert not store.verify(info.blob_id, info.key, hashlib.sha256(b"abd").hexdigest())
    assert not store.verify("0" * 32, info.key, info.sha256)


def test_delete_and_missing_and_malformed_ids(store: BlobStore) -> None:
    info = store.write(io.BytesIO(b"abc"))
    assert store.list_ids() == [info.blob_id]
    store.delete(info.blob_id)
    store.delete(info.blob_id)  # already gone: not an error
    assert not store.exists(info.blob_id)
    with pytest.raises(BlobNotFoundError):
        store.open_reader(info.blob_id, info.key)
    for bad in ("../" + info.blob_id, "/etc/passwd", info.blob_id.upper(), ""):
        with pytest.raises(BlobNotFoundError):
            store.open_reader(bad, info.key)


def test_leftover_temp_files_are_removed(store: BlobStore) -> None:
    store.directory.mkdir(parents=True)
    (store.directory / ".tmp-0123").write_bytes(b"half a blob")
    kept = store.write(io.BytesIO(b"kept"))
    assert store.remove_leftover_temp_files() == 1
    assert store.list_ids() == [kept.blob_id]


def test_memory_stays_flat_for_a_64_mib_stream(store: BlobStore) -> None:
    size = 64 * MIB
    tracemalloc.start()
    try:
        info = store.write(io.BufferedReader(GeneratedStream(size), buffer_size=MIB))
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest = hashlib.sha256()
        for chunk in store.open_reader(info.blob_id, info.key):
            digest.update(chunk)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.size == size and digest.hexdigest() == info.sha256
    assert write_peak < 8 * MIB, write_peak
    assert read_peak < 2 * MIB, read_peak
