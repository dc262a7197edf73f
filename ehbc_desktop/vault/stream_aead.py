"""The STREAM construction of the age format: a chunked AEAD with a counter and last-chunk flag.

Plaintext is cut into 64 KiB chunks; chunk ``i`` is sealed with the nonce
``i`` (11 bytes, big-endian) followed by one flag byte (1 on the last chunk, 0 otherwise).
Truncation, reordering, swapping chunks between positions, dropping the end and appending data
all change a nonce or a tag, so they fail authentication. Only the final chunk may be shorter
than 64 KiB, and it may be empty only when it is the sole chunk (an empty plaintext).

Both the evidence blobs (AES-256-GCM, header as associated data) and the age payload
(ChaCha20-Poly1305, no associated data) use this module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from cryptography.exceptions import InvalidTag

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
_COUNTER_BYTES = 11
_MAX_COUNTER = (1 << (8 * _COUNTER_BYTES)) - 1


class StreamError(Exception):
    """Base of the errors of a sealed stream; carries no user text."""


class StreamAuthError(StreamError):
    """A chunk failed authentication: changed, swapped, reordered or cut short."""


class StreamTruncatedError(StreamAuthError):
    """The stream ends before its last chunk (or has no chunk at all)."""


class StreamTrailingDataError(StreamAuthError):
    """Data follows the chunk that is marked as the last one."""


class Aead(Protocol):
    """The part of `cryptography`'s AEAD classes (AESGCM, ChaCha20Poly1305) this module uses."""

    def encrypt(
        self, nonce: bytes, data: bytes | memoryview, associated_data: bytes | None
    ) -> bytes:
        """Seal ``data``."""
        ...

    def decrypt(self, nonce: bytes, data: bytes, associated_data: bytes | None) -> bytes:
        """Open ``data`` or raise InvalidTag."""
        ...


def chunk_nonce(counter: int, last: bool) -> bytes:
    """The 12-byte nonce of chunk ``counter``: 11-byte big-endian counter plus the last flag."""
    if counter > _MAX_COUNTER:
        raise StreamError("chunk counter overflow")
    return counter.to_bytes(_COUNTER_BYTES, "big") + (b"\x01" if last else b"\x00")


class StreamSealer:
    """Seals plaintext written in pieces of any size into sealed chunks handed to ``sink``.

    One full chunk is always held back until more data arrives, because only ``finish`` knows
    whether a chunk is the last one. Memory use is at most one write plus one chunk.
    """

    def __init__(
        self, aead: Aead, associated_data: bytes | None, sink: Callable[[bytes], object]
    ) -> None:
        self._aead = aead
        self._ad = associated_data
        self._sink = sink
        self._buffer = bytearray()
        self._counter = 0
        self._finished = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Add plaintext; every chunk that is certainly not the last is sealed right away."""
        if self._finished:
            raise StreamError("stream already finished")
        self._buffer += data
        if len(self._buffer) <= CHUNK_SIZE:
            return
        offset = 0
        with memoryview(self._buffer) as view:
            # Strictly more than one chunk must remain buffered: the held-back one may be last.
            while len(self._buffer) - offset > CHUNK_SIZE:
                self._seal(view[offset : offset + CHUNK_SIZE], last=False)
                offset += CHUNK_SIZE
        del self._buffer[:offset]

    @property
    def finished(self) -> bool:
        """True once the last chunk was sealed."""
        return self._finished

    def finish(self) -> None:
        """Seal what is left as the last chunk (empty only if nothing was ever written)."""
        if self._finished:
            return
        self._seal(memoryview(self._buffer), last=True)
        self._buffer = bytearray()
        self._finished = True

    def _seal(self, chunk: memoryview, *, last: bool) -> None:
        nonce = chunk_nonce(self._counter, last)
        self._sink(self._aead.encrypt(nonce, chunk, self._ad))
        self._counter += 1


def read_exactly(read: Callable[[int], bytes], size: int) -> bytes:
    """Read ``size`` bytes, or fewer only at the end of the input (short reads are retried)."""
    first = read(size)
    if len(first) == size or not first:
        return first
    parts = [first]
    got = len(first)
    while got < size:
        part = read(size - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def open_stream(
    aead: Aead, associated_data: bytes | None, read: Callable[[int], bytes]
) -> Iterator[bytes]:
    """Yield the plaintext chunks of a sealed stream, each only after its tag verified.

    Reads one sealed chunk ahead to learn whether the current one is the last, so memory stays
    at about two chunks. Raises a StreamAuthError subclass on any damage; the generator ends
    only after the last chunk verified and the input is exhausted.
    """
    counter = 0
    current = read_exactly(read, SEALED_CHUNK_SIZE)
    while True:
        if len(current) < SEALED_CHUNK_SIZE:
            following = b""
        else:
            following = read_exactly(read, SEALED_CHUNK_SIZE)
        last = not following
        if len(current) < TAG_SIZE:
            raise StreamTruncatedError("stream ends inside a chunk")
        plaintext = _open_chunk(aead, associated_data, counter, current, last=last)
        if last and not plaintext and counter > 0:
            raise StreamAuthError("empty last chunk after other chunks")
        yield plaintext
        if last:
            return
        counter += 1
        current = following


def _open_chunk(
    aead: Aead, associated_data: bytes | None, counter: int, sealed: bytes, *, last: bool
) -> bytes:
    try:
        return aead.decrypt(chunk_nonce(counter, last), sealed, associated_data)
    except InvalidTag:
        pass
    # Tell the causes apart (for the error type only; nothing is yielded on either path).
    try:
        aead.decrypt(chunk_nonce(counter, not last), sealed, associated_data)
    except InvalidTag:
        raise StreamAuthError("chunk failed authentication") from None
    if last:
        raise StreamTruncatedError("stream cut off at a chunk boundary")
    raise StreamTrailingDataError("data after the last chunk")
