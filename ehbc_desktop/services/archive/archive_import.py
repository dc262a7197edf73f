"""Check and import case archives: all or nothing, nothing committed before every hash verified.

`verify_archive` reads a whole archive without touching any vault. `import_archive` writes each
evidence file into the blob store as a new blob while it streams, keeps the records in memory,
and commits the rows only after `read_archive` returned (every entry matched the manifest and
the age stream's end verified). On any failure the blobs it wrote are removed and nothing is
committed, so the vault is left exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.archive.archive_staging import ArchiveStaging
from ehbc_desktop.services.archive.record_copy import with_new_ids
from ehbc_desktop.services.archive.record_json import ArchivedRecord
from ehbc_desktop.services.archive.thermometer_rows import insert_measurements
from ehbc_desktop.services.evidence import evidence_errors as errors
from ehbc_desktop.services.evidence.evidence_io import CancelCheck
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit
from ehbc_desktop.store import models as m
from ehbc_desktop.store.writer import insert_case_records
from ehbc_desktop.vault import archive_tar as tar
from ehbc_desktop.vault.blobs import BlobStore

__all__ = [
    "ArchiveImportService",
    "ArchiveSummary",
    "ArchivedCase",
    "Conflict",
    "ImportProgress",
    "ImportResult",
    "import_archive",
    "verify_archive",
]

ImportProgress = Callable[[int, int], object]
"""Called with (archive bytes read, archive size)."""


class Conflict(StrEnum):
    """What to do with a case whose id already exists in the vault."""

    SKIP = "skip"
    COPY = "copy"  # new ids everywhere, the reference gets a suffix


@dataclass(frozen=True)
class ArchivedCase:
    """One case in an archive, as shown before importing."""

    case_id: str
    reference: str
    title: str
    evidence_count: int
    evidence_bytes: int


@dataclass(frozen=True)
class ArchiveSummary:
    """What a verified archive holds."""

    created_at: str
    producer: str
    cases: tuple[ArchivedCase, ...]
    evidence_count: int
    evidence_bytes: int
    documents: int


@dataclass(frozen=True)
class ImportResult:
    """What an import did: (old case id, new case id, reference) per imported case."""

    imported: tuple[tuple[str, str, str], ...]
    skipped: tuple[str, ...]  # references
    evidence_count: int


def verify_archive(
    path: Path,
    passphrase: str,
    progress: ImportProgress | None = None,
    cancel: CancelCheck | None = None,
) -> ArchiveSummary:
    """Read and check a whole archive in memory-bounded streaming; no vault is touched.

    Raises:
        The `ArchiveServiceError` subclasses of `evidence_errors`, OperationCancelledError.
    """
    staging = ArchiveStaging(blobs=None)
    manifest = _read(path, passphrase, staging, progress, cancel)
    staging.check_complete()
    records = staging.records
    cases = tuple(
        ArchivedCase(
            case_id=r.record.case.id,
            reference=r.record.case.reference,
            title=r.record.case.title,
            evidence_count=staging.evidence_count(r.record.case.id),
            evidence_bytes=staging.evidence_bytes(r.record.case.id),
        )
        for r in records
    )
    return ArchiveSummary(
        created_at=manifest.created_at,
        producer=manifest.producer,
        cases=cases,
        evidence_count=sum(c.evidence_count for c in cases),
        evidence_bytes=sum(c.evidence_bytes for c in cases),
        documents=staging.documents,
    )


def import_archive(
    session: VaultSession,
    path: Path,
    passphrase: str,
    on_conflict: Conflict | str = Conflict.SKIP,
    *,
    progress: ImportProgress | None = None,
    cancel: CancelCheck | None = None,
) -> ImportResult:
    """Import every case of the archive into the vault, all or nothing.

    Raises:
        The `ArchiveServiceError` subclasses, OperationCancelledError, EvidenceWriteError.
        The vault is unchanged after any of them.
    """
    mode = Conflict(on_conflict)
    with session.unit() as s:
        existing = set(s.execute(select(m.Case.id)).scalars())
    staging = ArchiveStaging(
        blobs=BlobStore(session.vault.folder),
        skip_cases=existing if mode is Conflict.SKIP else set(),
    )
    try:
        _read(path, passphrase, staging, progress, cancel)
        staging.check_complete()
        return _commit(session, staging, existing, mode)
    except BaseException:
        staging.discard()
        raise


def _commit(
    session: VaultSession, staging: ArchiveStaging, existing: set[str], mode: Conflict
) -> ImportResult:
    imported: list[tuple[str, str, str]] = []
    skipped: list[str] = []
    count = 0
    with session.unit() as s:
        taken = set(s.execute(select(m.Case.reference)).scalars())
        for original in staging.records:
            old_id = original.record.case.id
            if old_id in existing and mode is Conflict.SKIP:
                skipped.append(original.record.case.reference)
                continue
            archived = original
            blobs = staging.blob_refs(old_id)
            if old_id in existing:
                archived, ids = with_new_ids(original)
                blobs = {ids[eid]: ref for eid, ref in blobs.items()}
            reference = _free_reference(archived, taken, copy=old_id in existing)
            taken.add(reference)
            record = archived.record
            record = replace(record, case=replace(record.case, reference=reference))
            insert_case_records(s, [record], archived.amendments)
            insert_measurements(s, record.case.id, archived.thermometer)
            _attach_blobs(s, blobs)
            count += len(blobs)
            case_id = record.case.id
            detail = f"archive;from={old_id};evidence={len(blobs)}"
            audit.record(s, session.user, AuditAction.IMPORT, f"case:{case_id}", case_id, detail)
            imported.append((old_id, case_id, reference))
    return ImportResult(tuple(imported), tuple(skipped), count)


def _attach_blobs(s: Session, blobs: dict[str, tuple[str, bytes]]) -> None:
    """Give the inserted evidence rows their new blobs (the writer leaves them without)."""
    if blobs:
        s.execute(
            update(m.EvidenceItem),
            [
                {"id": eid, "blob_id": blob_id, "blob_key": key}
                for eid, (blob_id, key) in blobs.items()
            ],
        )


def _free_reference(archived: ArchivedRecord, taken: set[str], *, copy: bool) -> str:
    """The record's reference, or with "-2", "-3", ... when it is taken (always for a copy)."""
    base = archived.record.case.reference
    if not copy and base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def _read(
    path: Path,
    passphrase: str,
    staging: ArchiveStaging,
    progress: ImportProgress | None,
    cancel: CancelCheck | None,
) -> tar.Manifest:
    with _mapped_errors():
        try:
            handle = Path(path).open("rb")  # noqa: SIM115 - closed by the with below
        except OSError as exc:
            raise errors.ArchiveUnreadableError(exc.errno) from None
        with handle:
            size = Path(path).stat().st_size
            if size == 0:
                raise errors.ArchiveNotAnArchiveError("empty")
            counted = _CountingInput(handle, size, progress, cancel)
            return tar.read_archive(counted, passphrase, staging.sink)  # type: ignore[arg-type]


