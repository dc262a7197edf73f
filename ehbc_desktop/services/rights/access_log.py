"""Who looked at a case: its access log (views, changes, exports, prints, access, overrides).

For a parent's or pupil's request for access (GDPR art. 15) and the school's own accounting.
The audit log holds ids and codes only (never a name or a note's text); each entry is read here
as an `AccessEvent` (access_log_events.py) whose values name the people of the case by first
name and role, never by id. Reading the log is itself recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.reports import access_log as access_log_pdf
from ehbc_desktop.services.documents.document_inputs import load_school_details
from ehbc_desktop.services.errors import CaseNotFoundError
from ehbc_desktop.services.rights.access_log_events import AccessEvent, NameOf, Person, describe
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
    event: AccessEvent  # what it means, with first names instead of ids (for the reader)


#: Views by the same person within this time of the first of a run are one visit.
VISIT = timedelta(minutes=10)


def one_line_per_visit(entries: Iterable[AccessLogEntry]) -> list[AccessLogEntry]:
    """The entries, with a view repeated within one visit shown once.

    Opening a case reads it for the screen and for several of its tabs, each read audited as a
    view: one opening wrote "Case viewed" three times. A visit is a run of views by one user, each
    within `VISIT` of the run's first, with nothing else in between; in it each view (the same
    part of the case, the same detail) is kept once, the first time. Every entry stays in the
    audit log itself; this is how the log reads.
    """
    kept: list[AccessLogEntry] = []
    visit_start: AccessLogEntry | None = None
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        is_view = entry.action is AuditAction.VIEW
        same_visit = (is_view and visit_start is not None and entry.user == visit_start.user
                      and entry.at - visit_start.at <= VISIT)  # fmt: skip
        if not same_visit:
            visit_start, seen = (entry if is_view else None), set()
        if is_view and (entry.target, entry.detail) in seen:
            continue
        seen.add((entry.target, entry.detail))
        kept.append(entry)
    return kept


def _what(target: str) -> str:
    """The kind of a target; documents keep their (fixed) id: "document:parent-handout"."""
    kind = target.partition(":")[0]
    return target if kind == "document" else kind


def _people_of(s: Session, case_id: str) -> NameOf:
    """First name and role of each participant of the case, by participant id."""
    rows = s.execute(
        select(m.Participant.id, m.Person.first_name, m.Participant.role)
        .join(m.Person, m.Person.id == m.Participant.person_id)
        .where(m.Participant.case_id == case_id)
    ).all()
    people = {pid: Person(first, str(role)) for pid, first, role in rows}
    return lambda participant_id: people.get(participant_id, Person())


class AccessLogService:
    """Reads and prints a case's access log (audited as a VIEW / EXPORT of the log)."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def entries(self, case_id: str) -> list[AccessLogEntry]:
        """Every audit entry about this case, oldest first (reading it is logged as well); a view
        repeated within one visit is shown once (`one_line_per_visit`).

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
            name_of = _people_of(s, case_id)
            return one_line_per_visit(
                AccessLogEntry(r.seq, r.at, r.user, r.action, _what(r.target), r.target, r.detail,
                               describe(r.action, r.target, r.detail, name_of))
                for r in rows
            )

    def render_pdf(self, case_id: str, describe_entry: Callable[[AccessLogEntry], str],
                   lang: str = "nl", today: date | None = None) -> bytes:
        """The access log as a PDF (in memory), audited as a VIEW of the document.

        `describe_entry` gives each entry's sentence in `lang` (the window's translations).
        """
        lines = [access_log_pdf.AccessLogLine(e.at, e.user, describe_entry(e))
                 for e in self.entries(case_id)]
        with self._vs.unit() as s:
            case = s.get(m.Case, case_id)
            reference = case.reference if case else ""
            school = load_school_details(s, self._vs.vault.info.school)
            audit.record(s, self._vs.user, AuditAction.VIEW, "document:access-log", case_id,
                         f"lang={lang}")
        data = access_log_pdf.AccessLogInput(school.name, reference, today or date.today(), lines)
        return access_log_pdf.render(data, lang)


__all__ = ["AccessLogEntry", "AccessLogService"]
