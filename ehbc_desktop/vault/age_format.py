"""A streaming writer and reader of the age v1 file format with one scrypt (passphrase) stanza.

The header lives in `age_header`. After it: a 16-byte nonce, then the payload in the STREAM
construction (`stream_aead`): ChaCha20-Poly1305 under HKDF-SHA256(ikm=file key, salt=nonce,
info="payload"), 64 KiB chunks, nonce = 11-byte counter + last flag. Any age implementation
opens our files and we open theirs (tested against the reference tool).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from types import TracebackType
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from ehbc_desktop.vault.age_header import (
    DEFAULT_MAX_WORK_FACTOR,
    DEFAULT_WORK_FACTOR,
    AgeDamagedError,
    AgeError,
    AgeFormatError,
    AgeHeaderMacError,
    AgeNotAgeFileError,
    AgeTrailingDataError,
    AgeTruncatedError,
    AgeUnsupportedError,
    AgeWorkFactorError,
    AgeWrongPassphraseError,
    build_header,
    hkdf,
    passphrase_bytes,
    read_header,
)
from ehbc_desktop.vault.passphrase_words import generate_passphrase
from ehbc_desktop.vault.stream_aead import (
    StreamAuthError,
    StreamSealer,
    StreamTrailingDataError,
    StreamTruncatedError,
    open_stream,
    read_exactly,
)

__all__ = [
    "DEFAULT_MAX_WORK_FACTOR",
    "DEFAULT_WORK_FACTOR",
    "AgeDamagedError",
    "AgeError",
    "AgeFormatError",
    "AgeHeaderMacError",
    "AgeNotAgeFileError",
    "AgeReader",
    "AgeTrailingDataError",
    "AgeTruncatedError",
    "AgeUnsupportedError",
    "AgeWorkFactorError",
    "AgeWriter",
    "AgeWrongPassphraseError",
    "generate_passphrase",
]

_NONCE_BYTES = 16


class AgeWriter:
    """Encrypts a stream into an age v1 file with one scrypt stanza.

    A file-like, write-only context manager. ``close()`` seals the last chunk; it does not close
    ``out`` (the caller owns it). Leaving the ``with`` block by an exception does NOT seal the
    last chunk, so an interrupted file never decrypts as a complete one.
    """

    def __init__(
        self, out: BinaryIO, passphrase: str | bytes, work_factor: int = DEFAULT_WORK_FACTOR
    ) -> None:
        file_key, header = build_header(passphrase_bytes(passphrase), work_factor)
        nonce = secrets.token_bytes(_NONCE_BYTES)
        out.write(header + nonce)
        payload = ChaCha20Poly1305(hkdf(file_key, nonce, b"payload"))
        self._sealer = StreamSealer(payload, None, out.write)
        self._position = 0
        self._closed = False
        self._aborted = False

    @property
    def closed(self) -> bool:
        """True after close() or abort()."""
        return self._closed

    def writable(self) -> bool:
        """Always True (file-like protocol)."""
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """Encrypt ``data``; returns its length. After abort() writes are dropped."""
        if self._aborted:
            # Owners that flush on clean-up (tarfile) must not fail: the data goes nowhere.
            return len(data)
        if self._closed:
            raise ValueError("write to a closed AgeWriter")
        self._sealer.write(data)
        self._position += len(data)
        return len(data)

    def tell(self) -> int:
        """Plaintext bytes written so far."""
        return self._position

    def seek(self, pos: int, /) -> int:
        """Not seekable; only the current position is accepted (file-like protocol)."""
        if pos != self._position:
            raise OSError("AgeWriter is not seekable")
        return pos

    def flush(self) -> None:
        """Nothing to flush: full chunks are written as soon as they are known not to be last."""

    def read(self, size: int, /) -> bytes:
        """Not readable (present for the file-object protocol of tarfile)."""
        raise OSError("AgeWriter is write-only")

    def close(self) -> None:
        """Seal the last chunk. Idempotent; ``out`` stays open."""
        if not self._closed:
            self._sealer.finish()
            self._closed = True

    def abort(self) -> None:
        """Stop without sealing the last chunk: the output will never decrypt as complete."""
        self._closed = True
        self._aborted = not self._sealer.finished

    def __enter__(self) -> AgeWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


class AgeReader:
    """Decrypts an age v1 file with one scrypt stanza, yielding only verified plaintext.

    The header is read, checked and unwrapped in the constructor (so a wrong passphrase is
    known at once). Then use ``chunks()`` or the file-like ``read()``; ``read`` returns b""
    only after the last chunk verified and the input ended.
    """

    def __init__(
        self,
        inp: BinaryIO,
        passphrase: str | bytes,
        max_work_factor: int = DEFAULT_MAX_WORK_FACTOR,
    ) -> None:
        file_key = read_header(inp, passphrase_bytes(passphrase), max_work_factor)
        nonce = read_exactly(inp.read, _NONCE_BYTES)
        if len(nonce) < _NONCE_BYTES:
            raise AgeTruncatedError("no payload nonce")
        payload = ChaCha20Poly1305(hkdf(file_key, nonce, b"payload"))
        self._stream = open_stream(payload, None, inp.read)
        self._pending = b""
        self._offset = 0
        self._eof = False
        self._position = 0

    def chunks(self) -> Iterator[bytes]:
        """Yield the remaining verified plaintext in chunks."""
        if self._offset < len(self._pending):
            rest = self._pending[self._offset :]
            self._pending, self._offset = b"", 0
            self._position += len(rest)
            yield rest
        while (chunk := self._next_chunk()) is not None:
            self._position += len(chunk)
            if chunk:
                yield chunk

    def read(self, size: int = -1, /) -> bytes:
        """Up to ``size`` verified plaintext bytes (all that is left if ``size`` < 0)."""
        if size < 0:
            return b"".join(self.chunks())
        while self._offset >= len(self._pending):
            chunk = self._next_chunk()
            if chunk is None:
                return b""
            self._pending, self._offset = chunk, 0
        data = self._pending[self._offset : self._offset + size]
        self._offset += len(data)
        self._position += len(data)
        return data

    def finish(self) -> None:
        """Read and verify the rest of the payload, discarding it (checks the end of the file)."""
        for _chunk in self.chunks():
            pass

    def readable(self) -> bool:
        """Always True (file-like protocol)."""
        return True

    def tell(self) -> int:
        """Plaintext bytes returned so far."""
        return self._position

    def seek(self, pos: int, /) -> int:
        """Not seekable; only the current position is accepted (file-like protocol)."""
        if pos != self._position:
            raise OSError("AgeReader is not seekable")
        return pos

    def write(self, data: bytes, /) -> int:
        """Not writable (present for the file-object protocol of tarfile)."""
        raise OSError("AgeReader is read-only")

    def close(self) -> None:
        """Release the stream; the input stays open (the caller owns it)."""
        self._eof = True
        self._pending = b""

    def _next_chunk(self) -> bytes | None:
        if self._eof:
            return None
        try:
            return next(self._stream)
        except StopIteration:
            self._eof = True
            return None
        except StreamTruncatedError:
            raise AgeTruncatedError("payload truncated") from None
        except StreamTrailingDataError:
            raise AgeTrailingDataError("data after the payload") from None
        except StreamAuthError:
            raise AgeDamagedError("payload failed authentication") from None
