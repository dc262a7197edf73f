"""How long a closed case is kept (Flemish practice; the periods are school settings).

Most pupil documents are kept until 31 August of the school year after the one in which the
case was closed (a school year runs from 1 September to 31 August); a CLB file at least ten
years.
"""

from __future__ import annotations

from datetime import date

CLB_MINIMUM_YEARS = 10


def school_year_end(day: date) -> date:
    """31 August that ends the school year `day` falls in."""
    return date(day.year if day.month < 9 else day.year + 1, 8, 31)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def retention_until(closed_on: date, *, clb_file: bool, school_years: int, clb_years: int) -> date:
    """The day until which a case closed on `closed_on` is kept.

    Args:
        closed_on: The day the case was closed.
        clb_file: The case is a CLB file (opened by a CLB worker).
        school_years: Ordinary cases: kept until 31 August, this many school years after the
            school year of closing (1: the next school year).
        clb_years: CLB files: this many years after closing, never fewer than ten.
    """
    if clb_file:
        return _add_years(closed_on, max(clb_years, CLB_MINIMUM_YEARS))
    end = school_year_end(closed_on)
    return end.replace(year=end.year + max(school_years, 0))
