"""The start screen's figures: open cases, what falls due, and open cases without a next step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ehbc_desktop.domain.enums import CaseStatus
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import queries
from ehbc_desktop.store.queries import CaseRow


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


class DashboardService:
    """Computes the dashboard in a fixed handful of set-based queries."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def summary(self, today: date) -> Dashboard:
        """The dashboard for `today`.

        Due items are unheld follow-ups and OPEN agreements of cases not closed, dated today
        (due_today) or earlier (overdue). Without a next step: open or observation cases with
        no unheld follow-up dated today or later.
        """
        with self._vs.unit() as s:
            counts = queries.status_counts(s)
            due = queries.due_rows(s, today)
            idle = queries.case_rows(s, queries.without_next_step(today))
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
        return Dashboard(
            open_cases=counts.get(CaseStatus.OPEN, 0),
            observation_cases=counts.get(CaseStatus.OBSERVATION, 0),
            due_today=[item for item in items if item.due == today],
            overdue=[item for item in items if item.due < today],
            without_next_step=idle,
        )