@contextmanager
def _mapped_errors() -> Iterator[None]:
    """Turn the archive layer's errors into the service's typed errors."""
    try:
        yield
    except tar.ArchivePassphraseError:
        raise errors.ArchiveWrongPassphraseError from None
    except tar.ArchiveVersionError as exc:
        raise errors.ArchiveTooNewError(exc.version) from None
    except tar.ArchiveNotAnArchiveError:
        raise errors.ArchiveNotAnArchiveError from None
    except tar.ArchiveWorkFactorError:
        raise errors.ArchiveTooCostlyError from None
    except tar.ArchiveDamagedError:
        raise errors.ArchiveDamagedError from None
    except tar.ArchiveMemberError as exc:
        raise errors.ArchiveContentError(f"member:{exc.reason}") from None
    except tar.ArchiveLimitError as exc:
        raise errors.ArchiveContentError(f"limit:{exc.limit}") from None
    except tar.ArchiveError:
        raise errors.ArchiveContentError("format") from None


class _CountingInput:
    """The archive file, reporting progress and checking for a cancel on every read."""

    def __init__(
        self,
        handle: BinaryIO,
        size: int,
        progress: ImportProgress | None,
        cancel: CancelCheck | None,
    ) -> None:
        self._handle = handle
        self._size = size
        self._done = 0
        self._progress = progress
        self._cancel = cancel

    def read(self, size: int = -1, /) -> bytes:
        """Read from the file; OSError becomes ArchiveUnreadableError."""
        if self._cancel is not None and self._cancel():
            raise errors.OperationCancelledError
        try:
            data = self._handle.read(size)
        except OSError as exc:
            raise errors.ArchiveUnreadableError(exc.errno) from None
        self._done += len(data)
        if self._progress is not None:
            self._progress(self._done, self._size)
        return data


class ArchiveImportService:
    """`verify_archive` and `import_archive` bound to a session (for widgets)."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def verify(
        self,
        path: Path,
        passphrase: str,
        progress: ImportProgress | None = None,
        cancel: CancelCheck | None = None,
    ) -> ArchiveSummary:
        """See `verify_archive`."""
        return verify_archive(path, passphrase, progress, cancel)

    def import_archive(
        self,
        path: Path,
        passphrase: str,
        on_conflict: Conflict | str = Conflict.SKIP,
        progress: ImportProgress | None = None,
        cancel: CancelCheck | None = None,
    ) -> ImportResult:
        """See `import_archive`."""
        return import_archive(
            self._vs, path, passphrase, on_conflict, progress=progress, cancel=cancel
        )
