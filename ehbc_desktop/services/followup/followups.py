"""Follow-ups: plan them on school days, record what they found, the agenda and its export."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ehbc_desktop.domain.enums import (
    AuditAction,
    ConversationKind,
    FollowUpKind,
    FollowUpOutcome,
)
from ehbc_desktop.domain.planning import DayKind, day_kind, next_school_day
from ehbc_desktop.domain.stepplan import Step
from ehbc_desktop.services.case.casewrite import CaseWriteService, get_row, writable_case
from ehbc_desktop.services.errors import ExportFailedError, InvalidInputError
from ehbc_desktop.services.settings import SchoolSettings, load_settings
from ehbc_desktop.store import agenda
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.errors import VaultWriteError
from ehbc_desktop.vault.output_files import write_output

#: Step codes an exported event may show; anything else (free text) is replaced by its kind.
SAFE_STEPS = frozenset(
    {s.value for s in Step}
    | {k.value for k in FollowUpKind}
    | {k.value for k in ConversationKind}
    | {agenda.AGREEMENT, agenda.OBSERVATION, "restorative_step3"}
)
PRODUCT_ID = "-//EHBC Desktop//Follow-up agenda//NL"


@dataclass(frozen=True)
class DateProposal:
    """A proposed date and why the date asked for was moved (empty: it was a school day)."""

    planned_on: date
    warnings: tuple[DayKind, ...]


@dataclass(frozen=True)
class PlannedFollowUp:
    """A planned follow-up and the warnings about its day (weekend, holiday)."""

    follow_up_id: str
    planned_on: date
    warnings: tuple[DayKind, ...]


@dataclass(frozen=True)
class AgendaItem:
    """One dated item of the agenda (the service's own type, not the store's row)."""

    case_id: str
    reference: str
    pupil: str  # display name of the case's first victim ("" when none): for the screen only
    kind: str  # FOLLOW_UP, AGREEMENT or OBSERVATION
    step: str  # the follow-up's step (or its FollowUpKind value), or "agreement"
    due: date
    ref_id: str
    overdue: bool


_ITEM_FIELDS = tuple(field.name for field in dataclasses.fields(AgendaItem))


@dataclass(frozen=True)
class Agenda:
    """The agenda between two days, and what is overdue (dated before today)."""

    items: tuple[AgendaItem, ...]  # dated inside the window, today or later
    overdue: tuple[AgendaItem, ...]  # dated before today (inside the window or not)


def day_warnings(day: date, settings: SchoolSettings) -> tuple[DayKind, ...]:
    """Why `day` is not a school day (WEEKEND or HOLIDAY), or nothing."""
    kind = day_kind(day, settings.holidays)
    return () if kind is DayKind.SCHOOL_DAY else (kind,)


def default_days(kind: FollowUpKind, settings: SchoolSettings) -> int:
    """The school's default interval for a follow-up of `kind`."""
    if kind is FollowUpKind.OBSERVATION:
        return settings.observation_reminder_days
    return settings.restorative_follow_up_days


def safe_step(row: AgendaItem) -> str:
    """The step code of an agenda row, never free text (a name could hide in free text)."""
    return row.step if row.step in SAFE_STEPS else row.kind


