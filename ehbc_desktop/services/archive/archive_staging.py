"""The sink of an archive read: records in memory, evidence into new blobs, nothing committed."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ehbc_desktop.services.archive.archive_export import DATABASE_MEMBER
from ehbc_desktop.services.archive.record_json import (
    ArchivedRecord,
    RecordFormatError,
    RecordVersionError,
    decode_records,
)
from ehbc_desktop.services.evidence import evidence_errors as errors
from ehbc_desktop.vault.blobs import BlobError, BlobStore

MAX_RECORDS_BYTES = 64 * 1024 * 1024
_EVIDENCE = re.compile(r"evidence/([0-9a-f]{16,64})")
_DOCUMENT = re.compile(r"documents/[0-9a-f]{16,64}\.pdf")


@dataclass(frozen=True)
class _Expected:
    case_id: str
    sha256: str
    size: int


class _ChunkReader:
    """A file-like reader over an iterator of chunks (the blob store reads from it)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = bytearray()

    def read(self, size: int = -1, /) -> bytes:
        buffer = self._buffer
        while size < 0 or len(buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            buffer += chunk
        take = len(buffer) if size < 0 else min(size, len(buffer))
        data = bytes(buffer[:take])
        del buffer[:take]
        return data


class ArchiveStaging:
    """Receives each archive entry (`sink`) and keeps what an import needs until the commit.

    With ``blobs=None`` (verify only) evidence is hashed and dropped. Evidence of cases in
    ``skip_cases`` is hashed and dropped too.
    """

    def __init__(self, blobs: BlobStore | None, skip_cases: set[str] | None = None) -> None:
        self._blobs = blobs
        self._skip = skip_cases or set()
        self.records: list[ArchivedRecord] = []
        self._have_records = False
        self._expected: dict[str, _Expected] = {}
        self._seen: set[str] = set()
        self._written: dict[str, tuple[str, bytes]] = {}  # evidence id -> (blob id, key)
        self.documents = 0

    def sink(self, name: str, chunks: Iterator[bytes]) -> None:
        """Handle one entry (called by `read_archive` in archive order)."""
        if name == DATABASE_MEMBER:
            self._take_records(chunks)
        elif (found := _EVIDENCE.fullmatch(name)) is not None:
            self._take_evidence(found.group(1), chunks)
        elif _DOCUMENT.fullmatch(name) is not None:
            for _chunk in chunks:  # checked against the manifest by the reader
                pass
            self.documents += 1
        else:
            raise errors.ArchiveContentError("unexpected member")

    def _take_records(self, chunks: Iterator[bytes]) -> None:
        if self._have_records:
            raise errors.ArchiveContentError("records twice")
        data = bytearray()
        for chunk in chunks:
            data += chunk
            if len(data) > MAX_RECORDS_BYTES:
                raise errors.ArchiveContentError("records too large")
        try:
            self.records = decode_records(bytes(data))
        except RecordVersionError as exc:
            raise errors.ArchiveTooNewError(exc.version) from None
        except RecordFormatError:
            raise errors.ArchiveContentError("records") from None
        self._have_records = True
        case_ids: set[str] = set()
        for archived in self.records:
            case = archived.record.case
            if case.id in case_ids:
                raise errors.ArchiveContentError("case twice")
            case_ids.add(case.id)
            for item in archived.record.evidence:
                if item.id in self._expected or item.case_id != case.id:
                    raise errors.ArchiveContentError("evidence ids")
                if not item.not_imported_sexual_content:
                    self._expected[item.id] = _Expected(case.id, item.sha256, item.size)

    def _take_evidence(self, evidence_id: str, chunks: Iterator[bytes]) -> None:
        expected = self._expected.get(evidence_id)
        if expected is None or evidence_id in self._seen:
            raise errors.ArchiveContentError("evidence not in the records")
        self._seen.add(evidence_id)
        if self._blobs is None or expected.case_id in self._skip:
            digest = hashlib.sha256()
            size = 0
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
            found, found_size = digest.hexdigest(), size
        else:
            try:
                info = self._blobs.write(_ChunkReader(chunks))  # type: ignore[arg-type]
            except BlobError:
                raise errors.EvidenceWriteError("blob") from None
            except OSError as exc:
                raise errors.EvidenceWriteError(exc.errno) from None
            self._written[evidence_id] = (info.blob_id, info.key)
            found, found_size = info.sha256, info.size
        if found != expected.sha256 or found_size != expected.size:
            raise errors.ArchiveContentError("evidence does not match its record")

    def check_complete(self) -> None:
        """Every stored evidence file the records list arrived (after a successful read)."""
        if not self._have_records:
            raise errors.ArchiveContentError("no records")
        if set(self._expected) != self._seen:
            raise errors.ArchiveContentError("evidence missing")

    def evidence_count(self, case_id: str) -> int:
        """Stored evidence files of a case."""
        return sum(1 for e in self._expected.values() if e.case_id == case_id)

    def evidence_bytes(self, case_id: str) -> int:
        """Bytes of a case's stored evidence."""
        return sum(e.size for e in self._expected.values() if e.case_id == case_id)

    def blob_refs(self, case_id: str) -> dict[str, tuple[str, bytes]]:
        """The blobs written for a case's evidence, by evidence id."""
        return {
            eid: ref for eid, ref in self._written.items() if self._expected[eid].case_id == case_id
        }

    def discard(self) -> None:
        """Remove every blob written so far (the import failed)."""
        if self._blobs is None:
            return
        for blob_id, _key in self._written.values():
            self._blobs.delete(blob_id)
        self._written.clear()
