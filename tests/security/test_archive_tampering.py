"""Hostile archives: tampered bytes, wrong passphrases, and well-encrypted but crafted contents.

A crafted archive is what someone who knows the passphrase could build with any tar and age
tool: the reader must refuse it with a typed error and never report success.
"""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import tarfile
from collections.abc import Iterator

import pytest

from ehbc_desktop.vault.age_format import AgeWriter
from ehbc_desktop.vault.archive_tar import (
    ArchiveDamagedError,
    ArchiveError,
    ArchiveFormatError,
    ArchiveIntegrityError,
    ArchiveLimitError,
    ArchiveMemberError,
    ArchiveNotAnArchiveError,
    ArchivePassphraseError,
    ArchiveVersionError,
    ArchiveWorkFactorError,
    ArchiveWriter,
    read_archive,
)
from ehbc_desktop.vault.stream_aead import SEALED_CHUNK_SIZE

PASSPHRASE = "duin-kaars-molen-tulp-vijver-zeef"
WF = 4
EVIDENCE = "evidence/" + "ab" * 16
GIB = 1024**3


def discard(name: str, chunks: Iterator[bytes]) -> None:
    for _ in chunks:
        pass


def attempt(blob: bytes, passphrase: str = PASSPHRASE) -> None:
    read_archive(io.BytesIO(blob), passphrase, discard)


def genuine(size: int = 3 * 64 * 1024 + 77) -> bytes:
    out = io.BytesIO()
    with ArchiveWriter(out, PASSPHRASE, work_factor=WF) as writer:
        writer.add_bytes("database/cases.json", b'{"cases": []}')
        writer.add_bytes(EVIDENCE, secrets.token_bytes(size))
    return out.getvalue()


def payload_start(blob: bytes) -> int:
    return blob.index(b"\n", blob.index(b"\n--- ") + 1) + 1 + 16


# --- the age layer --------------------------------------------------------------------------


def test_wrong_passphrase() -> None:
    with pytest.raises(ArchivePassphraseError):
        attempt(genuine(), "duin-kaars-molen-tulp-vijver-zeep")


@pytest.mark.parametrize("blob", [b"", b"PK\x03\x04zipfile", secrets.token_bytes(4096)])
def test_empty_and_foreign_files(blob: bytes) -> None:
    with pytest.raises(ArchiveNotAnArchiveError):
        attempt(blob)


def test_a_plain_tar_is_not_an_archive() -> None:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        info = tarfile.TarInfo("database/cases.json")
        tar.addfile(info, io.BytesIO(b""))
    with pytest.raises(ArchiveNotAnArchiveError):
        attempt(raw.getvalue())


def test_huge_work_factor_is_refused_with_its_value() -> None:
    blob = genuine(10)
    lines = blob.split(b"\n", 2)
    stanza = lines[1].rsplit(b" ", 1)[0] + b" 64"
    with pytest.raises(ArchiveWorkFactorError) as caught:
        attempt(lines[0] + b"\n" + stanza + b"\n" + lines[2])
    assert caught.value.work_factor == 64 and caught.value.limit == 20


def test_truncation_at_many_offsets_never_succeeds() -> None:
    blob = genuine()
    start = payload_start(blob)
    cuts = [
        1,
        22,
        40,
        start - 17,
        start - 1,
        start,
        start + 1,
        start + 600,
        start + SEALED_CHUNK_SIZE,
        start + 2 * SEALED_CHUNK_SIZE,
        len(blob) - 16,
        len(blob) - 1,
    ]
    for cut in cuts:
        with pytest.raises((ArchiveDamagedError, ArchiveNotAnArchiveError)):
            attempt(blob[:cut])
    for cut in cuts[5:]:
        with pytest.raises(ArchiveDamagedError):
            attempt(blob[:cut])


def test_a_flipped_byte_anywhere_is_refused() -> None:
    blob = genuine()
    positions = [*range(0, payload_start(blob) + 2), *range(payload_start(blob), len(blob), 997)]
    positions.append(len(blob) - 1)
    for position in positions:
        for mask in (0x01, 0x80):
            changed = bytearray(blob)
            changed[position] ^= mask
            with pytest.raises(ArchiveError):
                attempt(bytes(changed))


def test_swapped_and_repeated_chunks() -> None:
    blob = genuine()
    start = payload_start(blob)
    c = [
        blob[start + i * SEALED_CHUNK_SIZE : start + (i + 1) * SEALED_CHUNK_SIZE] for i in range(4)
    ]
    for order in ((1, 0, 2, 3), (0, 0, 2, 3), (0, 1, 3, 2), (0, 1, 2, 2, 3)):
        with pytest.raises(ArchiveDamagedError):
            attempt(blob[:start] + b"".join(c[i] for i in order))


def test_appended_data() -> None:
    with pytest.raises(ArchiveDamagedError):
        attempt(genuine() + b"\x00" * 16)


# --- crafted contents (validly encrypted) ---------------------------------------------------


def member(
    name: str, data: bytes = b"", kind: bytes = tarfile.REGTYPE
) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE):
        info.linkname = "../../etc/passwd"
    return info, data


def format_member(version: int = 1) -> tuple[tarfile.TarInfo, bytes]:
    return member(
        "format.json", json.dumps({"format": "ehbc-archive", "format_version": version}).encode()
    )


def manifest_member(
    entries: list[tuple[str, bytes]], version: int = 1
) -> tuple[tarfile.TarInfo, bytes]:
    document = {
        "format": "ehbc-archive",
        "format_version": version,
        "created_at": "2026-01-01T00:00:00Z",
        "producer": "crafted",
        "entries": [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in entries
        ],
    }
    return member("manifest.json", json.dumps(document).encode())


