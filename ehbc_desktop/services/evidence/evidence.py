"""The evidence locker of a case: add, list, view, verify, export and delete evidence.

Bytes go through the vault's blob store (each file under its own key, which only the encrypted
database holds). A cancelled or failed import leaves nothing: the blob is removed when the row
cannot be written. For nude images of a minor no file is asked for or read: only the description,
who holds the material, the police reference, the reports to the police and Child Focus and a
fingerprint when the police or the holder gives one are recorded.

Thumbnails are not stored: the UI scales the image it reads with `read_for_view` in memory
(and keeps it in memory for the session), so there is no second copy of any picture on disk.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import shutil
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.entities import EvidenceItem
from ehbc_desktop.domain.enums import AuditAction, Confidentiality, ExternalBody
from ehbc_desktop.services.case.cases import touch_case
from ehbc_desktop.services.errors import InvalidInputError, NotFoundError
from ehbc_desktop.services.evidence.custody import VERIFY_DETAIL
from ehbc_desktop.services.evidence.evidence_errors import (
    EvidenceDamagedError,
    EvidenceFileTooLargeError,
    EvidenceTooLargeError,
    EvidenceWriteError,
    NoEvidenceBytesError,
    NotEnoughSpaceError,
    OperationCancelledError,
)
from ehbc_desktop.services.evidence.evidence_io import (
    CancelCheck,
    ProgressCallback,
    blob_errors,
    hash_stream,
    open_source,
    source_size,
)
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit, mapping
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow
from ehbc_desktop.store.search import reindex_case
from ehbc_desktop.vault.blobs import (
    BlobCancelledError,
    BlobInfo,
    BlobStore,
    sealed_size_for,
)
from ehbc_desktop.vault.errors import VaultWriteError
from ehbc_desktop.vault.output_files import open_output

__all__ = [
    "DEFAULT_MAX_FILE_BYTES",
    "DEFAULT_VIEW_MAX_BYTES",
    "NUDE_IMAGES_NOTE",
    "EvidenceInput",
    "EvidenceService",
    "ExportReason",
    "NotImportedInput",
]

DEFAULT_VIEW_MAX_BYTES = 64 * 1024 * 1024
#: The largest evidence file taken by default (a long screen recording fits easily).
DEFAULT_MAX_FILE_BYTES = 4 * 1024**3
#: Kept free on the vault's disk after a copy, for the database and the system.
FREE_SPACE_MARGIN = 64 * 1024 * 1024
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
#: The note code of an external contact made for nude images of a minor (never text).
NUDE_IMAGES_NOTE = "nude_images"


class ExportReason(StrEnum):
    """Why a plaintext copy of evidence leaves the vault (stored as a key, worded by the UI)."""

    POLICE = "police"
    CLB = "clb"
    LAWYER = "lawyer"
    PLATFORM_REPORT = "platform_report"  # reporting the content to the platform
    OTHER = "other"


@dataclass(frozen=True)
class EvidenceInput:
    """What the user tells about a piece of evidence when adding it."""

    description: str
    provided_by: str = ""
    captured_on: date | None = None
    platform: str = ""
    confidentiality: Confidentiality = Confidentiality.IN_CONFIDENCE
    original_name: str = ""  # default: the file's name
    media_type: str = ""  # default: guessed from the name


@dataclass(frozen=True)
class NotImportedInput:
    """Nude images of a minor: recorded without any file (the school never takes the bytes)."""

    description: str
    sha256: str = ""  # hex, only when the police or the holder gives it ("" = not known)
    holder: str = ""  # who keeps the material (e.g. the police)
    police_reference: str = ""  # required: the images are reported to the police
    provided_by: str = ""
    captured_on: date | None = None
    platform: str = ""
    reported_to_police_on: date | None = None
    reported_to_child_focus_on: date | None = None


def _add_reports(s: Session, case_id: str, info: NotImportedInput) -> None:
    """The reports to the police and to Child Focus of nude images, as external contacts."""
    reports = [(ExternalBody.POLICE, info.reported_to_police_on, info.police_reference.strip())]
    if info.reported_to_child_focus_on is not None:
        reports.append((ExternalBody.CHILD_FOCUS, info.reported_to_child_focus_on, ""))
    for body, on, reference in reports:
        s.add(m.ExternalContact(case_id=case_id, body=body, contacted_on=on,
                                is_formal_report=True, reference=reference,
                                note=NUDE_IMAGES_NOTE))  # fmt: skip


class EvidenceService:
    """Evidence of cases; every read of bytes and every change is audited."""

    def __init__(self, session: VaultSession, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> None:
        self._vs = session
        self.max_file_bytes = max_file_bytes

    @property
    def blobs(self) -> BlobStore:
        """The vault's blob store (``<vault>/blobs``)."""
        return BlobStore(self._vs.vault.folder)

    # --- adding ------------------------------------------------------------------------------

    def add_file(
        self,
        case_id: str,
        path: Path,
        info: EvidenceInput,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> EvidenceItem:
        """Encrypt the file at ``path`` into the vault and record it.

        The size limit, the free space and the kind of file are checked before a byte is copied.

        Raises:
            NotFoundError: no such case.
            EvidenceUnreadableError: the file cannot be read.
            EvidenceNotAFileError: a folder, FIFO, device or socket.
            EvidenceFileTooLargeError: larger than `max_file_bytes`.
            NotEnoughSpaceError: the vault's disk has too little room for it.
            OperationCancelledError: cancelled (nothing left behind).
            EvidenceWriteError: the vault could not be written.
        """
        name = info.original_name or Path(path).name
        self._check_room(source_size(path))
        with open_source(path) as stream:
            return self.add_stream(
                case_id, stream, _with_name(info, name), progress=progress, cancel=cancel
            )

    def add_stream(
        self,
        case_id: str,
        stream: BinaryIO,
        info: EvidenceInput,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> EvidenceItem:
        """Encrypt everything ``stream`` yields into the vault and record it (see `add_file`)."""
        if not info.description.strip():
            raise InvalidInputError("description")
        self._require_case(case_id)
        stored = self._write_blob(stream, progress, cancel)
        try:
            return self._insert(case_id, info, stored)
        except BaseException:
            self.blobs.delete(stored.blob_id)
            raise

    def _check_room(self, size: int) -> None:
        if size > self.max_file_bytes:
            raise EvidenceFileTooLargeError(size, self.max_file_bytes)
        needed = sealed_size_for(size) + FREE_SPACE_MARGIN
        try:
            free = shutil.disk_usage(self._vs.vault.folder).free
        except OSError as exc:
            raise EvidenceWriteError(exc.errno) from None
        if free < needed:
            raise NotEnoughSpaceError(needed, free)

    def _write_blob(
        self, stream: BinaryIO, progress: ProgressCallback | None, cancel: CancelCheck | None
    ) -> BlobInfo:
        try:
            limited = cast(BinaryIO, _Limited(stream, self.max_file_bytes))
            return self.blobs.write(limited, progress=progress, cancel=cancel)
        except BlobCancelledError:
            raise OperationCancelledError from None
        except OSError as exc:
            raise EvidenceWriteError(exc.errno) from None

    def _insert(self, case_id: str, info: EvidenceInput, stored: BlobInfo) -> EvidenceItem:
        media_type = info.media_type or _guess_type(info.original_name)
        with self._vs.unit() as s:
            touch_case(s, case_id)
            row = m.EvidenceItem(
                case_id=case_id,
                description=info.description.strip(),
                provided_by=info.provided_by.strip(),
                captured_on=info.captured_on,
                platform=info.platform.strip(),
                confidentiality=info.confidentiality,
                sha256=stored.sha256,
                original_name=info.original_name,
                size=stored.size,
                media_type=media_type,
                added_at=utcnow(),
                not_imported_sexual_content=False,
                holder="",
                police_reference="",
                blob_id=stored.blob_id,
                blob_key=stored.key,
            )
            s.add(row)
            s.flush()
            audit.record(s, self._vs.user, AuditAction.CREATE, f"evidence:{row.id}", case_id)
            reindex_case(s, case_id)
            return mapping.to_record(EvidenceItem, row)

    @staticmethod
    def fingerprint_file(
        path: Path,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> str:
        """The SHA-256 (hex) of a file, computed by streaming; nothing is stored anywhere.

        Raises:
            EvidenceUnreadableError, OperationCancelledError.
        """
        with open_source(path) as stream:
            return hash_stream(stream, progress, cancel)

    def record_not_imported(self, case_id: str, info: NotImportedInput) -> EvidenceItem:
        """Record nude images of a minor without any file: who holds them, the police report.

        No file is asked for, read or copied. The report to the police (with its reference) and,
        when given, the report to Child Focus are kept as external contacts of the case.

        Raises:
            InvalidInputError: no description or police reference, or a fingerprint that is
                not 64 hex digits.
            NotFoundError: no such case.
        """
        digest = info.sha256.strip().lower()
        if not info.description.strip():
            raise InvalidInputError("description")
        if not info.police_reference.strip():
            raise InvalidInputError("police_reference")
        if digest and _SHA256_HEX.fullmatch(digest) is None:
            raise InvalidInputError("sha256")
        with self._vs.unit() as s:
            touch_case(s, case_id)
            _add_reports(s, case_id, info)
            row = m.EvidenceItem(
                case_id=case_id,
                description=info.description.strip(),
                provided_by=info.provided_by.strip(),
                captured_on=info.captured_on,
                platform=info.platform.strip(),
                confidentiality=Confidentiality.IN_CONFIDENCE,
                sha256=digest,
                original_name="",
                size=0,
                media_type="",
                added_at=utcnow(),
                not_imported_sexual_content=True,
                holder=info.holder.strip(),
                police_reference=info.police_reference.strip(),
                blob_id=None,
                blob_key=None,
            )
            s.add(row)
            s.flush()
            audit.record(
                s, self._vs.user, AuditAction.CREATE, f"evidence:{row.id}", case_id, "not_imported"
            )
            reindex_case(s, case_id)
            return mapping.to_record(EvidenceItem, row)

    # --- reading -----------------------------------------------------------------------------

    def list_for_case(self, case_id: str) -> list[EvidenceItem]:
        """The case's evidence, oldest first (metadata only; audited as VIEW)."""
        with self._vs.unit() as s:
            self._require_case_in(s, case_id)
            rows = s.execute(
                select(m.EvidenceItem)
                .where(m.EvidenceItem.case_id == case_id)
                .order_by(m.EvidenceItem.added_at, m.EvidenceItem.id)
            ).scalars()
            items = [mapping.to_record(EvidenceItem, row) for row in rows]
            audit.record(
                s, self._vs.user, AuditAction.VIEW, f"case:{case_id}", case_id, "evidence_list"
            )
            return items

    def get(self, item_id: str) -> EvidenceItem:
        """One item's metadata (no audit: the bytes are not read)."""
        with self._vs.unit() as s:
            return mapping.to_record(EvidenceItem, self._row(s, item_id))

    def read_for_view(self, item_id: str, max_bytes: int = DEFAULT_VIEW_MAX_BYTES) -> bytes:
        """The item's verified bytes, in memory only, to show them (audited as VIEW each time).

        Raises:
            NotFoundError, NoEvidenceBytesError, EvidenceTooLargeError, EvidenceDamagedError.
        """
        with self._vs.unit() as s:
            row = self._row(s, item_id)
            blob_id, key = _blob_of(row)
            if row.size > max_bytes:
                raise EvidenceTooLargeError(row.size)
            with blob_errors():
                data = self.blobs.read_all(blob_id, key, max_bytes)
            if hashlib.sha256(data).hexdigest() != row.sha256:
                raise EvidenceDamagedError("sha256")
            audit.record(s, self._vs.user, AuditAction.VIEW, f"evidence:{item_id}", row.case_id)
            return data

    def verify_case(self, case_id: str) -> list[tuple[EvidenceItem, bool]]:
        """Re-hash every stored item of the case (items without bytes are left out)."""
        with self._vs.unit() as s:
            self._require_case_in(s, case_id)
            rows = s.execute(
                select(m.EvidenceItem)
                .where(m.EvidenceItem.case_id == case_id)
                .order_by(m.EvidenceItem.added_at, m.EvidenceItem.id)
            ).scalars()
            results: list[tuple[EvidenceItem, bool]] = []
            for row in rows:
                if row.blob_id is None or row.blob_key is None:
                    continue
                ok = self.blobs.verify(row.blob_id, row.blob_key, row.sha256)
                results.append((mapping.to_record(EvidenceItem, row), ok))
                # One event per item too: its chain of custody shows each check and its result.
                audit.record(s, self._vs.user, AuditAction.VIEW, f"evidence:{row.id}",
                             case_id, f"{VERIFY_DETAIL};ok={int(ok)}")  # fmt: skip
            bad = sum(1 for _item, ok in results if not ok)
            audit.record(
                s,
                self._vs.user,
                AuditAction.VIEW,
                f"case:{case_id}",
                case_id,
                f"evidence_verify;items={len(results)};failed={bad}",
            )
            return results

    # --- export and delete -------------------------------------------------------------------

    def export_to_open(
        self,
        item_id: str,
        target: Path,
        reason_kind: ExportReason,
        reason: str,
        *,
        overwrite: bool = False,
    ) -> str:
        """Write a plaintext copy to ``target`` and log why; returns the log id.

        ``target`` must be a new file unless ``overwrite`` (the save dialog confirmed it).

        The free-text reason is stored in the vault's export log; the audit event holds only
        the reason kind and the log id.

        Raises:
            InvalidInputError: no reason given.
            OutputRefusedError: the target is in a vault folder, or exists without overwrite.
            EvidenceWriteError: the target cannot be written (nothing is left).
            NotFoundError, NoEvidenceBytesError, EvidenceDamagedError.
        """
        if not reason.strip():
            raise InvalidInputError("reason")
        kind = ExportReason(reason_kind)
        target = Path(target)
        with self._vs.unit() as s:
            row = self._row(s, item_id)
            blob_id, key = _blob_of(row)
            _write_plaintext(self.blobs, blob_id, key, row.sha256, target, overwrite=overwrite)
            log = m.EvidenceExport(
                evidence_id=item_id,
                case_id=row.case_id,
                exported_by=self._vs.user,
                reason_kind=kind.value,
                reason=reason.strip(),
            )
            s.add(log)
            s.flush()
            audit.record(
                s,
                self._vs.user,
                AuditAction.EXPORT,
                f"evidence:{item_id}",
                row.case_id,
                f"open_copy;reason={kind.value};log={log.id}",
            )
            return log.id

    def delete(self, item_id: str) -> None:
        """Remove the item: its row (with its key) first, then the encrypted file."""
        with self._vs.unit() as s:
            row = self._row(s, item_id)
            case_id, blob_id = row.case_id, row.blob_id
            touch_case(s, case_id)
            s.delete(row)
            s.flush()
            audit.record(s, self._vs.user, AuditAction.DELETE, f"evidence:{item_id}", case_id)
            reindex_case(s, case_id)
        if blob_id is not None:
            # After the commit: without its key the file is unreadable noise anyway.
            self.blobs.delete(blob_id)

    # --- helpers -----------------------------------------------------------------------------

    def _require_case(self, case_id: str) -> None:
        with self._vs.unit() as s:
            self._require_case_in(s, case_id)

    @staticmethod
    def _require_case_in(s: Session, case_id: str) -> None:
        if s.get(m.Case, case_id) is None:
            raise NotFoundError("case", case_id)

    @staticmethod
    def _row(s: Session, item_id: str) -> m.EvidenceItem:
        row = s.get(m.EvidenceItem, item_id)
        if row is None:
            raise NotFoundError("evidence", item_id)
        return row


class _Limited:
    """A source that refuses to yield more than `limit` bytes (streams have no size up front)."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._stream = stream
        self._limit = limit
        self._done = 0

    def read(self, size: int = -1, /) -> bytes:
        data = self._stream.read(size)
        self._done += len(data)
        if self._done > self._limit:
            raise EvidenceFileTooLargeError(self._done, self._limit)
        return data


def _blob_of(row: m.EvidenceItem) -> tuple[str, bytes]:
    if row.blob_id is None or row.blob_key is None:
        raise NoEvidenceBytesError(row.id)
    return row.blob_id, row.blob_key


def _with_name(info: EvidenceInput, name: str) -> EvidenceInput:
    return EvidenceInput(
        description=info.description,
        provided_by=info.provided_by,
        captured_on=info.captured_on,
        platform=info.platform,
        confidentiality=info.confidentiality,
        original_name=name,
        media_type=info.media_type,
    )


def _guess_type(name: str) -> str:
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


def _write_plaintext(
    blobs: BlobStore, blob_id: str, key: bytes, sha256: str, target: Path, *, overwrite: bool
) -> None:
    """Decrypt into a temp file beside ``target``, check the hash, then rename (`output_files`)."""
    digest = hashlib.sha256()
    try:
        with blob_errors(), open_output(target, overwrite=overwrite, operation="evidence") as out:
            reader = blobs.open_reader(blob_id, key)
            for chunk in reader:
                digest.update(chunk)
                out.write(chunk)
            if digest.hexdigest() != sha256:
                raise EvidenceDamagedError("sha256")
    except VaultWriteError as exc:
        raise EvidenceWriteError(exc.errno) from None
