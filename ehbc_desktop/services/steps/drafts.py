"""Unfinished wizard forms, kept in the vault (never a temp file): one per case and form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.case.casewrite import CaseWriteService, writable_case
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow


@dataclass(frozen=True)
class DraftData:
    """A saved draft; dates come back as ISO strings (the form checks accept both)."""

    id: str
    case_id: str | None
    form_id: str
    form_version: int
    values: dict[str, Any]
    updated_at: datetime


def to_json(value: Any) -> Any:
    """The answers as JSON-able values: dates as ISO strings, sets and tuples as lists."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json(v) for v in value]
    return value


def _case_filter(case_id: str | None) -> Any:
    return m.Draft.case_id.is_(None) if case_id is None else m.Draft.case_id == case_id


def delete_draft_rows(s: Session, case_id: str | None, form_id: str) -> int:
    """Remove the draft of (case, form) in the caller's unit of work; how many rows went."""
    result = s.execute(delete(m.Draft).where(_case_filter(case_id), m.Draft.form_id == form_id))
    return int(getattr(result, "rowcount", 0) or 0)


class DraftService(CaseWriteService):
    """Save, load and delete wizard drafts (a draft without case: a report not yet filed)."""

    def save(
        self, case_id: str | None, form_id: str, form_version: int, values: Mapping[str, Any]
    ) -> str:
        """Store the answers so far, replacing the earlier draft of this case and form.

        Raises:
            NotFoundError, CaseClosedError (for a draft of a case).
        """
        with self._vs.unit() as s:
            if case_id is not None:
                writable_case(s, case_id)
            row = s.execute(
                select(m.Draft).where(_case_filter(case_id), m.Draft.form_id == form_id)
            ).scalar()
            if row is None:
                row = m.Draft(case_id=case_id, form_id=form_id)
                s.add(row)
            row.form_version = form_version
            row.payload = to_json(dict(values))
            row.updated_at = utcnow()
            s.flush()
            self._audit(s, AuditAction.EDIT, f"draft:{row.id}", case_id, f"form={form_id}")
            return row.id

    def load(self, case_id: str | None, form_id: str) -> DraftData | None:
        """The saved draft of this case and form, or None."""
        with self._vs.unit() as s:
            row = s.execute(
                select(m.Draft).where(_case_filter(case_id), m.Draft.form_id == form_id)
            ).scalar()
            if row is None:
                return None
            return DraftData(
                row.id,
                row.case_id,
                row.form_id,
                row.form_version,
                dict(row.payload),
                row.updated_at,
            )

    def list_drafts(self, case_id: str | None) -> list[tuple[str, datetime]]:
        """The form ids with a draft for this case (None: without case) and when last saved."""
        with self._vs.unit() as s:
            rows = s.execute(
                select(m.Draft.form_id, m.Draft.updated_at)
                .where(_case_filter(case_id))
                .order_by(m.Draft.updated_at.desc())
            )
            return [(str(form_id), at) for form_id, at in rows]

    def delete(self, case_id: str | None, form_id: str) -> bool:
        """Throw the draft away (Cancel in a wizard); True when there was one."""
        with self._vs.unit() as s:
            gone = delete_draft_rows(s, case_id, form_id) > 0
            if gone:
                self._audit(s, AuditAction.DELETE, f"draft:{form_id}", case_id, f"form={form_id}")
            return gone
