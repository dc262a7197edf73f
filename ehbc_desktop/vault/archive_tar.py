"""The encrypted case archive: an uncompressed ustar stream written through an age writer.

Layout of the tar (inside the age payload; no plaintext tar ever touches the disk)::

    format.json      {"format": "ehbc-archive", "format_version": 1}   first: refuse newer early
    <entries>        whitelisted names (database/..., evidence/<hex>, documents/<hex>.pdf)
    manifest.json    version, time, producer, and every entry's name, size and SHA-256   last

The writer hashes every entry while streaming it, so the manifest goes last. The reader streams
each entry to the caller's sink while hashing, and reports success only after the manifest
matches every entry and the age stream's last chunk verified. The caller commits nothing until
`read_archive` returns (all or nothing is the caller's duty).
"""

from __future__ import annotations

import hashlib
import io
import tarfile
from collections.abc import Callable, Generator, Iterator, Sequence
from datetime import UTC, datetime
from re import Pattern
from types import TracebackType
from typing import Any, BinaryIO, Self

from ehbc_desktop import __version__
from ehbc_desktop.vault.age_format import (
    DEFAULT_WORK_FACTOR,
    AgeError,
    AgeNotAgeFileError,
    AgeReader,
    AgeUnsupportedError,
    AgeWorkFactorError,
    AgeWriter,
    AgeWrongPassphraseError,
)
from ehbc_desktop.vault.archive_manifest import (
    DEFAULT_ALLOWED_NAMES,
    FORMAT_MEMBER,
    FORMAT_VERSION,
    MANIFEST_MEMBER,
    MAX_FORMAT_MEMBER_BYTES,
    ArchiveDamagedError,
    ArchiveError,
    ArchiveFormatError,
    ArchiveIntegrityError,
    ArchiveLimitError,
    ArchiveLimits,
    ArchiveMemberError,
    ArchiveNotAnArchiveError,
    ArchivePassphraseError,
    ArchiveSourceError,
    ArchiveVersionError,
    ArchiveWorkFactorError,
    Manifest,
    ManifestEntry,
    check_entry_name,
    encode_format_member,
    encode_manifest,
    parse_format_member,
    parse_manifest,
)

_IO_CHUNK = 1024 * 1024
_READ_CHUNK = 64 * 1024
PRODUCER = f"EHBC Desktop {__version__}"

MemberSink = Callable[[str, Iterator[bytes]], object]
"""Receives each entry's name and an iterator of its bytes; should consume the iterator."""


class ArchiveWriter:
    """Writes an archive into ``out`` (which the caller owns and closes).

    Use as a context manager: a clean exit closes the archive (manifest, last age chunk); an
    exception aborts it, leaving an output that never opens as complete (delete it).
    """

    def __init__(
        self,
        out: BinaryIO,
        passphrase: str | bytes,
        *,
        work_factor: int = DEFAULT_WORK_FACTOR,
        producer: str = PRODUCER,
        created_at: datetime | None = None,
        allowed_names: Sequence[Pattern[str]] = DEFAULT_ALLOWED_NAMES,
    ) -> None:
        self._created = (created_at or datetime.now(UTC)).astimezone(UTC)
        self._producer = producer
        self._allowed = allowed_names
        self._entries: list[ManifestEntry] = []
        self._age = AgeWriter(out, passphrase, work_factor)
        # Large copy pieces: tarfile's default (16 KiB) costs a Python round trip per piece.
        options: dict[str, Any] = {"copybufsize": _IO_CHUNK}
        self._tar = tarfile.open(  # noqa: SIM115 (owned by this object, closed in close())
            fileobj=self._age,
            mode="w|",
            format=tarfile.USTAR_FORMAT,
            bufsize=_IO_CHUNK,
            **options,
        )
        self._done = False
        self._add_member(FORMAT_MEMBER, _CountingReader.of_bytes(encode_format_member()))

    def add_bytes(self, name: str, data: bytes) -> ManifestEntry:
        """Add an entry held in memory."""
        return self.add_stream(name, len(data), io.BytesIO(data))

    def add_stream(
        self,
        name: str,
        size: int,
        stream: BinaryIO,
        progress: Callable[[int], object] | None = None,
    ) -> ManifestEntry:
        """Add an entry of exactly ``size`` bytes read from ``stream`` in 1 MiB pieces.

        Raises:
            ArchiveMemberError: the name is not allowed or already used.
            ArchiveSourceError: the stream gave fewer or more bytes than ``size``.
        """
        self._check_open()
        check_entry_name(name, self._allowed)
        if any(entry.name == name for entry in self._entries):
            raise ArchiveMemberError("duplicate name", name)
        if size < 0:
            raise ArchiveSourceError("negative size")
        source = _CountingReader(stream, size, progress)
        self._add_member(name, source)
        if stream.read(1):
            # The entry is already in the tar but cannot be listed truthfully: give up.
            self.abort()
            raise ArchiveSourceError("stream longer than announced")
        entry = ManifestEntry(name, size, source.hexdigest())
        self._entries.append(entry)
        return entry

    def close(self) -> Manifest:
        """Write the manifest, end the tar and seal the last age chunk; returns the manifest."""
        self._check_open()
        manifest = Manifest(
            format_version=FORMAT_VERSION,
            created_at=self._created.isoformat(timespec="seconds").replace("+00:00", "Z"),
            producer=self._producer,
            entries=tuple(self._entries),
        )
        self._add_member(MANIFEST_MEMBER, _CountingReader.of_bytes(encode_manifest(manifest)))
        self._tar.close()
        self._age.close()
        self._done = True
        return manifest

    def abort(self) -> None:
        """Stop without finishing: the output will fail to open (the caller deletes it)."""
        if self._done:
            return
        self._done = True
        self._age.abort()
        self._tar.close()  # releases tarfile's buffer; its last writes are dropped

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._done:
            return
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def _check_open(self) -> None:
        if self._done:
            raise ArchiveError("archive writer already closed")

    def _add_member(self, name: str, source: _CountingReader) -> None:
        info = tarfile.TarInfo(name)
        info.size = source.size
        info.mtime = int(self._created.timestamp())
        info.mode = 0o600
        info.type = tarfile.REGTYPE
        try:
            self._tar.addfile(info, source)
        except BaseException:
            self.abort()
            raise


