"""A streaming writer and reader of the age v1 file format with one scrypt (passphrase) stanza.

Follows the age v1 specification exactly, so any age implementation opens our files and we
open theirs::

    age-encryption.org/v1
    -> scrypt <base64 salt> <log2 N>
    <base64 of ChaCha20-Poly1305(scrypt key, nonce 0, file key), wrapped at 64 columns>
    --- <base64 HMAC-SHA256(HKDF(file key, info "header"), header up to "---")>
    <16-byte nonce><STREAM payload: ChaCha20-Poly1305, 64 KiB chunks, counter + last flag>

Base64 is standard, without padding, and must be canonical. The scrypt key is
scrypt(passphrase, salt="age-encryption.org/v1/scrypt" + salt, N=2**log2N, r=8, p=1); the
payload key is HKDF-SHA256(ikm=file key, salt=nonce, info="payload").
"""

from __future__ import annotations

import base64
import re
import secrets
from collections.abc import Iterator
from types import TracebackType
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

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

VERSION_LINE = b"age-encryption.org/v1"
_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
_FILE_KEY_BYTES = 16
_SALT_BYTES = 16
_NONCE_BYTES = 16
_WRAPPED_KEY_BYTES = _FILE_KEY_BYTES + 16
_MAC_BYTES = 32
_COLUMNS = 64
_MAX_LINE = 256  # far above any valid scrypt-file header line
_MAX_BODY_LINES = 4
_WORK_FACTOR_PATTERN = re.compile(rb"[1-9][0-9]?")
_B64_PATTERN = re.compile(rb"[A-Za-z0-9+/]*")
_MIN_WRITE_WORK_FACTOR = 1
_MAX_WRITE_WORK_FACTOR = 30
DEFAULT_WORK_FACTOR = 18
DEFAULT_MAX_WORK_FACTOR = 20


class AgeError(Exception):
    """Base of the age format errors; carries no user text."""


class AgeFormatError(AgeError):
    """The header is malformed."""


class AgeNotAgeFileError(AgeFormatError):
    """The input does not start like an age v1 file."""


class AgeUnsupportedError(AgeFormatError):
    """A valid age file we do not open: not exactly one scrypt (passphrase) stanza."""


class AgeWorkFactorError(AgeError):
    """The scrypt work factor is above the cap; refused before any scrypt work."""

    def __init__(self, work_factor: int, limit: int) -> None:
        super().__init__(f"scrypt work factor {work_factor} above the limit {limit}")
        self.work_factor = work_factor
        self.limit = limit


class AgeWrongPassphraseError(AgeError):
    """The passphrase does not unwrap the file key (or the wrapped key was changed)."""


class AgeHeaderMacError(AgeError):
    """The header MAC does not verify: the header was changed."""


class AgeDamagedError(AgeError):
    """The payload failed authentication."""


class AgeTruncatedError(AgeDamagedError):
    """The payload ends before its last chunk."""


class AgeTrailingDataError(AgeDamagedError):
    """Data follows the last chunk of the payload."""


def _passphrase_bytes(passphrase: str | bytes) -> bytes:
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)


def _b64encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _b64decode(data: bytes) -> bytes:
    """Strict, canonical, unpadded standard base64 (as the spec requires)."""
    if _B64_PATTERN.fullmatch(data) is None or len(data) % 4 == 1:
        raise AgeFormatError("invalid base64")
    decoded = base64.b64decode(data + b"=" * (-len(data) % 4), validate=True)
    if _b64encode(decoded) != data:
        raise AgeFormatError("non-canonical base64")
    return decoded


def _scrypt_key(passphrase: bytes, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase)


