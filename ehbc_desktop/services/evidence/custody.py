"""The chain of custody of evidence, read from the audit log and the export log."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.custody import CustodyEvent, CustodyEventKind, CustodyRecord
from ehbc_desktop.domain.entities import EvidenceItem
from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.errors import NotFoundError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit, mapping
from ehbc_desktop.store import models as m

#: The audit detail of a per-item fingerprint check (followed by ";ok=1" or ";ok=0").
VERIFY_DETAIL = "verify"


def _fields(detail: str) -> dict[str, str]:
    pairs = (part.split("=", 1) for part in detail.split(";") if "=" in part)
    return {key: value for key, value in pairs}


def _event(row: m.AuditEvent, exports: dict[str, m.EvidenceExport]) -> CustodyEvent | None:
    action, detail = AuditAction(row.action), row.detail or ""
    fields = _fields(detail)
    if action is AuditAction.CREATE:
        return CustodyEvent(row.at, row.user, CustodyEventKind.ADDED)
    if action is AuditAction.DELETE:
        return CustodyEvent(row.at, row.user, CustodyEventKind.DELETED)
    if action is AuditAction.EXPORT:
        log = exports.get(fields.get("log", ""))
        return CustodyEvent(row.at, row.user, CustodyEventKind.EXPORTED,
                            reason_kind=fields.get("reason", ""),
                            reason=log.reason if log is not None else "")  # fmt: skip
    if action is AuditAction.VIEW and detail.startswith(VERIFY_DETAIL):
        return CustodyEvent(row.at, row.user, CustodyEventKind.VERIFIED, ok=fields.get("ok") == "1")
    if action is AuditAction.VIEW:
        return CustodyEvent(row.at, row.user, CustodyEventKind.VIEWED)
    return None


def custody_of(s: Session, item_id: str) -> CustodyRecord:
    """The chain of one evidence item (inside a unit of work).

    Raises:
        NotFoundError: no such evidence item.
    """
    row = s.get(m.EvidenceItem, item_id)
    if row is None:
        raise NotFoundError("evidence", item_id)
    events = s.execute(
        select(m.AuditEvent)
        .where(m.AuditEvent.case_id == row.case_id, m.AuditEvent.target == f"evidence:{item_id}")
        .order_by(m.AuditEvent.seq)
    ).scalars()  # fmt: skip
    exports = {
        x.id: x
        for x in s.execute(
            select(m.EvidenceExport).where(m.EvidenceExport.evidence_id == item_id)
        ).scalars()
    }
    chain = (_event(e, exports) for e in events)
    item = mapping.to_record(EvidenceItem, row)
    return CustodyRecord(item, tuple(e for e in chain if e is not None))


def custody_of_case(s: Session, item_ids: Iterable[str]) -> tuple[CustodyRecord, ...]:
    """The chains of several items of a case, in the order given."""
    return tuple(custody_of(s, item_id) for item_id in item_ids)


class CustodyService:
    """Reads the chain of custody of evidence; reading it is itself audited."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def custody(self, item_id: str) -> CustodyRecord:
        """The chain of custody of one item (audited as VIEW of the case, not of the item).

        Raises:
            NotFoundError: no such evidence item.
        """
        with self._vs.unit() as s:
            record = custody_of(s, item_id)
            audit.record(s, self._vs.user, AuditAction.VIEW, f"case:{record.item.case_id}",
                         record.item.case_id, f"custody;evidence={item_id}")  # fmt: skip
            return record
