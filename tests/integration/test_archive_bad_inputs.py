"""Every bad archive is refused with a typed error and leaves vault B byte-for-byte unchanged."""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ehbc_desktop.services.archive.archive_export import DATABASE_MEMBER, ArchiveExportService
from ehbc_desktop.services.archive.archive_import import import_archive, verify_archive
from ehbc_desktop.services.evidence import evidence_errors as errors
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.vault.age_format import AgeWriter
from ehbc_desktop.vault.archive_tar import ArchiveWriter, read_archive
from ehbc_desktop.vault.stream_aead import SEALED_CHUNK_SIZE
from tests.builders.archive import ARCHIVE_PASSPHRASE, FAST_WORK_FACTOR, vault_with_cases
from tests.builders.vault import new_vault, settle
from tests.readers import tree_digest

Maker = Callable[[Path, bytes], Path]


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict[str, bytes]]:
    """A valid archive (several age chunks) and its decrypted entries."""
    root = tmp_path_factory.mktemp("bad-inputs")
    session, ids = vault_with_cases(root / "a", count=1)
    EvidenceService(session).add_stream(
        ids[0], io.BytesIO(bytes(300_000)), EvidenceInput("video", original_name="v.mp4")
    )
    path = root / "good.ehbc"
    ArchiveExportService(session).export(
        ids, path, ARCHIVE_PASSPHRASE, work_factor=FAST_WORK_FACTOR
    )
    session.close()
    entries: dict[str, bytes] = {}

    def sink(name: str, chunks: Iterator[bytes]) -> None:
        entries[name] = b"".join(chunks)

    with path.open("rb") as handle:
        read_archive(handle, ARCHIVE_PASSPHRASE, sink)
    return path.read_bytes(), entries


@pytest.fixture(scope="module")
def vault_b(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VaultSession]:
    session = new_vault(tmp_path_factory.mktemp("b") / "vault")
    settle(session)
    yield session
    session.close()


def _payload_start(data: bytes) -> int:
    return data.index(b"\n", data.index(b"\n--- ") + 1) + 1 + 16


def _raw_tar(members: list[tuple[str, bytes, int | None]]) -> bytes:
    """A tar stream; a size override writes a header that lies about the size."""
    out = io.BytesIO()
    for name, data, size in members:
        info = tarfile.TarInfo(name)
        info.size = len(data) if size is None else size
        out.write(info.tobuf(format=tarfile.USTAR_FORMAT))
        out.write(data + bytes(-len(data) % 512))
    out.write(bytes(1024))
    return out.getvalue()


def _sealed(plaintext: bytes) -> bytes:
    out = io.BytesIO()
    with AgeWriter(out, ARCHIVE_PASSPHRASE, FAST_WORK_FACTOR) as age:
        age.write(plaintext)
    return out.getvalue()


def _rewritten(entries: dict[str, bytes], change: Callable[[dict[str, bytes]], None]) -> bytes:
    changed = dict(entries)
    change(changed)
    out = io.BytesIO()
    with ArchiveWriter(out, ARCHIVE_PASSPHRASE, work_factor=FAST_WORK_FACTOR) as writer:
        for name, data in changed.items():
            writer.add_bytes(name, data)
    return out.getvalue()


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def _swap_chunks(data: bytes) -> bytes:
    start = _payload_start(data)
    one = data[start : start + SEALED_CHUNK_SIZE]
    two = data[start + SEALED_CHUNK_SIZE : start + 2 * SEALED_CHUNK_SIZE]
    assert len(data) > start + 2 * SEALED_CHUNK_SIZE
    return data[:start] + two + one + data[start + 2 * SEALED_CHUNK_SIZE :]


def _tamper_evidence(entries: dict[str, bytes]) -> None:
    name = next(n for n in entries if n.startswith("evidence/"))
    entries[name] = entries[name][:-1] + b"!"


def _drop_evidence(entries: dict[str, bytes]) -> None:
    del entries[[n for n in entries if n.startswith("evidence/")][-1]]


FORMAT = b'{"format": "ehbc-archive", "format_version": 1}'
HEX_NAME = "evidence/" + "a" * 32


