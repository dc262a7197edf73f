"""Who looked at a case: its access log (views, changes, exports, prints, access, overrides).

For a parent's or pupil's request for access (GDPR art. 15) and the school's own accounting.
The log holds ids and codes only (the audit log never stores a name or a note's text), so it can
be shown and printed as it is. Reading the log is itself recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.reports import access_log as access_log_pdf
from ehbc_desktop.services.documents.document_inputs import load_school_details
from ehbc_desktop.services.errors import CaseNotFoundError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit
from ehbc_desktop.store import models as m


@dataclass(frozen=True)
class AccessLogEntry:
    """One line of a case's access log."""

    seq: int
    at: datetime
    user: str
    action: AuditAction
    target_kind: str  # "conversation", "parent_override", "document:parent-handout" (no name)
    target: str  # "kind:id"
    detail: str


def _what(target: str) -> str:
    """The kind of a target; documents keep their (fixed) id: "document:parent-handout"."""
    kind = target.partition(":")[0]
    return target if kind == "document" else kind


class AccessLogService:
    """Reads and prints a case's access log (audited as a VIEW / EXPORT of the log)."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def entries(self, case_id: str) -> list[AccessLogEntry]:
        """Every audit entry about this case, oldest first (reading it is logged as well).

        Raises:
            CaseNotFoundError: no such case.
        """
        with self._vs.unit() as s:
            reference = s.execute(select(m.Case.reference).where(m.Case.id == case_id)).scalar()
            if reference is None:
                raise CaseNotFoundError(case_id)
            audit.record(s, self._vs.user, AuditAction.VIEW, f"access_log:{case_id}", case_id)
            rows = s.execute(
                select(m.AuditEvent)
                .where(m.AuditEvent.case_id == case_id)
                .order_by(m.AuditEvent.seq)
            ).scalars()
            return [
                AccessLogEntry(r.seq, r.at, r.user, r.action, _what(r.target), r.target, r.detail)
                for r in rows
            ]

    def render_pdf(self, case_id: str, lang: str = "nl", today: date | None = None) -> bytes:
        """The access log as a PDF (in memory), audited as a VIEW of the document."""
        lines = [
            access_log_pdf.AccessLogLine(e.at, e.user, e.action.value, e.target_kind, e.detail)
            for e in self.entries(case_id)
        ]
        with self._vs.unit() as s:
            case = s.get(m.Case, case_id)
            reference = case.reference if case else ""
            school = load_school_details(s, self._vs.vault.info.school)
            audit.record(s, self._vs.user, AuditAction.VIEW, "document:access-log", case_id,
                         f"lang={lang}")
        data = access_log_pdf.AccessLogInput(school.name, reference, today or date.today(), lines)
        return access_log_pdf.render(data, lang)


__all__ = ["AccessLogEntry", "AccessLogService"]