def craft(
    members: list[tuple[tarfile.TarInfo, bytes]], tar_format: int = tarfile.USTAR_FORMAT
) -> bytes:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tar_format) as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return seal(raw.getvalue())


def seal(payload: bytes) -> bytes:
    out = io.BytesIO()
    with AgeWriter(out, PASSPHRASE, work_factor=WF) as writer:
        writer.write(payload)
    return out.getvalue()


def test_the_crafting_helper_builds_acceptable_archives() -> None:
    entries = [(EVIDENCE, b"bewijs")]
    blob = craft([format_member(), member(EVIDENCE, b"bewijs"), manifest_member(entries)])
    assert read_archive(io.BytesIO(blob), PASSPHRASE, discard).entries[0].name == EVIDENCE


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/cron.d/x",
        "/etc/passwd",
        "evidence/../../x",
        "database/../../../x.json",
        "notes.txt",
        "evidence/" + "ab" * 16 + "/x",
        "./database/cases.json",
    ],
)
def test_path_traversal_and_unlisted_names(name: str) -> None:
    blob = craft([format_member(), member(name, b"x"), manifest_member([(name, b"x")])])
    with pytest.raises(ArchiveMemberError):
        attempt(blob)


@pytest.mark.parametrize(
    "kind",
    [
        tarfile.SYMTYPE,
        tarfile.LNKTYPE,
        tarfile.CHRTYPE,
        tarfile.BLKTYPE,
        tarfile.DIRTYPE,
        tarfile.FIFOTYPE,
        tarfile.CONTTYPE,
    ],
)
def test_links_devices_and_directories(kind: bytes) -> None:
    blob = craft([format_member(), member(EVIDENCE, kind=kind), manifest_member([])])
    with pytest.raises(ArchiveMemberError):
        attempt(blob)


def test_pax_and_gnu_extended_headers_are_refused_before_their_data_is_read() -> None:
    long_name = "evidence/" + "a" * 200
    for tar_format in (tarfile.PAX_FORMAT, tarfile.GNU_FORMAT):
        blob = craft([format_member(), member(long_name, b"x"), manifest_member([])], tar_format)
        with pytest.raises(ArchiveMemberError):
            attempt(blob)


def test_a_header_claiming_a_huge_size_is_refused_before_reading() -> None:
    info = tarfile.TarInfo(EVIDENCE)
    info.size = 5 * GIB
    fmt, fmt_data = format_member()
    head = fmt.tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict") + fmt_data.ljust(512, b"\x00")
    blob = seal(head + info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict") + b"\x00" * 4096)
    with pytest.raises(ArchiveLimitError):
        attempt(blob)


def test_a_newer_format_version_is_reported_with_its_number() -> None:
    blob = craft([format_member(2), member("database/v2.bin"), manifest_member([], 2)])
    with pytest.raises(ArchiveVersionError) as caught:
        attempt(blob)
    assert caught.value.version == 2


def test_missing_format_member() -> None:
    blob = craft([member(EVIDENCE, b"x"), manifest_member([(EVIDENCE, b"x")])])
    with pytest.raises(ArchiveNotAnArchiveError):
        attempt(blob)


@pytest.mark.parametrize(
    "members",
    [
        [format_member(), member(EVIDENCE, b"x")],  # no manifest
        [format_member(), member(EVIDENCE, b"x"), manifest_member([(EVIDENCE, b"y")])],  # hash
        [format_member(), member(EVIDENCE, b"x"), manifest_member([])],  # unlisted entry
        [format_member(), manifest_member([(EVIDENCE, b"x")])],  # listed but absent
        [format_member(), member(EVIDENCE, b"xy"), manifest_member([(EVIDENCE, b"x")])],  # size
    ],
)
def test_manifest_mismatches(members: list[tuple[tarfile.TarInfo, bytes]]) -> None:
    with pytest.raises(ArchiveIntegrityError):
        attempt(craft(members))


def test_structure_errors() -> None:
    cases = [
        [format_member(), manifest_member([]), member(EVIDENCE, b"x")],  # entry after manifest
        [format_member(), member("manifest.json", b"{not json")],
        [format_member(), member("manifest.json", b"[]")],
        [format_member(), manifest_member([], version=1), manifest_member([])],
    ]
    for members in cases:
        with pytest.raises(ArchiveFormatError):
            attempt(craft(members))
    twice = [format_member(), member(EVIDENCE, b"x"), member(EVIDENCE, b"x"), manifest_member([])]
    with pytest.raises(ArchiveMemberError):
        attempt(craft(twice))
    with pytest.raises(ArchiveFormatError):
        attempt(seal(b"this is not a tar stream at all" * 40))
    with pytest.raises(ArchiveFormatError):
        attempt(seal(b""))  # an empty age payload holds no tar


def test_nothing_reaches_the_sink_as_complete_when_the_end_is_cut() -> None:
    # The sink sees data as it streams; success is only the return value. Cut the final chunk.
    blob = genuine()
    received: list[str] = []

    def sink(name: str, chunks: Iterator[bytes]) -> None:
        received.append(name)
        for _ in chunks:
            pass

    with pytest.raises(ArchiveDamagedError):
        read_archive(io.BytesIO(blob[:-20]), PASSPHRASE, sink)
    # The entries did stream before the damage showed: why the caller commits only on success.
    assert received == ["database/cases.json", EVIDENCE]
