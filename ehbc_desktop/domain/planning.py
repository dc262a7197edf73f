"""Planning defaults for follow-ups: step-3 talks, observation reminders, school days."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ehbc_desktop.domain.enums import FollowUpKind

SATURDAY = 5  # date.weekday(): Monday is 0


@dataclass(frozen=True, slots=True)
class Holiday:
    """A school holiday, first and last day included."""

    first: date
    last: date

    def contains(self, day: date) -> bool:
        """The day falls inside the holiday."""
        return self.first <= day <= self.last


class DayKind(StrEnum):
    """Whether a day is a school day."""

    SCHOOL_DAY = "school_day"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"


@dataclass(frozen=True, slots=True)
class PlannedFollowUp:
    """A follow-up to propose (the service turns it into a FollowUp record)."""

    planned_on: date
    kind: FollowUpKind


def day_kind(day: date, holidays: Iterable[Holiday] = ()) -> DayKind:
    """Whether ``day`` is a weekend day, a holiday or a school day (weekend wins)."""
    if day.weekday() >= SATURDAY:
        return DayKind.WEEKEND
    if any(h.contains(day) for h in holidays):
        return DayKind.HOLIDAY
    return DayKind.SCHOOL_DAY


def next_school_day(day: date, holidays: Iterable[Holiday] = ()) -> date:
    """``day`` itself when it is a school day, otherwise the first school day after it.

    Args:
        day: The proposed day.
        holidays: The school's holidays.

    Returns:
        The first school day on or after ``day``.
    """
    ranges = sorted(holidays, key=lambda h: h.first)
    while True:
        if day.weekday() >= SATURDAY:
            day += timedelta(days=7 - day.weekday())
            continue
        holiday = next((h for h in ranges if h.contains(day)), None)
        if holiday is None:
            return day
        day = holiday.last + timedelta(days=1)


def restorative_step3(
    held_on: date, after_days: int, holidays: Iterable[Holiday] = ()
) -> tuple[PlannedFollowUp, PlannedFollowUp]:
    """The two separate step-3 talks after a restorative conversation (bully, then victim).

    Args:
        held_on: The day of the restorative conversation.
        after_days: The school's setting (1-2 days or 1-2 weeks, given in days, at least 1).
        holidays: The school's holidays; the talks move to the next school day.

    Returns:
        The talk with the bully and the talk with the victim, on the same school day.

    Raises:
        ValueError: ``after_days`` is less than 1.
    """
    if after_days < 1:
        raise ValueError("after_days must be at least 1")
    day = next_school_day(held_on + timedelta(days=after_days), holidays)
    return (
        PlannedFollowUp(day, FollowUpKind.RESTORATIVE_BULLY),
        PlannedFollowUp(day, FollowUpKind.RESTORATIVE_VICTIM),
    )


def observation_reminder(
    last_observed: date, every_days: int, holidays: Iterable[Holiday] = ()
) -> PlannedFollowUp:
    """The next reminder to keep watching a case in discreet observation.

    Args:
        last_observed: The day of the last observation (or of the report).
        every_days: The school's reminder interval in days (at least 1).
        holidays: The school's holidays; the reminder moves to the next school day.

    Returns:
        An OBSERVATION follow-up.

    Raises:
        ValueError: ``every_days`` is less than 1.
    """
    if every_days < 1:
        raise ValueError("every_days must be at least 1")
    day = next_school_day(last_observed + timedelta(days=every_days), holidays)
    return PlannedFollowUp(day, FollowUpKind.OBSERVATION)
