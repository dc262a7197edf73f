"""Export cases into one encrypted case archive (age v1 around a tar; see docs/archive-format.md).

The archive holds ``database/cases.json`` (the records with their class thermometer counts,
`record_json`), one
``evidence/<evidence id>`` per stored piece of evidence (re-streamed from the blob store,
decrypted chunk by chunk straight into the age stream) and ``documents/<case id>.pdf`` (the
case summary). It is written to a temp file beside the target and renamed at the end, so a
cancel or an error leaves nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.reports import case_summary
from ehbc_desktop.services.access.passphrase_strength import require_strong
from ehbc_desktop.services.archive.record_json import ArchivedRecord, encode_records
from ehbc_desktop.services.archive.thermometer_rows import load_measurements
from ehbc_desktop.services.errors import CaseConfidentialError, InvalidInputError, NotFoundError
from ehbc_desktop.services.evidence.evidence_errors import (
    EvidenceDamagedError,
    EvidenceWriteError,
    OperationCancelledError,
)
from ehbc_desktop.services.evidence.evidence_io import CancelCheck, blob_errors
from ehbc_desktop.services.rights.confidential import ConfidentialService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit, loader
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.age_format import DEFAULT_WORK_FACTOR
from ehbc_desktop.vault.archive_tar import ArchiveSourceError, ArchiveWriter
from ehbc_desktop.vault.blobs import BlobStore
from ehbc_desktop.vault.errors import NotAllowedError, VaultWriteError
from ehbc_desktop.vault.output_files import check_output_file, open_output
from ehbc_desktop.vault.passphrase_words import generate_passphrase

__all__ = [
    "DATABASE_MEMBER",
    "ArchiveExportService",
    "ExportProgress",
    "ExportResult",
    "propose_passphrase",
]

DATABASE_MEMBER = "database/cases.json"
ExportProgress = Callable[[int, int], object]
"""Called with (bytes done, bytes in all) while the archive is written."""


def propose_passphrase() -> str:
    """A fresh six-word passphrase (66 bits) to seal an archive with."""
    return generate_passphrase()


@dataclass(frozen=True)
class ExportResult:
    """What was written."""

    path: Path
    references: tuple[str, ...]
    evidence_count: int
    evidence_bytes: int
    documents: int


@dataclass(frozen=True)
class _StoredEvidence:
    item_id: str
    blob_id: str
    key: bytes
    size: int

    def __repr__(self) -> str:  # never print the key
        return f"_StoredEvidence({self.item_id!r}, size={self.size})"


@dataclass(frozen=True)
class _Plan:
    records: list[ArchivedRecord]
    evidence: list[_StoredEvidence]
    school: str


@dataclass(frozen=True)
class _Output:
    """Where and how the archive is written."""

    target: Path
    passphrase: str
    work_factor: int
    overwrite: bool


class ArchiveExportService:
    """Writes case archives of this vault's cases."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def export(
        self,
        case_ids: Sequence[str],
        target: Path,
        passphrase: str,
        *,
        include_documents: bool = True,
        progress: ExportProgress | None = None,
        cancel: CancelCheck | None = None,
        work_factor: int = DEFAULT_WORK_FACTOR,
        overwrite: bool = False,
    ) -> ExportResult:
        """Write the cases, their evidence and documents into one archive at ``target``.

        Every confidential case that is open for work is sealed meanwhile (and opened again after).

        ``overwrite``: the user agreed to replace an existing file (``--force``, or the save
        dialog's confirmation); see `vault.output_files`.

        Raises:
            InvalidInputError: no case, or an empty passphrase.
            PassphraseTooWeakError: the passphrase is below the strength threshold.
            OutputRefusedError: the target is in a vault folder, or exists without overwrite.
            NotFoundError: a case does not exist.
            OperationCancelledError: cancelled (nothing left behind).
            EvidenceDamagedError: a stored evidence file failed its check.
            EvidenceWriteError: the archive could not be written.
            NotAllowedError: a confidential case the user may not open;
            CaseConfidentialError: a confidential case the user may open (unseal it first).
        """
        with ConfidentialService(self._vs).sealed_during("archive"):
            if not case_ids:
                raise InvalidInputError("cases")
            if not passphrase:
                raise InvalidInputError("passphrase")
            self._refuse_sealed(case_ids)
            require_strong(passphrase, self._vs.passphrase_context())
            check_output_file(Path(target), overwrite=overwrite)
            plan = self._plan(list(dict.fromkeys(case_ids)))
            documents = self._documents(plan) if include_documents else {}
            output = _Output(Path(target).absolute(), passphrase, work_factor, overwrite)
            return self._write(plan, documents, output, progress, cancel)

    def _write(self, plan: _Plan, documents: dict[str, bytes], output: _Output,
               progress: ExportProgress | None, cancel: CancelCheck | None) -> ExportResult:
        """Write the planned records, evidence and documents to the archive, then audit it."""
        target = output.target
        data = encode_records(plan.records)
        total = len(data) + sum(e.size for e in plan.evidence) + sum(map(len, documents.values()))
        ticker = _Ticker(total, progress)
        try:
            with (
                open_output(target, overwrite=output.overwrite, operation="archive") as out,
                ArchiveWriter(out, output.passphrase, work_factor=output.work_factor) as writer,
            ):
                writer.add_bytes(DATABASE_MEMBER, data)
                ticker.add(len(data))
                for item in plan.evidence:
                    self._add_evidence(writer, item, ticker, cancel)
                for case_id, pdf in documents.items():
                    writer.add_bytes(f"documents/{case_id}.pdf", pdf)
                    ticker.add(len(pdf))
        except VaultWriteError as exc:
            raise EvidenceWriteError(exc.errno) from None
        self._audit(plan, len(documents))
        return ExportResult(
            path=target,
            references=tuple(r.record.case.reference for r in plan.records),
            evidence_count=len(plan.evidence),
            evidence_bytes=sum(e.size for e in plan.evidence),
            documents=len(documents),
        )

    def _refuse_sealed(self, case_ids: Sequence[str]) -> None:
        """A confidential case leaves the vault only after an allowed colleague unsealed it.

        A case open for work counts as sealed (`export` seals it again for the export).
        """
        with self._vs.unit() as s:
            for case_id in case_ids:
                if s.get(m.SealedCase, case_id) is None:
                    continue
                if s.get(m.CaseAccess, (case_id, self._vs.user)) is None:
                    raise NotAllowedError()
                raise CaseConfidentialError(case_id)

    def _plan(self, case_ids: list[str]) -> _Plan:
        records: list[ArchivedRecord] = []
        evidence: list[_StoredEvidence] = []
        with self._vs.unit() as s:
            for case_id in case_ids:
                try:
                    record = loader.load_case_record(s, case_id)
                except loader.CaseNotFoundError:
                    raise NotFoundError("case", case_id) from None
                records.append(
                    ArchivedRecord(
                        record,
                        loader.load_amendments(s, case_id),
                        load_measurements(s, case_id),
                    )
                )
            rows = s.execute(
                select(m.EvidenceItem)
                .where(m.EvidenceItem.case_id.in_(case_ids))
                .order_by(m.EvidenceItem.case_id, m.EvidenceItem.added_at, m.EvidenceItem.id)
            ).scalars()
            for row in rows:
                if row.blob_id is not None and row.blob_key is not None:
                    evidence.append(_StoredEvidence(row.id, row.blob_id, row.blob_key, row.size))
        return _Plan(records, evidence, _school(self._vs))

    def _add_evidence(
        self,
        writer: ArchiveWriter,
        item: _StoredEvidence,
        ticker: _Ticker,
        cancel: CancelCheck | None,
    ) -> None:
        blobs = BlobStore(self._vs.vault.folder)
        with blob_errors():
            chunks = blobs.open_reader(item.blob_id, item.key)
            stream = _ChunkStream(chunks, cancel, ticker)
            try:
                writer.add_stream(f"evidence/{item.item_id}", item.size, stream)  # type: ignore[arg-type]
            except ArchiveSourceError:
                raise EvidenceDamagedError("size") from None
            finally:
                chunks.close()  # type: ignore[attr-defined]

    @staticmethod
    def _documents(plan: _Plan) -> dict[str, bytes]:
        return {
            r.record.case.id: case_summary.render(
                case_summary.CaseSummaryInput(
                    school=plan.school, record=r.record, amendments=r.amendments
                )
            )
            for r in plan.records
        }

    def _audit(self, plan: _Plan, documents: int) -> None:
        with self._vs.unit() as s:
            for r in plan.records:
                case_id = r.record.case.id
                count = sum(1 for e in r.record.evidence if not e.not_imported_sexual_content)
                audit.record(
                    s,
                    self._vs.user,
                    AuditAction.EXPORT,
                    f"case:{case_id}",
                    case_id,
                    f"archive;evidence={count};documents={1 if documents else 0}",
                )