class FollowUpService(CaseWriteService):
    """Planning and holding follow-ups; the agenda across cases."""

    def propose_date(
        self, from_day: date, kind: FollowUpKind = FollowUpKind.GENERAL, days: int | None = None
    ) -> DateProposal:
        """The school's default date after `from_day` (moved to the next school day)."""
        with self._vs.unit() as s:
            settings = load_settings(s)
        wanted = from_day + timedelta(days=default_days(kind, settings) if days is None else days)
        return DateProposal(
            next_school_day(wanted, settings.holidays), day_warnings(wanted, settings)
        )

    def plan(
        self,
        case_id: str,
        planned_on: date,
        kind: FollowUpKind = FollowUpKind.GENERAL,
        *,
        with_whom: str = "",
        step: str = "",
    ) -> PlannedFollowUp:
        """Plan a follow-up on the day given; warns (does not refuse) for weekends and holidays.

        Raises:
            NotFoundError, CaseClosedError.
        """
        with self._vs.unit() as s:
            writable_case(s, case_id)
            settings = load_settings(s)
            row = m.FollowUp(
                case_id=case_id,
                planned_on=planned_on,
                kind=kind,
                with_whom=with_whom,
                step=step,
                note="",
            )
            s.add(row)
            s.flush()
            self._written(s, AuditAction.CREATE, f"follow_up:{row.id}", case_id, f"kind={kind}")
            return PlannedFollowUp(row.id, planned_on, day_warnings(planned_on, settings))

    def record_outcome(
        self, follow_up_id: str, held_on: date, outcome: FollowUpOutcome, note: str = ""
    ) -> None:
        """Mark the follow-up held with what it found (stopped, decreased, unchanged, worse).

        Raises:
            NotFoundError, CaseClosedError.
        """
        with self._vs.unit() as s:
            row = get_row(s, m.FollowUp, follow_up_id, "follow_up")
            writable_case(s, row.case_id)
            row.held_on = held_on
            row.outcome = outcome
            row.note = note
            detail = f"held;outcome={outcome}"
            self._written(s, AuditAction.EDIT, f"follow_up:{row.id}", row.case_id, detail)

    def reschedule(self, follow_up_id: str, planned_on: date) -> tuple[DayKind, ...]:
        """Move an unheld follow-up to another day; returns the warnings about that day.

        Raises:
            InvalidInputError("follow_up"): it was held already; NotFoundError, CaseClosedError.
        """
        with self._vs.unit() as s:
            row = get_row(s, m.FollowUp, follow_up_id, "follow_up")
            writable_case(s, row.case_id)
            if row.held_on is not None:
                raise InvalidInputError("follow_up")
            row.planned_on = planned_on
            self._written(s, AuditAction.EDIT, f"follow_up:{row.id}", row.case_id, "planned_on")
            return day_warnings(planned_on, load_settings(s))

    def agenda(self, start: date, end: date, today: date) -> Agenda:
        """Follow-ups, agreement deadlines and observation reminders between two days.

        Args:
            start: First day (included).
            end: Last day (included).
            today: Items dated before it are overdue: listed apart (only there), whatever
                the window.
        """
        with self._vs.unit() as s:
            found = agenda.agenda_rows(s, start, end, today)
        # Field by field: every field is a plain value, and `dataclasses.asdict` deep-copies
        # them one by one (half the job's time for the 11,000 rows of a 10,000-case vault).
        rows = [AgendaItem(**{name: getattr(r, name) for name in _ITEM_FIELDS}) for r in found]
        return Agenda(
            items=tuple(r for r in rows if start <= r.due <= end and not r.overdue),
            overdue=tuple(r for r in rows if r.overdue),
        )

    def export_ics(
        self,
        items: Sequence[AgendaItem],
        path: Path,
        labels: Mapping[str, str] | None = None,
        *,
        overwrite: bool = False,
    ) -> int:
        """Write the items as an iCalendar file: each event shows only reference and step.

        No pupil name, note or other free text is written; `labels` may translate step codes
        (only codes, never the rows' own text, are looked up). Audited as EXPORT.

        Returns:
            The number of events written.

        Raises:
            OutputRefusedError: the target is in a vault folder, or exists without `overwrite`
                (the save dialog's confirmation).
            ExportFailedError: the file could not be written (carries only the errno).
        """
        # Here, not at the top: icalendar's time-zone tables take 0.2 s to load, holding the
        # interpreter, and only this export needs them.
        from icalendar import Calendar, Event

        calendar = Calendar()
        calendar.add("prodid", PRODUCT_ID)
        calendar.add("version", "2.0")
        stamp = datetime.now(UTC)
        for row in items:
            step = safe_step(row)
            event = Event()
            event.add("uid", f"{row.ref_id}@ehbc-desktop")
            event.add("dtstamp", stamp)
            event.add("dtstart", row.due)
            event.add("summary", f"{row.reference} {(labels or {}).get(step, step)}")
            calendar.add_component(event)
        try:
            write_output(Path(path), calendar.to_ical(), overwrite=overwrite)
        except VaultWriteError as exc:
            raise ExportFailedError(exc.errno) from None
        self._vs.audit(AuditAction.EXPORT, "agenda:ics", None, f"events={len(items)}")
        return len(items)
