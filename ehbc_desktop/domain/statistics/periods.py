"""The periods statistics are asked for: a school year, a term, or any span of days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class PeriodKind(StrEnum):
    """How a period was chosen (it decides what "the previous period" is)."""

    SCHOOL_YEAR = "school_year"
    TERM = "term"
    CUSTOM = "custom"


# Terms as calendar blocks of a school year that starts on 1 September: before Christmas,
# up to the Easter holidays (roughly), and the rest of the year including the summer, so every
# day of the year falls in exactly one term.
_TERM_STARTS = ((9, 1), (1, 1), (4, 1))


@dataclass(frozen=True, slots=True)
class Period:
    """A span of calendar days, first and last included."""

    kind: PeriodKind
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")

    @property
    def days(self) -> int:
        """How many days the period holds."""
        return (self.end - self.start).days + 1

    def contains(self, day: date | None) -> bool:
        """The day falls inside the period."""
        return day is not None and self.start <= day <= self.end

    def previous(self) -> Period:
        """The period just before: the school year or term before, or as many days before."""
        if self.kind is PeriodKind.SCHOOL_YEAR:
            return school_year(self.start.year - 1)
        if self.kind is PeriodKind.TERM:
            return term_of(self.start - timedelta(days=1))
        return Period(PeriodKind.CUSTOM, self.start - timedelta(days=self.days),
                      self.start - timedelta(days=1))  # fmt: skip


def school_year(first_year: int) -> Period:
    """The school year that starts on 1 September of `first_year`."""
    return Period(PeriodKind.SCHOOL_YEAR, date(first_year, 9, 1), date(first_year + 1, 8, 31))


def school_year_of(day: date) -> Period:
    """The school year `day` falls in."""
    return school_year(day.year if day.month >= 9 else day.year - 1)


def term(first_year: int, number: int) -> Period:
    """Term 1, 2 or 3 of the school year starting in `first_year`."""
    if number not in (1, 2, 3):
        raise ValueError("a school year has three terms")
    year = first_year if number == 1 else first_year + 1
    month, day = _TERM_STARTS[number - 1]
    start = date(year, month, day)
    if number == 3:
        end = date(first_year + 1, 8, 31)
    else:
        next_month, next_day = _TERM_STARTS[number]
        end = date(first_year + 1, next_month, next_day) - timedelta(days=1)
    return Period(PeriodKind.TERM, start, end)


def term_of(day: date) -> Period:
    """The term `day` falls in."""
    first_year = school_year_of(day).start.year
    for number in (1, 2, 3):
        found = term(first_year, number)
        if found.contains(day):
            return found
    raise AssertionError("every day falls in a term")  # pragma: no cover


def term_number(period: Period) -> int:
    """1, 2 or 3 for a term period."""
    return {(9, 1): 1, (1, 1): 2, (4, 1): 3}[(period.start.month, period.start.day)]


def custom(start: date, end: date) -> Period:
    """Any span of days."""
    return Period(PeriodKind.CUSTOM, start, end)
