"""Closing a case (checklist, override reasons, retention date), reopening it, idle cases."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AuditAction, CaseStatus, UserRole
from ehbc_desktop.domain.rules import ClosingGap, closing_gaps
from ehbc_desktop.domain.rules.retention import retention_until
from ehbc_desktop.services.case.cases import touch_case
from ehbc_desktop.services.case.casewrite import (
    CaseWriteService,
    get_row,
    load_record,
    writable_case,
)
from ehbc_desktop.services.errors import ClosingGapsError, InvalidInputError
from ehbc_desktop.services.settings import load_settings
from ehbc_desktop.store import models as m
from ehbc_desktop.store import queries
from ehbc_desktop.store.queries import CaseRow


@dataclass(frozen=True)
class ClosingChecklist:
    """What still stands between the case and closing it."""

    gaps: tuple[ClosingGap, ...]

    @property
    def ready(self) -> bool:
        """The case may be closed without any override."""
        return not self.gaps


@dataclass(frozen=True)
class ClosedCase:
    """The outcome of closing a case."""

    case_id: str
    closed_on: date
    retention_until: date
    overridden: tuple[ClosingGap, ...]


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class ClosingService(CaseWriteService):
    """The end of a case: checklist, close (read-only from then), reopen (logged)."""

    def checklist(self, case_id: str, today: date) -> ClosingChecklist:
        """The closing gaps of the case today."""
        with self._vs.unit() as s:
            return ClosingChecklist(closing_gaps(load_record(s, case_id), today))

    def set_aftercare_not_needed(self, case_id: str, not_needed: bool) -> None:
        """Mark that the group needs no aftercare (or undo that).

        Raises:
            NotFoundError, CaseClosedError.
        """
        with self._vs.unit() as s:
            case = writable_case(s, case_id)
            case.aftercare_not_needed = not_needed
            detail = f"aftercare_not_needed={int(not_needed)}"
            self._written(s, AuditAction.EDIT, f"case:{case_id}", case_id, detail)

    def close(
        self,
        case_id: str,
        today: date,
        overrides: Mapping[ClosingGap, str] | None = None,
        note: str = "",
    ) -> ClosedCase:
        """Close the case; every closing gap needs an override reason.

        The retention date follows the school's rule (`domain.rules.retention`): 31 August of
        a later school year, or for a CLB file (opened by a CLB worker) at least ten years.
        Overrides are stored on the case and logged as OVERRIDE (gap codes only).

        Raises:
            ClosingGapsError: gaps without a (non-blank) reason; NotFoundError, CaseClosedError.
        """
        reasons = {gap: text.strip() for gap, text in (overrides or {}).items() if text.strip()}
        with self._vs.unit() as s:
            case = writable_case(s, case_id)
            gaps = closing_gaps(load_record(s, case_id), today)
            unjustified = tuple(g for g in gaps if g not in reasons)
            if unjustified:
                raise ClosingGapsError(unjustified)
            used = tuple(g for g in gaps if g in reasons)
            retention = self._retention(s, case_id, today)
            case.status = CaseStatus.CLOSED
            case.closed_on = today
            case.retention_until = retention
            case.close_note = note
            case.close_overrides = [[g.value, reasons[g]] for g in used]
            if used:
                detail = "gaps=" + ",".join(g.value for g in used)
                self._audit(s, AuditAction.OVERRIDE, f"case:{case_id}", case_id, detail)
            self._written(s, AuditAction.EDIT, f"case:{case_id}", case_id, "status=closed")
            return ClosedCase(case_id, today, retention, used)

    def retention_date(self, case_id: str, today: date) -> tuple[date, bool]:
        """Until when the case would be kept if closed `today`, and whether it is a CLB file."""
        with self._vs.unit() as s:
            return self._retention(s, case_id, today), self._clb_file(s, case_id)

    def _retention(self, s: Session, case_id: str, today: date) -> date:
        settings = load_settings(s)
        return retention_until(today, clb_file=self._clb_file(s, case_id),
                               school_years=settings.retention_school_years,
                               clb_years=settings.retention_clb_years)

    def _clb_file(self, s: Session, case_id: str) -> bool:
        """A CLB file: the colleague who opened the case is a CLB worker."""
        creator = s.execute(
            select(m.AuditEvent.user)
            .where(m.AuditEvent.case_id == case_id, m.AuditEvent.action == AuditAction.CREATE,
                   m.AuditEvent.target == f"case:{case_id}")
            .order_by(m.AuditEvent.seq).limit(1)
        ).scalar()
        roles = {u.name: u.role for u in self._vs.vault.user_entries()}
        return creator is not None and roles.get(creator) is UserRole.CLB_WORKER

    def reopen(self, case_id: str) -> None:
        """Reopen a closed case (status OPEN; the closing data is cleared; logged).

        Raises:
            InvalidInputError("status"): the case is not closed; NotFoundError.
        """
        with self._vs.unit() as s:
            case = get_row(s, m.Case, case_id, "case")
            if case.status is not CaseStatus.CLOSED:
                raise InvalidInputError("status")
            touch_case(s, case_id)
            case.status = CaseStatus.OPEN
            case.closed_on = None
            case.retention_until = None
            case.close_overrides = []
            self._written(s, AuditAction.EDIT, f"case:{case_id}", case_id, "status=open;reopened")

    def idle_cases(
        self, today: date, weeks: int | None = None, limit: int | None = None
    ) -> list[CaseRow]:
        """Open or observed cases without any recorded activity for `weeks` (school setting).

        With `limit`, only the newest `limit` of them (see `count_idle_cases` for all).
        """
        with self._vs.unit() as s:
            return queries.case_rows(s, self._idle_conditions(s, today, weeks), limit)

    def count_idle_cases(self, today: date, weeks: int | None = None) -> int:
        """How many open or observed cases have had no activity for `weeks`."""
        with self._vs.unit() as s:
            return queries.count_cases(s, self._idle_conditions(s, today, weeks))

    def _idle_conditions(self, s: Session, today: date, weeks: int | None) -> list[Any]:
        """Active cases untouched since the cutoff; a sealed case only for those who may open
        it (to the others it shows no activity at all, and it is not theirs to call idle)."""
        span = weeks if weeks is not None else load_settings(s).idle_weeks
        cutoff = datetime.combine(today - timedelta(weeks=span), time(0), UTC)
        return [m.Case.status.in_(queries.ACTIVE_STATUSES), m.Case.updated_at < cutoff,
                queries.openable_by(self._vs.user)]
