"""The shared shape of the services that record work on a case: guard, audit, reindex, load."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import AuditAction, CaseStatus
from ehbc_desktop.services.case.cases import touch_case
from ehbc_desktop.services.errors import CaseClosedError, NotFoundError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit, loader
from ehbc_desktop.store import models as m
from ehbc_desktop.store.search import reindex_case

T = TypeVar("T")


def writable_case(s: Session, case_id: str) -> m.Case:
    """The case, marked as changed now; refuses a closed case (read-only until reopened).

    Raises:
        NotFoundError: No such case.
        CaseClosedError: The case is closed.
    """
    case = touch_case(s, case_id)
    if case.status is CaseStatus.CLOSED:
        raise CaseClosedError(case_id)
    return case


def load_record(s: Session, case_id: str) -> CaseRecord:
    """Everything recorded for the case (NotFoundError when it does not exist)."""
    try:
        return loader.load_case_record(s, case_id)
    except loader.CaseNotFoundError:
        raise NotFoundError("case", case_id) from None


def get_row(s: Session, model: type[T], ident: str, kind: str) -> T:
    """The row of `model` with primary key `ident` (NotFoundError `kind` when missing)."""
    row = s.get(model, ident)
    if row is None:
        raise NotFoundError(kind, ident)
    return row


class CaseWriteService:
    """Base of the record-keeping services: one unit of work per call, audited and reindexed."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def _audit(
        self, s: Session, action: AuditAction, target: str, case_id: str | None, detail: str = ""
    ) -> None:
        """Record an audit event: ids and kinds only in `detail`, never names or note text."""
        audit.record(s, self._vs.user, action, target, case_id, detail)

    def _written(
        self, s: Session, action: AuditAction, target: str, case_id: str, detail: str = ""
    ) -> None:
        """Finish a write to a case: its audit event and its search row."""
        self._audit(s, action, target, case_id, detail)
        reindex_case(s, case_id)
