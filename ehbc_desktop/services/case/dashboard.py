"""The start screen's figures: open cases, what falls due, and open cases without a next step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ehbc_desktop.domain.enums import CaseStatus
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import queries
from ehbc_desktop.store.queries import CaseRow

DASHBOARD_ROWS = 200  # rows per dashboard list; the counts say how many there are in all


@dataclass(frozen=True)
class DueItem:
    """Something planned for a case that falls due.

    `kind` ("follow_up" or "agreement"), `ref_id` and `detail` (with whom, or the agreement's
    "what") are additions to the contract.
    """

    case_id: str
    reference: str
    pupil: str  # display name of the case's first victim ("" when none)
    step: str  # the follow-up's step (or its FollowUpKind value), or "agreement"
    due: date
    kind: str = "follow_up"
    ref_id: str = ""
    detail: str = ""


@dataclass(frozen=True)
class Dashboard:
    """What the start screen shows."""

    open_cases: int
    observation_cases: int
    due_today: list[DueItem]
    overdue: list[DueItem]
    without_next_step: list[CaseRow]
    # How many there are in all; the lists above hold at most `summary`'s `limit` rows each.
    due_today_count: int = 0
    overdue_count: int = 0
    without_next_step_count: int = 0


class DashboardService:
    """Computes the dashboard in a fixed handful of set-based queries."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def summary(self, today: date, limit: int | None = DASHBOARD_ROWS) -> Dashboard:
        """The dashboard for `today`.

        Due items are unheld follow-ups and OPEN agreements of cases not closed, dated today
        (due_today) or earlier (overdue). Without a next step: open or observation cases with
        no unheld follow-up dated today or later. Each list holds at most `limit` rows (None:
        all); the `*_count` fields say how many there are in all.
        """
        with self._vs.unit() as s:
            counts = queries.status_counts(s)
            due = queries.due_rows(s, today, limit)
            today_count, overdue_count = queries.due_counts(s, today)
            conditions = queries.without_next_step(today)
            idle = queries.case_rows(s, conditions, limit)
            idle_count = queries.count_cases(s, conditions)
        items = [
            DueItem(
                case_id=row.case_id,
                reference=row.reference,
                pupil=row.pupil,
                step=row.step,
                due=row.due,
                kind=row.kind,
                ref_id=row.ref_id,
                detail=row.detail,
            )
            for row in due
        ]
        due_today = [item for item in items if item.due == today]
        overdue = [item for item in items if item.due < today]
        return Dashboard(
            open_cases=counts.get(CaseStatus.OPEN, 0),
            observation_cases=counts.get(CaseStatus.OBSERVATION, 0),
            due_today=due_today,
            overdue=overdue,
            without_next_step=idle,
            due_today_count=today_count,
            overdue_count=overdue_count,
            without_next_step_count=idle_count,
        )
