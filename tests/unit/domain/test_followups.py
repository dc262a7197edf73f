"""Follow-up at every step: next follow-up, overdue ones, cases without a next step."""

from __future__ import annotations

from ehbc_desktop.domain.enums import CaseStatus, FollowUpOutcome
from ehbc_desktop.domain.rules import (
    latest_held,
    next_follow_up,
    no_next_step_planned,
    overdue_follow_ups,
)
from tests.builders.records import CaseBuilder, days


def test_next_follow_up_is_the_earliest_unheld_from_today() -> None:
    record = (
        CaseBuilder()
        .follow_up(days(1))
        .follow_up(days(9))
        .follow_up(days(4))
        .follow_up(days(3), days(3), FollowUpOutcome.DECREASED)
        .build()
    )
    upcoming = next_follow_up(record.follow_ups, days(3))
    assert upcoming is not None
    assert upcoming.planned_on == days(4)
    today = next_follow_up(record.follow_ups, days(1))
    assert today is not None
    assert today.planned_on == days(1)
    assert next_follow_up(record.follow_ups, days(10)) is None


def test_overdue_follow_ups_are_unheld_and_before_today() -> None:
    record = (
        CaseBuilder()
        .follow_up(days(2))
        .follow_up(days(1))
        .follow_up(days(1), days(1), FollowUpOutcome.STOPPED)
        .follow_up(days(5))
        .build()
    )
    late = overdue_follow_ups(record.follow_ups, days(5))
    assert [f.planned_on for f in late] == [days(1), days(2)]
    assert overdue_follow_ups(record.follow_ups, days(1)) == ()


def test_open_case_without_planned_follow_up_has_no_next_step() -> None:
    assert no_next_step_planned(CaseBuilder().build(), days(0))
    overdue_only = CaseBuilder().follow_up(days(1)).build()
    assert no_next_step_planned(overdue_only, days(2))
    assert not no_next_step_planned(overdue_only, days(1))


def test_observation_case_counts_as_active() -> None:
    record = CaseBuilder(CaseStatus.OBSERVATION).build()
    assert no_next_step_planned(record, days(0))


def test_closed_case_never_lacks_a_next_step() -> None:
    assert not no_next_step_planned(CaseBuilder(CaseStatus.CLOSED).build(), days(0))


def test_latest_held_ignores_unheld_and_respects_after() -> None:
    record = (
        CaseBuilder()
        .held(days(1), FollowUpOutcome.UNCHANGED)
        .held(days(4), FollowUpOutcome.DECREASED)
        .follow_up(days(8))
        .build()
    )
    latest = latest_held(record.follow_ups)
    assert latest is not None
    assert latest.outcome is FollowUpOutcome.DECREASED
    assert latest_held(record.follow_ups, after=days(4)) is None
    early = latest_held(record.follow_ups[:1], after=days(0))
    assert early is not None
    assert early.outcome is FollowUpOutcome.UNCHANGED