class _CountingReader:
    """Reads exactly ``size`` bytes from a stream while hashing them."""

    def __init__(
        self, stream: BinaryIO, size: int, progress: Callable[[int], object] | None
    ) -> None:
        self._stream = stream
        self.size = size
        self._left = size
        self._done = 0
        self._digest = hashlib.sha256()
        self._progress = progress

    @classmethod
    def of_bytes(cls, data: bytes) -> _CountingReader:
        return cls(io.BytesIO(data), len(data), None)

    def read(self, size: int = -1, /) -> bytes:
        want = self._left if size < 0 else min(size, self._left)
        data = self._stream.read(want)
        while len(data) < want:
            more = self._stream.read(want - len(data))
            if not more:
                raise ArchiveSourceError("stream shorter than announced")
            data += more
        self._digest.update(data)
        self._left -= len(data)
        self._done += len(data)
        if self._progress is not None:
            self._progress(self._done)
        return data

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


class _GuardedTarInfo(tarfile.TarInfo):
    """Refuses every member type but a regular file while parsing its header.

    Checked in `frombuf`, before tarfile reads any extended (pax / GNU long name) data into
    memory, so links, devices, directories and oversized metadata never get that far.
    """

    @classmethod
    def frombuf(cls, buf: bytes | bytearray, encoding: str, errors: str) -> Self:
        info = super().frombuf(buf, encoding, errors)
        if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE):
            raise ArchiveMemberError("not a regular file", info.name)
        return info


