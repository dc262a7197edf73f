"""Set-based reads for the case list and the dashboard: a fixed number of queries, never N+1."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, exists, func, or_, select, text
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AgreementStatus, CaseStatus, Classification, Role
from ehbc_desktop.store.models import Agreement, Case, FollowUp, Participant, Person, Triage
from ehbc_desktop.store.search import match_expression

ACTIVE_STATUSES = (CaseStatus.OPEN, CaseStatus.OBSERVATION)


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: str
    reference: str
    title: str
    status: CaseStatus
    classification: Classification | None
    opened_on: date
    victims: tuple[str, ...]  # display names
    bullies: tuple[str, ...]
    next_follow_up: date | None
    last_activity: datetime


@dataclass(frozen=True)
class DueRow:
    """A follow-up or an open agreement that falls due (for the dashboard)."""

    case_id: str
    reference: str
    kind: str  # "follow_up" or "agreement"
    step: str  # the follow-up's step (or its kind), or "agreement"
    due: date
    ref_id: str  # the follow-up's or the agreement's id
    detail: str  # with whom (follow-up) or what (agreement)


def latest_classification() -> Any:
    """A subquery (case_id, classification) with the newest triage of every case."""
    ranked = select(
        Triage.case_id,
        Triage.classification,
        func.row_number()
        .over(partition_by=Triage.case_id, order_by=(Triage.decided_at.desc(), Triage.id.desc()))
        .label("rank"),
    ).subquery()
    return (
        select(ranked.c.case_id, ranked.c.classification)
        .where(ranked.c.rank == 1)
        .subquery("latest_triage")
    )


def search_filter(query: str) -> ColumnElement[bool] | None:
    """A condition on Case.id for the FTS5 match of `query` (None when it has no words)."""
    expression = match_expression(query)
    if expression is None:
        return None
    matches = (
        text("SELECT case_id FROM case_search WHERE case_search MATCH :q")
        .bindparams(q=expression)
        .columns(case_id=String)
    )
    return Case.id.in_(matches)


def case_filters(
    text_query: str = "",
    statuses: set[CaseStatus] | None = None,
    classifications: set[Classification] | None = None,
) -> list[ColumnElement[bool]]:
    """The conditions of the case list's filters (classification needs latest_classification)."""
    conditions: list[ColumnElement[bool]] = []
    matched = search_filter(text_query) if text_query.strip() else None
    if matched is not None:
        conditions.append(matched)
    if statuses:
        conditions.append(Case.status.in_(sorted(statuses)))
    if classifications:
        latest = latest_classification()
        conditions.append(
            Case.id.in_(
                select(latest.c.case_id).where(latest.c.classification.in_(sorted(classifications)))
            )
        )
    return conditions


def _names_by_case(session: Session, case_ids: Select[Any], roles: Sequence[Role]) -> Any:
    names: dict[tuple[str, Role], list[str]] = defaultdict(list)
    rows = session.execute(
        select(Participant.case_id, Participant.role, Person.first_name, Person.last_name)
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.role.in_(roles), Participant.case_id.in_(case_ids))
        .order_by(Participant.case_id, Participant.position)
    )
    for case_id, role, first, last in rows:
        names[(case_id, role)].append(f"{first} {last}".strip())
    return names


def case_rows(session: Session, conditions: Sequence[ColumnElement[bool]]) -> list[CaseRow]:
    """The case-list rows of the cases meeting every condition, newest first (three queries)."""
    latest = latest_classification()
    next_fu = (
        select(FollowUp.case_id, func.min(FollowUp.planned_on).label("next_on"))
        .where(FollowUp.held_on.is_(None))
        .group_by(FollowUp.case_id)
        .subquery()
    )
    stmt = (
        select(Case, latest.c.classification, next_fu.c.next_on)
        .outerjoin(latest, latest.c.case_id == Case.id)
        .outerjoin(next_fu, next_fu.c.case_id == Case.id)
        .where(*conditions)
        .order_by(Case.opened_on.desc(), Case.reference.desc())
    )
    found = session.execute(stmt).all()
    if not found:
        return []
    ids = select(Case.id).where(*conditions)
    names = _names_by_case(session, ids, (Role.VICTIM, Role.BULLY))
    return [
        CaseRow(
            id=case.id,
            reference=case.reference,
            title=case.title,
            status=case.status,
            classification=Classification(classification) if classification else None,
            opened_on=case.opened_on,
            victims=tuple(names.get((case.id, Role.VICTIM), ())),
            bullies=tuple(names.get((case.id, Role.BULLY), ())),
            next_follow_up=next_on,
            last_activity=case.updated_at,
        )
        for case, classification, next_on in found
    ]


def status_counts(session: Session) -> dict[CaseStatus, int]:
    """How many cases there are per status."""
    rows = session.execute(select(Case.status, func.count()).group_by(Case.status))
    return {CaseStatus(status): int(count) for status, count in rows}


def _due_follow_ups(today: date) -> list[ColumnElement[bool]]:
    return [
        FollowUp.held_on.is_(None),
        FollowUp.planned_on <= today,
        Case.status.in_(ACTIVE_STATUSES),
    ]


def _due_agreements(today: date) -> list[ColumnElement[bool]]:
    return [
        Agreement.status == AgreementStatus.OPEN,
        Agreement.due <= today,
        Case.status.in_(ACTIVE_STATUSES),
    ]


def due_case_ids(today: date) -> Select[Any]:
    """A select of the ids of the cases with something due today or earlier."""
    return select(Case.id).where(
        or_(
            exists().where(FollowUp.case_id == Case.id, *_due_follow_ups(today)),
            exists().where(Agreement.case_id == Case.id, *_due_agreements(today)),
        )
    )


def due_rows(session: Session, today: date) -> list[DueRow]:
    """Unheld follow-ups and open agreements due today or earlier, of cases not closed."""
    follow_ups = session.execute(
        select(FollowUp, Case.reference)
        .join(Case, Case.id == FollowUp.case_id)
        .where(*_due_follow_ups(today))
    ).all()
    agreements = session.execute(
        select(Agreement, Case.reference)
        .join(Case, Case.id == Agreement.case_id)
        .where(*_due_agreements(today))
    ).all()
    rows = [
        DueRow(f.case_id, ref, "follow_up", f.step or f.kind.value, f.planned_on, f.id, f.with_whom)
        for f, ref in follow_ups
    ]
    rows += [
        DueRow(a.case_id, ref, "agreement", "agreement", a.due, a.id, a.what)
        for a, ref in agreements
    ]
    rows.sort(key=lambda r: (r.due, r.reference, r.kind, r.ref_id))
    return rows


def first_victims(session: Session, case_ids: Select[Any]) -> dict[str, str]:
    """The display name of the first victim of each case in `case_ids`."""
    names = _names_by_case(session, case_ids, (Role.VICTIM,))
    return {case_id: found[0] for (case_id, _role), found in names.items() if found}


def without_next_step(today: date) -> list[ColumnElement[bool]]:
    """Conditions: open or observation cases without an unheld follow-up today or later."""
    planned = exists().where(
        and_(
            FollowUp.case_id == Case.id,
            FollowUp.held_on.is_(None),
            FollowUp.planned_on >= today,
        )
    )
    return [Case.status.in_(ACTIVE_STATUSES), ~planned]
