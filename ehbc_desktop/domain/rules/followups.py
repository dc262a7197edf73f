"""Follow-up at every step (DOMAIN 2.12): the next follow-up, overdue ones, cases without one."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ehbc_desktop.domain.entities import ApproachDecision, CaseRecord, FollowUp
from ehbc_desktop.domain.enums import CaseStatus

ACTIVE_STATUSES = frozenset({CaseStatus.OPEN, CaseStatus.OBSERVATION})


def is_held(follow_up: FollowUp) -> bool:
    """A follow-up counts as held once it has a held date."""
    return follow_up.held_on is not None


def next_follow_up(follow_ups: Iterable[FollowUp], today: date) -> FollowUp | None:
    """The earliest follow-up planned for today or later that is not held yet, or None."""
    best: FollowUp | None = None
    for item in follow_ups:
        if (
            item.held_on is None
            and item.planned_on >= today
            and (best is None or item.planned_on < best.planned_on)
        ):
            best = item
    return best


def overdue_follow_ups(follow_ups: Iterable[FollowUp], today: date) -> tuple[FollowUp, ...]:
    """Follow-ups planned before today and not held, oldest first."""
    late = (f for f in follow_ups if f.held_on is None and f.planned_on < today)
    return tuple(sorted(late, key=lambda f: f.planned_on))


def no_next_step_planned(record: CaseRecord, today: date) -> bool:
    """An open or observed case without any follow-up planned for today or later.

    Only follow-up records count: the services turn a conversation's next date into a FollowUp.
    Overdue follow-ups do not count as planned.
    """
    if record.case.status not in ACTIVE_STATUSES:
        return False
    return next_follow_up(record.follow_ups, today) is None


def latest_decision(record: CaseRecord) -> ApproachDecision | None:
    """The approach decision that counts: the most recently decided one."""
    latest: ApproachDecision | None = None
    for decision in record.approach_decisions:
        if latest is None or decision.decided_at >= latest.decided_at:
            latest = decision
    return latest


def latest_held(follow_ups: Iterable[FollowUp], after: date | None = None) -> FollowUp | None:
    """The most recently held follow-up with an outcome, optionally held strictly after a day.

    Ties on the held date go to the later planned date, then to the later record in the input.
    """
    best: FollowUp | None = None
    best_key: tuple[date, date] | None = None
    for item in follow_ups:
        if item.held_on is None or item.outcome is None:
            continue
        if after is not None and item.held_on <= after:
            continue
        key = (item.held_on, item.planned_on)
        if best_key is None or key >= best_key:
            best, best_key = item, key
    return best
