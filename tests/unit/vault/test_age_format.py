"""The age v1 reader and writer: round trips, header form, and every refusal the spec asks for."""

from __future__ import annotations

import io
import re
import secrets

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from ehbc_desktop.vault import age_header
from ehbc_desktop.vault.age_format import (
    AgeDamagedError,
    AgeFormatError,
    AgeHeaderMacError,
    AgeNotAgeFileError,
    AgeReader,
    AgeTrailingDataError,
    AgeTruncatedError,
    AgeUnsupportedError,
    AgeWorkFactorError,
    AgeWriter,
    AgeWrongPassphraseError,
)
from ehbc_desktop.vault.stream_aead import CHUNK_SIZE, SEALED_CHUNK_SIZE, chunk_nonce

PASSPHRASE = "molen-tulp-zeef-kaars-duin-vlag"
WF = 4  # tiny scrypt cost for tests; the interop tests use age's own default


def encrypt(data: bytes, passphrase: str = PASSPHRASE, pieces: int = 1) -> bytes:
    out = io.BytesIO()
    with AgeWriter(out, passphrase, work_factor=WF) as writer:
        step = max(1, len(data) // pieces)
        for i in range(0, len(data), step):
            writer.write(data[i : i + step])
    return out.getvalue()


def decrypt(blob: bytes, passphrase: str = PASSPHRASE, max_work_factor: int = 20) -> bytes:
    return AgeReader(io.BytesIO(blob), passphrase, max_work_factor).read()


def payload_offset(blob: bytes) -> int:
    return blob.index(b"\n", blob.index(b"\n--- ") + 1) + 1 + 16


def craft(chunks: list[tuple[bytes, bool]], passphrase: str = PASSPHRASE) -> bytes:
    """An age file with a valid header and hand-made payload chunks (plaintext, last flag)."""
    file_key = secrets.token_bytes(16)
    salt = secrets.token_bytes(16)
    wrap = ChaCha20Poly1305(age_header.scrypt_key(passphrase.encode(), salt, WF))
    body = wrap.encrypt(bytes(12), file_key, None)
    header = (
        b"age-encryption.org/v1\n-> scrypt "
        + age_header.b64encode(salt)
        + b" %d\n" % WF
        + age_header.wrap_body(age_header.b64encode(body))
        + b"---"
    )
    mac = age_header.header_mac(file_key, header).finalize()
    nonce = secrets.token_bytes(16)
    aead = ChaCha20Poly1305(age_header.hkdf(file_key, nonce, b"payload"))
    payload = b"".join(
        aead.encrypt(chunk_nonce(i, last), data, None) for i, (data, last) in enumerate(chunks)
    )
    return header + b" " + age_header.b64encode(mac) + b"\n" + nonce + payload


@pytest.mark.parametrize("size", [0, 1, 100, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 200_000])
@pytest.mark.parametrize("pieces", [1, 7])
def test_round_trip(size: int, pieces: int) -> None:
    data = secrets.token_bytes(size)
    blob = encrypt(data, pieces=pieces)
    assert decrypt(blob) == data
    expected_chunks = max(1, -(-size // CHUNK_SIZE))
    assert len(blob) - payload_offset(blob) == size + 16 * expected_chunks


def test_small_reads_and_chunk_iteration_give_the_same_bytes() -> None:
    data = secrets.token_bytes(3 * CHUNK_SIZE + 17)
    blob = encrypt(data)
    reader = AgeReader(io.BytesIO(blob), PASSPHRASE)
    parts = []
    while piece := reader.read(1000):
        parts.append(piece)
    assert b"".join(parts) == data and reader.read(10) == b""
    chunks = list(AgeReader(io.BytesIO(blob), PASSPHRASE).chunks())
    assert b"".join(chunks) == data and max(map(len, chunks)) == CHUNK_SIZE


def test_header_follows_the_spec_text_form() -> None:
    blob = encrypt(b"hallo")
    lines = blob[: payload_offset(blob) - 16].split(b"\n")
    assert lines[0] == b"age-encryption.org/v1"
    assert re.fullmatch(rb"-> scrypt [A-Za-z0-9+/]{22} 4", lines[1])
    assert re.fullmatch(rb"[A-Za-z0-9+/]{43}", lines[2])  # 32 bytes, unpadded, one short line
    assert re.fullmatch(rb"--- [A-Za-z0-9+/]{43}", lines[3])
    assert b"=" not in blob[: payload_offset(blob) - 16]  # the header only (the nonce is random)


def test_body_wrapping_rule() -> None:
    assert age_header.wrap_body(b"a" * 43) == b"a" * 43 + b"\n"
    assert age_header.wrap_body(b"a" * 64) == b"a" * 64 + b"\n\n"
    assert age_header.wrap_body(b"a" * 70) == b"a" * 64 + b"\n" + b"a" * 6 + b"\n"
    assert age_header.wrap_body(b"") == b"\n"


def test_wrong_passphrase() -> None:
    with pytest.raises(AgeWrongPassphraseError):
        decrypt(encrypt(b"data"), passphrase="molen-tulp-zeef-kaars-duin-vlaG")


@pytest.mark.parametrize(
    "blob",
    [b"", b"hello world\n", b"age-encryption.org/v2\n", b"\x00" * 100, b"age-encryption.org/v1"],
)
def test_not_an_age_file(blob: bytes) -> None:
    with pytest.raises(AgeNotAgeFileError):
        decrypt(blob)


def _replace_line(blob: bytes, index: int, line: bytes) -> bytes:
    head_end = payload_offset(blob) - 16
    lines = blob[:head_end].split(b"\n")
    lines[index] = line
    return b"\n".join(lines) + blob[head_end:]


def test_work_factor_above_the_cap_is_refused_before_scrypt() -> None:
    blob = encrypt(b"data")
    salt = blob.split(b"\n")[1].split(b" ")[2]
    # 2**60 scrypt rounds could never run: reaching the typed error proves the order of checks.
    for wf, cap in ((60, 20), (21, 20), (5, 4)):
        crafted = _replace_line(blob, 1, b"-> scrypt " + salt + b" %d" % wf)
        with pytest.raises(AgeWorkFactorError) as caught:
            decrypt(crafted, max_work_factor=cap)
        assert (caught.value.work_factor, caught.value.limit) == (wf, cap)


@pytest.mark.parametrize("bad", [b"0", b"04", b"-1", b"4.0", b"x", b"100"])
def test_malformed_work_factor(bad: bytes) -> None:
    blob = encrypt(b"data")
    salt = blob.split(b"\n")[1].split(b" ")[2]
    with pytest.raises(AgeFormatError):
        decrypt(_replace_line(blob, 1, b"-> scrypt " + salt + b" " + bad))


def test_changed_work_factor_or_salt_fails_to_unwrap() -> None:
    blob = encrypt(b"data")
    _, _, salt, _ = blob.split(b"\n")[1].split(b" ")
    with pytest.raises(AgeWrongPassphraseError):
        decrypt(_replace_line(blob, 1, b"-> scrypt " + salt + b" 5"))
    other_salt = age_header.b64encode(secrets.token_bytes(16))
    with pytest.raises(AgeWrongPassphraseError):
        decrypt(_replace_line(blob, 1, b"-> scrypt " + other_salt + b" 4"))


def test_non_scrypt_and_multiple_stanzas_are_unsupported() -> None:
    blob = encrypt(b"data")
    lines = blob[: payload_offset(blob) - 16].split(b"\n")
    x25519 = b"-> X25519 " + age_header.b64encode(bytes(32)) + b"\n" + lines[2] + b"\n"
    rest = blob[blob.index(b"\n--- ") + 1 :]
    with pytest.raises(AgeUnsupportedError):
        decrypt(lines[0] + b"\n" + x25519 + rest)
    twice = b"\n".join(lines[1:3]) + b"\n"
    with pytest.raises(AgeUnsupportedError):
        decrypt(lines[0] + b"\n" + twice + twice + rest)


def test_changed_header_mac_and_non_canonical_base64() -> None:
    blob = encrypt(b"data")
    mac_line = blob.split(b"\n")[3]
    flipped = mac_line[:-2] + (b"A" if mac_line[-2:-1] != b"A" else b"B") + mac_line[-1:]
    with pytest.raises(AgeHeaderMacError):
        decrypt(_replace_line(blob, 3, flipped))
    with pytest.raises(AgeFormatError):
        decrypt(_replace_line(blob, 3, mac_line + b"="))
    # 43 base64 characters hold 32 bytes plus 2 spare bits, which must be zero.
    last = mac_line[-1:]
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    non_canonical = bytes([alphabet[alphabet.index(last) ^ 1]])
    with pytest.raises(AgeFormatError):
        decrypt(_replace_line(blob, 3, mac_line[:-1] + non_canonical))


def test_truncation_at_several_offsets() -> None:
    data = secrets.token_bytes(2 * CHUNK_SIZE + 500)
    blob = encrypt(data)
    start = payload_offset(blob)
    for cut in (30, start - 20, start - 1):
        with pytest.raises((AgeFormatError, AgeTruncatedError)):
            decrypt(blob[:cut])
    for cut in (
        start,
        start + 10,
        start + SEALED_CHUNK_SIZE,
        start + 2 * SEALED_CHUNK_SIZE,
        len(blob) - 1,
    ):
        with pytest.raises(AgeDamagedError):
            decrypt(blob[:cut])
    with pytest.raises(AgeTruncatedError):
        decrypt(blob[: start + 2 * SEALED_CHUNK_SIZE])  # cut exactly at a chunk boundary


def test_trailing_data() -> None:
    full = encrypt(secrets.token_bytes(CHUNK_SIZE))  # one full-size last chunk
    with pytest.raises(AgeTrailingDataError):
        decrypt(full + b"x")
    with pytest.raises(AgeDamagedError):
        decrypt(encrypt(b"short") + b"x")


def test_last_flag_rules() -> None:
    full = secrets.token_bytes(CHUNK_SIZE)
    assert decrypt(craft([(full, False), (b"end", True)])) == full + b"end"
    with pytest.raises(AgeTrailingDataError):
        decrypt(craft([(full, True), (b"end", True)]))  # last flag on a middle chunk
    with pytest.raises(AgeTruncatedError):
        decrypt(craft([(full, False), (full, False)]))  # no chunk carries the last flag
    with pytest.raises(AgeDamagedError):
        decrypt(craft([(full, False), (b"", True)]))  # empty last chunk after a full one
    with pytest.raises(AgeDamagedError):
        decrypt(craft([(b"short", False), (b"end", True)]))  # short non-final chunk
    assert decrypt(craft([(b"", True)])) == b""  # the one allowed empty chunk
    with pytest.raises(AgeTruncatedError):
        decrypt(craft([]))  # no payload chunk at all


def test_swapped_chunks() -> None:
    blob = encrypt(secrets.token_bytes(3 * CHUNK_SIZE + 5))
    start = payload_offset(blob)
    c = [
        blob[start + i * SEALED_CHUNK_SIZE : start + (i + 1) * SEALED_CHUNK_SIZE] for i in range(4)
    ]
    with pytest.raises(AgeDamagedError):
        decrypt(blob[:start] + c[1] + c[0] + c[2] + c[3])


def test_writer_aborted_by_an_exception_never_decrypts_as_complete() -> None:
    out = io.BytesIO()
    with pytest.raises(RuntimeError), AgeWriter(out, PASSPHRASE, work_factor=WF) as writer:
        writer.write(secrets.token_bytes(CHUNK_SIZE * 2))
        raise RuntimeError("disk full")
    with pytest.raises(AgeDamagedError):
        decrypt(out.getvalue())


def test_writer_refuses_an_empty_passphrase_and_absurd_work_factors() -> None:
    with pytest.raises(ValueError):
        AgeWriter(io.BytesIO(), "")
    with pytest.raises(ValueError):
        AgeWriter(io.BytesIO(), PASSPHRASE, work_factor=0)