def _huge_size_header(d: bytes, e: dict[str, bytes]) -> bytes:
    return _sealed(_raw_tar([("format.json", FORMAT, None), (HEX_NAME, b"x", 5 << 30)]))


def _path_traversal(d: bytes, e: dict[str, bytes]) -> bytes:
    return _sealed(_raw_tar([("format.json", FORMAT, None), ("../evidence/x", b"x", None)]))


def _newer_format(d: bytes, e: dict[str, bytes]) -> bytes:
    return _sealed(_raw_tar([("format.json", FORMAT.replace(b"1}", b"2}"), None)]))


def _set_records(data: bytes) -> Callable[[dict[str, bytes]], None]:
    return lambda entries: entries.__setitem__(DATABASE_MEMBER, data)


def _newer_records(d: bytes, e: dict[str, bytes]) -> bytes:
    newer = e[DATABASE_MEMBER].replace(b'"version":2', b'"version":9')
    assert newer != e[DATABASE_MEMBER]
    return _rewritten(e, _set_records(newer))


def _malformed_records(d: bytes, e: dict[str, bytes]) -> bytes:
    document = {"format": "ehbc-records", "version": 1, "cases": [{"record": {}}]}
    return _rewritten(e, _set_records(json.dumps(document).encode()))


Case = tuple[Callable[[bytes, dict[str, bytes]], bytes], type[Exception], str]
CASES: dict[str, Case] = {
    "wrong passphrase": (lambda d, e: d, errors.ArchiveWrongPassphraseError, "other-pass"),
    "truncated": (lambda d, e: d[: len(d) // 2], errors.ArchiveDamagedError, ""),
    "truncated at a chunk": (
        lambda d, e: d[: _payload_start(d) + 2 * SEALED_CHUNK_SIZE],
        errors.ArchiveDamagedError,
        "",
    ),
    "flipped byte": (lambda d, e: _flip(d, len(d) - 100), errors.ArchiveDamagedError, ""),
    "flipped header MAC": (
        lambda d, e: _flip(d, d.index(b"\n--- ") + 8),
        errors.ArchiveDamagedError,
        "",
    ),
    "swapped chunks": (lambda d, e: _swap_chunks(d), errors.ArchiveDamagedError, ""),
    "extended": (lambda d, e: d + b"more", errors.ArchiveDamagedError, ""),
    "huge size header": (_huge_size_header, errors.ArchiveContentError, ""),
    "path traversal": (_path_traversal, errors.ArchiveContentError, ""),
    "empty file": (lambda d, e: b"", errors.ArchiveNotAnArchiveError, ""),
    "not an archive": (
        lambda d, e: b"%PDF-1.7\n" + bytes(5000),
        errors.ArchiveNotAnArchiveError,
        "",
    ),
    "newer format version": (_newer_format, errors.ArchiveTooNewError, ""),
    "newer records version": (_newer_records, errors.ArchiveTooNewError, ""),
    "evidence not matching its record": (
        lambda d, e: _rewritten(e, _tamper_evidence),
        errors.ArchiveContentError,
        "",
    ),
    "evidence missing": (
        lambda d, e: _rewritten(e, _drop_evidence),
        errors.ArchiveContentError,
        "",
    ),
    "malformed records": (_malformed_records, errors.ArchiveContentError, ""),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_archive_leaves_the_vault_unchanged(
    case: str,
    good: tuple[bytes, dict[str, bytes]],
    vault_b: VaultSession,
    tmp_path: Path,
) -> None:
    make, error, passphrase = CASES[case]
    path = tmp_path / "bad.ehbc"
    path.write_bytes(make(*good))
    before = tree_digest(vault_b.vault.folder)
    with pytest.raises(error):
        import_archive(vault_b, path, passphrase or ARCHIVE_PASSPHRASE)
    assert tree_digest(vault_b.vault.folder) == before
    with pytest.raises(error):
        verify_archive(path, passphrase or ARCHIVE_PASSPHRASE)


def test_the_good_archive_does_import(good: tuple[bytes, dict[str, bytes]], tmp_path: Path) -> None:
    path = tmp_path / "good.ehbc"
    path.write_bytes(good[0])
    session = new_vault(tmp_path / "v")
    try:
        assert import_archive(session, path, ARCHIVE_PASSPHRASE).evidence_count == 3
    finally:
        session.close()