class _ArchiveReading:
    """The state of one `read_archive` call."""

    def __init__(self, tar: tarfile.TarFile, sink: MemberSink, limits: ArchiveLimits) -> None:
        self._tar = tar
        self._sink = sink
        self._limits = limits
        self._seen: list[ManifestEntry] = []
        self._names: set[str] = set()
        self._total = 0

    def run(self) -> Manifest:
        first = self._tar.next()
        if first is None or first.name != FORMAT_MEMBER:
            raise ArchiveNotAnArchiveError("format member missing")
        version = parse_format_member(self._read_small(first, MAX_FORMAT_MEMBER_BYTES))
        while (member := self._tar.next()) is not None:
            if member.name == MANIFEST_MEMBER:
                manifest = parse_manifest(self._read_small(member, self._limits.max_manifest_bytes))
                break
            self._stream_entry(member)
        else:
            raise ArchiveIntegrityError("manifest missing")
        if self._tar.next() is not None:
            raise ArchiveFormatError("member after the manifest")
        if manifest.format_version != version:
            raise ArchiveFormatError("manifest and format member disagree")
        if manifest.entries != tuple(self._seen):
            raise ArchiveIntegrityError("entries do not match the manifest")
        return manifest

    def _stream_entry(self, member: tarfile.TarInfo) -> None:
        name = member.name
        limits = self._limits
        check_entry_name(name, limits.allowed_names)
        if name in self._names:
            raise ArchiveMemberError("duplicate name", name)
        if len(self._seen) >= limits.max_members:
            raise ArchiveLimitError("member count")
        if member.size > limits.max_member_bytes:
            raise ArchiveLimitError("member size")
        if self._total + member.size > limits.max_total_bytes:
            raise ArchiveLimitError("total size")
        self._names.add(name)
        self._total += member.size
        digest = hashlib.sha256()
        counted = [0]
        chunks = self._member_chunks(member, digest, counted)
        try:
            self._sink(name, chunks)
            for _rest in chunks:  # whatever the sink left unread is still hashed
                pass
        finally:
            chunks.close()
        if counted[0] != member.size:
            raise ArchiveIntegrityError("entry shorter than its header")
        self._seen.append(ManifestEntry(name, member.size, digest.hexdigest()))

    def _member_chunks(
        self, member: tarfile.TarInfo, digest: hashlib._Hash, counted: list[int]
    ) -> Generator[bytes, None, None]:
        handle = self._tar.extractfile(member)
        if handle is None:
            raise ArchiveMemberError("not a regular file", member.name)
        with handle:
            while chunk := handle.read(_READ_CHUNK):
                digest.update(chunk)
                counted[0] += len(chunk)
                yield chunk

    def _read_small(self, member: tarfile.TarInfo, cap: int) -> bytes:
        if member.size > cap:
            raise ArchiveLimitError(f"{member.name} size")
        handle = self._tar.extractfile(member)
        if handle is None:
            raise ArchiveMemberError("not a regular file", member.name)
        with handle:
            data = handle.read(member.size)
        if len(data) != member.size:
            raise ArchiveIntegrityError("member shorter than its header")
        return data


def read_archive(
    inp: BinaryIO,
    passphrase: str | bytes,
    sink: MemberSink,
    limits: ArchiveLimits | None = None,
) -> Manifest:
    """Stream an archive's entries to ``sink`` and return its manifest once all verified.

    ``sink(name, chunks)`` is called once per entry, in archive order, and may buffer in memory
    or write into the vault; it must not commit anything until this function returns. Success
    is reported only after the manifest matched every entry's size and SHA-256 and the age
    stream's last chunk verified.

    Raises:
        ArchiveNotAnArchiveError: not an age passphrase file, or not our archive inside.
        ArchiveWorkFactorError: the scrypt work factor is above the cap (no scrypt work done).
        ArchivePassphraseError: wrong passphrase.
        ArchiveVersionError: a newer archive format.
        ArchiveDamagedError: changed, truncated or extended (ArchiveIntegrityError: manifest).
        ArchiveFormatError: bad content (ArchiveMemberError, ArchiveLimitError).
    """
    limits = limits or ArchiveLimits()
    reader = _open_age(inp, passphrase, limits.max_work_factor)
    try:
        with tarfile.open(
            fileobj=reader, mode="r|", tarinfo=_GuardedTarInfo, bufsize=_READ_CHUNK
        ) as tar:
            manifest = _ArchiveReading(tar, sink, limits).run()
        reader.finish()  # the rest of the payload (tar padding) and the last chunk's tag
    except AgeError:
        raise ArchiveDamagedError("archive failed authentication") from None
    except tarfile.TarError:
        raise ArchiveFormatError("malformed tar stream") from None
    return manifest


def _open_age(inp: BinaryIO, passphrase: str | bytes, max_work_factor: int) -> AgeReader:
    try:
        return AgeReader(inp, passphrase, max_work_factor)
    except AgeWorkFactorError as exc:
        raise ArchiveWorkFactorError(exc.work_factor, exc.limit) from None
    except AgeWrongPassphraseError:
        raise ArchivePassphraseError("wrong passphrase") from None
    except (AgeNotAgeFileError, AgeUnsupportedError):
        raise ArchiveNotAnArchiveError("not a passphrase age file") from None
    except AgeError:
        raise ArchiveDamagedError("archive header damaged") from None


__all__ = [
    "ArchiveDamagedError",
    "ArchiveError",
    "ArchiveFormatError",
    "ArchiveIntegrityError",
    "ArchiveLimitError",
    "ArchiveLimits",
    "ArchiveMemberError",
    "ArchiveNotAnArchiveError",
    "ArchivePassphraseError",
    "ArchiveSourceError",
    "ArchiveVersionError",
    "ArchiveWorkFactorError",
    "ArchiveWriter",
    "Manifest",
    "ManifestEntry",
    "MemberSink",
    "read_archive",
]
