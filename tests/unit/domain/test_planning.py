"""Planning defaults: step-3 talks, observation reminders, weekends and holidays."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ehbc_desktop.domain.enums import FollowUpKind
from ehbc_desktop.domain.planning import (
    DayKind,
    Holiday,
    day_kind,
    next_school_day,
    observation_reminder,
    restorative_step3,
)

MONDAY = date(2026, 3, 2)
EASTER = Holiday(date(2026, 4, 6), date(2026, 4, 17))  # two weeks, Monday to Friday


def test_day_kinds() -> None:
    assert day_kind(MONDAY) is DayKind.SCHOOL_DAY
    assert day_kind(MONDAY + timedelta(days=5)) is DayKind.WEEKEND
    assert day_kind(MONDAY + timedelta(days=6)) is DayKind.WEEKEND
    assert day_kind(date(2026, 4, 8), [EASTER]) is DayKind.HOLIDAY
    assert day_kind(date(2026, 4, 11), [EASTER]) is DayKind.WEEKEND


def test_next_school_day_skips_weekend_and_holidays() -> None:
    assert next_school_day(MONDAY) == MONDAY
    assert next_school_day(date(2026, 3, 7)) == date(2026, 3, 9)
    assert next_school_day(date(2026, 4, 4), [EASTER]) == date(2026, 4, 20)
    back_to_back = [Holiday(date(2026, 4, 20), date(2026, 4, 21)), EASTER]
    assert next_school_day(date(2026, 4, 8), back_to_back) == date(2026, 4, 22)


def test_restorative_step3_plans_two_separate_talks() -> None:
    bully, victim = restorative_step3(date(2026, 3, 5), 2)  # Thursday + 2 = Saturday
    assert bully.kind is FollowUpKind.RESTORATIVE_BULLY
    assert victim.kind is FollowUpKind.RESTORATIVE_VICTIM
    assert bully.planned_on == victim.planned_on == date(2026, 3, 9)
    week_later, _ = restorative_step3(date(2026, 3, 30), 7, [EASTER])
    assert week_later.planned_on == date(2026, 4, 20)


def test_observation_reminder() -> None:
    reminder = observation_reminder(MONDAY, 3)
    assert reminder.kind is FollowUpKind.OBSERVATION
    assert reminder.planned_on == date(2026, 3, 5)


def test_intervals_must_be_positive() -> None:
    with pytest.raises(ValueError):
        restorative_step3(MONDAY, 0)
    with pytest.raises(ValueError):
        observation_reminder(MONDAY, 0)


HOLIDAYS = st.lists(
    st.builds(
        lambda start, length: Holiday(start, start + timedelta(days=length)),
        st.dates(date(2026, 1, 1), date(2026, 12, 31)),
        st.integers(0, 20),
    ),
    max_size=5,
)


@given(st.dates(date(2026, 1, 1), date(2026, 12, 31)), HOLIDAYS)
def test_next_school_day_is_the_first_school_day_on_or_after(
    day: date, holidays: list[Holiday]
) -> None:
    result = next_school_day(day, holidays)
    assert result >= day
    assert day_kind(result, holidays) is DayKind.SCHOOL_DAY
    probe = day
    while probe < result:
        assert day_kind(probe, holidays) is not DayKind.SCHOOL_DAY
        probe += timedelta(days=1)
