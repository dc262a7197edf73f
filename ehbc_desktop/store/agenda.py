"""The agenda across cases: planned follow-ups, agreement deadlines and observation reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import SQLColumnExpression, or_, select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AgreementStatus, FollowUpKind
from ehbc_desktop.store.models import Agreement, Case, FollowUp
from ehbc_desktop.store.queries import ACTIVE_STATUSES, first_victim_name

FOLLOW_UP = "follow_up"
AGREEMENT = "agreement"
OBSERVATION = "observation"


@dataclass(frozen=True)
class AgendaRow:
    """One dated item of the agenda."""

    case_id: str
    reference: str
    pupil: str  # display name of the case's first victim ("" when none): for the screen only
    kind: str  # FOLLOW_UP, AGREEMENT or OBSERVATION
    step: str  # the follow-up's step (or its FollowUpKind value), or "agreement"
    due: date
    ref_id: str
    overdue: bool


def _window(column: SQLColumnExpression[date], start: date, end: date, today: date) -> Any:
    """Dated between start and end (both included), or before today (overdue)."""
    return or_(column.between(start, end), column < today)


def agenda_rows(session: Session, start: date, end: date, today: date) -> list[AgendaRow]:
    """Unheld follow-ups and open agreements of cases not closed, in the window or overdue.

    Two set-based queries over the (held_on, planned_on) and (status, due) indexes, so the cost
    grows with the items returned rather than with the number of cases.

    Args:
        session: The unit of work.
        start: First day of the window.
        end: Last day of the window (included).
        today: Items dated before today are overdue and always included.

    Returns:
        The rows sorted by date, reference, kind and id.
    """
    pupil = first_victim_name()
    follow_ups = session.execute(
        select(
            FollowUp.case_id,
            Case.reference,
            pupil,
            FollowUp.step,
            FollowUp.kind,
            FollowUp.planned_on,
            FollowUp.id,
        )
        .join(Case, Case.id == FollowUp.case_id)
        .where(
            FollowUp.held_on.is_(None),
            _window(FollowUp.planned_on, start, end, today),
            Case.status.in_(ACTIVE_STATUSES),
        )
    )
    rows = [
        AgendaRow(
            case_id,
            ref,
            name or "",
            OBSERVATION if kind is FollowUpKind.OBSERVATION else FOLLOW_UP,
            step or kind.value,
            on,
            ident,
            on < today,
        )
        for case_id, ref, name, step, kind, on, ident in follow_ups
    ]
    agreements = session.execute(
        select(Agreement.case_id, Case.reference, pupil, Agreement.due, Agreement.id)
        .join(Case, Case.id == Agreement.case_id)
        .where(
            Agreement.status == AgreementStatus.OPEN,
            _window(Agreement.due, start, end, today),
            Case.status.in_(ACTIVE_STATUSES),
        )
    )
    rows += [
        AgendaRow(case_id, ref, name or "", AGREEMENT, AGREEMENT, due, ident, due < today)
        for case_id, ref, name, due, ident in agreements
    ]
    rows.sort(key=lambda r: (r.due, r.reference, r.kind, r.ref_id))
    return rows
