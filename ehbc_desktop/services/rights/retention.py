"""Retention and deletion: the "to destroy" list, purging expired cases, a case opened by mistake.

Deleting a case removes every row of it (the foreign keys cascade: participants, conversations,
answers, notes, drafts, evidence rows with their keys, class thermometer counts ...), its search
row, the people who appear in no other case, and then its evidence files. SQLCipher's
`secure_delete` is on, so freed pages are overwritten, and the WAL is checkpointed and truncated
afterwards, so the case is gone from the database file itself (see `docs/vault.md`, "Deleting a
case"). The audit log keeps one DELETE entry with the reference, the dates, who deleted it and why;
never a name. Earlier backups still hold the case until they rotate out; `backup_note` says how
long.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AuditAction, CaseStatus
from ehbc_desktop.services.errors import InvalidInputError, NotFoundError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit
from ehbc_desktop.store import models as m
from ehbc_desktop.store.search import reindex_case
from ehbc_desktop.vault.blobs import BlobStore
from ehbc_desktop.vault.errors import NotAllowedError

RETENTION = "retention"  # the reason code of a purge of expired cases
MISTAKE = "mistake"  # the reason code of a case opened by mistake


@dataclass(frozen=True)
class ExpiredCase:
    """A closed case past its retention date (no names: the list may be printed)."""

    case_id: str
    reference: str
    opened_on: date
    closed_on: date | None
    retention_until: date | None


@dataclass(frozen=True)
class PurgeResult:
    """What a purge removed (or, in a dry run, would remove)."""

    references: tuple[str, ...]
    evidence_files: int
    dry_run: bool


def _redacted(reason: str, names: Iterable[str]) -> str:
    """The reason with every name of the case's people blanked (the audit keeps no names)."""
    text = " ".join(reason.split())
    for name in sorted({n for n in names if len(n) > 1}, key=len, reverse=True):
        text = re.sub(re.escape(name), "…", text, flags=re.IGNORECASE)
    return text[:200]


def _case_names(s: Session, case_id: str) -> list[str]:
    rows = s.execute(
        select(m.Person.first_name, m.Person.last_name)
        .join(m.Participant, m.Participant.person_id == m.Person.id)
        .where(m.Participant.case_id == case_id)
    ).all()
    return [part for first, last in rows for part in (first, last, f"{first} {last}") if part]


class RetentionService:
    """The "to destroy" list and deletion (administrators only)."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def expired(self, today: date) -> list[ExpiredCase]:
        """Closed cases whose retention date lies before `today`, oldest first."""
        with self._vs.unit() as s:
            rows = s.execute(
                select(m.Case)
                .where(m.Case.status == CaseStatus.CLOSED, m.Case.retention_until < today)
                .order_by(m.Case.retention_until, m.Case.reference)
            ).scalars()
            return [ExpiredCase(r.id, r.reference, r.opened_on, r.closed_on, r.retention_until)
                    for r in rows]

    def purge(self, case_ids: Sequence[str], today: date, *, dry_run: bool = False) -> PurgeResult:
        """Delete these expired cases (every one must be on the "to destroy" list).

        Raises:
            NotAllowedError: not an administrator; InvalidInputError("case"): a case that is
            not past its retention date; NotFoundError.
        """
        self._require_admin()
        expired = {e.case_id: e for e in self.expired(today)}
        for case_id in case_ids:
            if case_id not in expired:
                raise InvalidInputError("case")
        return self._delete(case_ids, RETENTION, "", dry_run=dry_run)

    def delete_mistake(self, case_id: str, reason: str) -> PurgeResult:
        """Delete a case that was opened by mistake, with a reason (names are blanked in it).

        Raises:
            NotAllowedError: not an administrator; InvalidInputError("reason"): no reason;
            NotFoundError.
        """
        self._require_admin()
        if not reason.strip():
            raise InvalidInputError("reason")
        return self._delete([case_id], MISTAKE, reason)

    def _require_admin(self) -> None:
        if not self._vs.vault.is_admin:
            raise NotAllowedError()

    def _delete(self, case_ids: Sequence[str], why: str, reason: str, *,
                dry_run: bool = False) -> PurgeResult:
        blob_ids: list[str] = []
        references: list[str] = []
        with self._vs.unit() as s:
            for case_id in case_ids:
                case = s.get(m.Case, case_id)
                if case is None:
                    raise NotFoundError("case", case_id)
                references.append(case.reference)
                blob_ids += [b for b in s.execute(
                    select(m.EvidenceItem.blob_id).where(m.EvidenceItem.case_id == case_id)
                ).scalars() if b]  # fmt: skip
                if dry_run:
                    continue
                detail = (f"reference={case.reference};opened={case.opened_on.isoformat()};"
                          f"closed={case.closed_on.isoformat() if case.closed_on else ''};"
                          f"retention={case.retention_until.isoformat() if case.retention_until else ''};"  # noqa: E501
                          f"why={why}")  # fmt: skip
                if reason:
                    detail += ";reason=" + _redacted(reason, _case_names(s, case_id)).replace(
                        ";", ",")
                self._remove_case(s, case_id)
                audit.record(s, self._vs.user, AuditAction.DELETE, f"case:{case_id}", case_id,
                             detail)
        if not dry_run:
            blobs = BlobStore(self._vs.vault.folder)
            for blob_id in blob_ids:  # after the commit: the keys died with the rows
                blobs.delete(blob_id)
            self._checkpoint()
        return PurgeResult(tuple(references), len(blob_ids), dry_run)

    @staticmethod
    def _remove_case(s: Session, case_id: str) -> None:
        people = list(s.execute(
            select(m.Participant.person_id).where(m.Participant.case_id == case_id)
        ).scalars())  # fmt: skip
        s.execute(delete(m.EvidenceExport).where(m.EvidenceExport.case_id == case_id))
        # Explicit, not only by the cascade: a case's class thermometer counts go with it.
        s.execute(delete(m.ThermometerMeasurement)
                  .where(m.ThermometerMeasurement.case_id == case_id))
        # Participants point at each other (a parent at their pupil): unlink before deleting.
        s.execute(update(m.Participant).where(m.Participant.case_id == case_id)
                  .values(related_to=None))
        s.execute(delete(m.Case).where(m.Case.id == case_id))  # cascades to every child row
        s.flush()
        reindex_case(s, case_id)  # the case is gone: its search row and key go too
        still_used = set(s.execute(
            select(m.Participant.person_id).where(m.Participant.person_id.in_(people))
        ).scalars())  # fmt: skip
        orphans = [p for p in people if p not in still_used]
        if orphans:
            s.execute(delete(m.Person).where(m.Person.id.in_(orphans)))

    def _checkpoint(self) -> None:
        """Fold the WAL into the database and empty it, so no deleted page lingers there."""
        with self._vs.vault.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


__all__ = ["MISTAKE", "RETENTION", "ExpiredCase", "PurgeResult", "RetentionService"]