def _school(vs: VaultSession) -> str:
    try:
        return vs.vault.info.school
    except AttributeError:  # a stand-in vault without a key-slot header
        return ""


class _Ticker:
    """Adds up bytes done and reports them with the total."""

    def __init__(self, total: int, progress: ExportProgress | None) -> None:
        self.total = total
        self.done = 0
        self._progress = progress

    def add(self, count: int) -> None:
        self.done += count
        if self._progress is not None:
            self._progress(self.done, self.total)


class _ChunkStream:
    """A file-like reader over verified plaintext chunks, checking for a cancel on every read."""

    def __init__(
        self, chunks: Iterator[bytes], cancel: CancelCheck | None, ticker: _Ticker
    ) -> None:
        self._chunks = chunks
        self._cancel = cancel
        self._ticker = ticker
        self._buffer = bytearray()

    def read(self, size: int = -1, /) -> bytes:
        """Up to ``size`` bytes (all that is left when ``size`` < 0)."""
        if self._cancel is not None and self._cancel():
            raise OperationCancelledError
        buffer = self._buffer
        while size < 0 or len(buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            buffer += chunk
        take = len(buffer) if size < 0 else min(size, len(buffer))
        data = bytes(buffer[:take])
        del buffer[:take]
        self._ticker.add(len(data))
        return data
