"""The age v1 header for one scrypt (passphrase) stanza: building, parsing, verifying, errors.

Follows the age v1 specification exactly::

    age-encryption.org/v1
    -> scrypt <base64 salt> <log2 N>
    <base64 of ChaCha20-Poly1305(scrypt key, nonce 0, file key), wrapped at 64 columns>
    --- <base64 HMAC-SHA256(HKDF(file key, info "header"), header up to "---")>

Base64 is standard, without padding, and must be canonical. The scrypt key is
scrypt(passphrase, salt="age-encryption.org/v1/scrypt" + salt, N=2**log2N, r=8, p=1).
"""

from __future__ import annotations

import base64
import re
import secrets
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

VERSION_LINE = b"age-encryption.org/v1"
_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
FILE_KEY_BYTES = 16
_SALT_BYTES = 16
_WRAPPED_KEY_BYTES = FILE_KEY_BYTES + 16
_MAC_BYTES = 32
_COLUMNS = 64
_MAX_LINE = 256  # far above any valid scrypt-file header line
_MAX_BODY_LINES = 4
_WORK_FACTOR_PATTERN = re.compile(rb"[1-9][0-9]?")
_B64_PATTERN = re.compile(rb"[A-Za-z0-9+/]*")
MIN_WRITE_WORK_FACTOR = 1
MAX_WRITE_WORK_FACTOR = 30
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


def passphrase_bytes(passphrase: str | bytes) -> bytes:
    """The passphrase as bytes (UTF-8, not normalised, as age does)."""
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)


def b64encode(data: bytes) -> bytes:
    """Standard base64 without padding."""
    return base64.b64encode(data).rstrip(b"=")


def _b64decode(data: bytes) -> bytes:
    """Strict, canonical, unpadded standard base64 (as the spec requires)."""
    if _B64_PATTERN.fullmatch(data) is None or len(data) % 4 == 1:
        raise AgeFormatError("invalid base64")
    decoded = base64.b64decode(data + b"=" * (-len(data) % 4), validate=True)
    if b64encode(decoded) != data:
        raise AgeFormatError("non-canonical base64")
    return decoded


def scrypt_key(passphrase: bytes, salt: bytes, work_factor: int) -> bytes:
    """The key that wraps the file key (age's scrypt recipient)."""
    kdf = Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase)


def hkdf(file_key: bytes, salt: bytes | None, info: bytes) -> bytes:
    """HKDF-SHA256 of the file key to 32 bytes (header MAC key, payload key)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(file_key)


def header_mac(file_key: bytes, header: bytes) -> hmac.HMAC:
    """An HMAC-SHA256 over ``header`` (up to and including "---"), ready to finalise or verify."""
    mac = hmac.HMAC(hkdf(file_key, None, b"header"), hashes.SHA256())
    mac.update(header)
    return mac


def wrap_body(encoded: bytes) -> bytes:
    """Body lines of 64 columns; the last line is shorter than 64 (empty if need be)."""
    lines = [encoded[i : i + _COLUMNS] for i in range(0, len(encoded), _COLUMNS)]
    if not lines or len(lines[-1]) == _COLUMNS:
        lines.append(b"")
    return b"".join(line + b"\n" for line in lines)


def build_header(passphrase: bytes, work_factor: int) -> tuple[bytes, bytes]:
    """A new random file key and the complete header (with MAC line) that wraps it."""
    if not passphrase:
        raise ValueError("empty passphrase")
    if not MIN_WRITE_WORK_FACTOR <= work_factor <= MAX_WRITE_WORK_FACTOR:
        raise ValueError("work factor out of range")
    file_key = secrets.token_bytes(FILE_KEY_BYTES)
    salt = secrets.token_bytes(_SALT_BYTES)
    wrapping = ChaCha20Poly1305(scrypt_key(passphrase, salt, work_factor))
    body = wrapping.encrypt(bytes(12), file_key, None)
    header = (
        VERSION_LINE
        + b"\n-> scrypt "
        + b64encode(salt)
        + b" "
        + str(work_factor).encode("ascii")
        + b"\n"
        + wrap_body(b64encode(body))
        + b"---"
    )
    mac = header_mac(file_key, header).finalize()
    return file_key, header + b" " + b64encode(mac) + b"\n"


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


def read_header(inp: BinaryIO, passphrase: bytes, max_work_factor: int) -> bytes:
    """Parse and verify the header, leaving ``inp`` at the payload nonce; returns the file key.

    Raises:
        AgeNotAgeFileError: the input does not start with the age v1 line.
        AgeUnsupportedError: not exactly one scrypt stanza.
        AgeFormatError: anything else malformed in the header.
        AgeWorkFactorError: the work factor is above ``max_work_factor`` (no scrypt work done).
        AgeWrongPassphraseError: the file key does not unwrap.
        AgeHeaderMacError: the header MAC does not verify.
    """
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
        file_key = ChaCha20Poly1305(scrypt_key(passphrase, salt, work_factor)).decrypt(
            bytes(12), body, None
        )
    except InvalidTag:
        raise AgeWrongPassphraseError("wrong passphrase") from None
    header = first + b"\n" + arguments + b"\n" + body_lines + b"---"
    try:
        header_mac(file_key, header).verify(mac)
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