def _hkdf(file_key: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(file_key)


def _header_mac(file_key: bytes, header: bytes) -> hmac.HMAC:
    mac = hmac.HMAC(_hkdf(file_key, None, b"header"), hashes.SHA256())
    mac.update(header)
    return mac


def _wrap_body(encoded: bytes) -> bytes:
    """Body lines of 64 columns; the last line is shorter than 64 (empty if need be)."""
    lines = [encoded[i : i + _COLUMNS] for i in range(0, len(encoded), _COLUMNS)]
    if not lines or len(lines[-1]) == _COLUMNS:
        lines.append(b"")
    return b"".join(line + b"\n" for line in lines)


class AgeWriter:
    """Encrypts a stream into an age v1 file with one scrypt stanza.

    A file-like, write-only context manager. ``close()`` seals the last chunk; it does not close
    ``out`` (the caller owns it). Leaving the ``with`` block by an exception does NOT seal the
    last chunk, so an interrupted file never decrypts as a complete one.
    """

    def __init__(
        self, out: BinaryIO, passphrase: str | bytes, work_factor: int = DEFAULT_WORK_FACTOR
    ) -> None:
        secret = _passphrase_bytes(passphrase)
        if not secret:
            raise ValueError("empty passphrase")
        if not _MIN_WRITE_WORK_FACTOR <= work_factor <= _MAX_WRITE_WORK_FACTOR:
            raise ValueError("work factor out of range")
        file_key = secrets.token_bytes(_FILE_KEY_BYTES)
        salt = secrets.token_bytes(_SALT_BYTES)
        wrapping = ChaCha20Poly1305(_scrypt_key(secret, salt, work_factor))
        body = wrapping.encrypt(bytes(12), file_key, None)
        header = (
            VERSION_LINE
            + b"\n-> scrypt "
            + _b64encode(salt)
            + b" "
            + str(work_factor).encode("ascii")
            + b"\n"
            + _wrap_body(_b64encode(body))
            + b"---"
        )
        mac = _header_mac(file_key, header).finalize()
        nonce = secrets.token_bytes(_NONCE_BYTES)
        out.write(header + b" " + _b64encode(mac) + b"\n" + nonce)
        payload = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
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
        file_key = _read_header(inp, _passphrase_bytes(passphrase), max_work_factor)
        nonce = read_exactly(inp.read, _NONCE_BYTES)
        if len(nonce) < _NONCE_BYTES:
            raise AgeTruncatedError("no payload nonce")
        payload = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
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


def _read_line(inp: BinaryIO) -> bytes:
    """One header line without its newline; bytes are read one by one so none is over-read."""
    line = bytearray()
    while True:
        byte = inp.read(1)
        if not byte:
            raise AgeFormatError("header truncated")
        if byte == b"\n":
            return bytes(line)
        line += byte
        if len(line) > _MAX_LINE:
            raise AgeFormatError("header line too long")


def _read_header(inp: BinaryIO, passphrase: bytes, max_work_factor: int) -> bytes:
    """Parse and verify the header; returns the file key."""
    try:
        first = _read_line(inp)
    except AgeFormatError:
        raise AgeNotAgeFileError("not an age file") from None
    if first != VERSION_LINE:
        raise AgeNotAgeFileError("not an age v1 file")
    arguments = _read_line(inp)
    if not arguments.startswith(b"-> "):
        raise AgeFormatError("missing recipient stanza")
    args = arguments[3:].split(b" ")
    if any(not arg or re.fullmatch(rb"[\x21-\x7e]+", arg) is None for arg in args):
        raise AgeFormatError("malformed stanza arguments")
    if args[0] != b"scrypt":
        raise AgeUnsupportedError("not a passphrase-encrypted file")
    body_lines, body = _read_body(inp)
    mac_line = _read_line(inp)
    if mac_line.startswith(b"-> "):
        raise AgeUnsupportedError("an scrypt stanza must be the only stanza")
    if not mac_line.startswith(b"--- "):
        raise AgeFormatError("missing header MAC")
    salt, work_factor = _scrypt_arguments(args, max_work_factor)
    if len(body) != _WRAPPED_KEY_BYTES:
        raise AgeFormatError("wrapped file key has the wrong length")
    mac = _b64decode(mac_line[4:])
    if len(mac) != _MAC_BYTES:
        raise AgeFormatError("header MAC has the wrong length")
    try:
        file_key = ChaCha20Poly1305(_scrypt_key(passphrase, salt, work_factor)).decrypt(
            bytes(12), body, None
        )
    except InvalidTag:
        raise AgeWrongPassphraseError("wrong passphrase") from None
    header = first + b"\n" + arguments + b"\n" + body_lines + b"---"
    try:
        _header_mac(file_key, header).verify(mac)
    except InvalidSignature:
        raise AgeHeaderMacError("header MAC mismatch") from None
    return file_key


def _read_body(inp: BinaryIO) -> tuple[bytes, bytes]:
    """The raw body lines (with newlines) and the decoded body of a stanza."""
    raw = bytearray()
    encoded = bytearray()
    for _ in range(_MAX_BODY_LINES):
        line = _read_line(inp)
        if len(line) > _COLUMNS:
            raise AgeFormatError("stanza body line too long")
        raw += line + b"\n"
        encoded += line
        if len(line) < _COLUMNS:
            return bytes(raw), _b64decode(bytes(encoded))
    raise AgeFormatError("stanza body too long")


def _scrypt_arguments(args: list[bytes], max_work_factor: int) -> tuple[bytes, int]:
    if len(args) != 3:
        raise AgeFormatError("scrypt stanza needs a salt and a work factor")
    salt = _b64decode(args[1])
    if len(salt) != _SALT_BYTES:
        raise AgeFormatError("scrypt salt has the wrong length")
    if _WORK_FACTOR_PATTERN.fullmatch(args[2]) is None:
        raise AgeFormatError("malformed scrypt work factor")
    work_factor = int(args[2])
    if work_factor > max_work_factor:
        raise AgeWorkFactorError(work_factor, max_work_factor)
    return salt, work_factor
