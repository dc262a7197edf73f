"""Set-based reads for the case list and the dashboard: a fixed number of queries, never N+1."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    column,
    exists,
    func,
    or_,
    select,
    table,
    type_coerce,
)
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AgreementStatus, CaseStatus, Classification, Role
from ehbc_desktop.store.models import (
    Agreement,
    Case,
    CaseAccess,
    FollowUp,
    Participant,
    Person,
    SealedCase,
    Triage,
)
from ehbc_desktop.store.search import (
    docs_newest_first,
    match_docs_sql,
    word_expressions,
)

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
    # A confidential (sealed) case: the colleagues who may open it; () for an ordinary case.
    confidential_for: tuple[str, ...] = ()


@dataclass(frozen=True)
class DueRow:
    """A follow-up or an open agreement that falls due (for the dashboard)."""

    case_id: str
    reference: str
    pupil: str  # the first victim's display name ("" when none)
    kind: str  # "follow_up" or "agreement"
    step: str  # the follow-up's step (or its kind), or "agreement"
    due: date
    ref_id: str  # the follow-up's or the agreement's id
    detail: str  # with whom (follow-up) or what (agreement)


def latest_classification() -> Any:
    """A scalar subquery, correlated to Case: the classification of the case's newest triage."""
    return (
        select(Triage.classification)
        .where(Triage.case_id == Case.id)
        .order_by(Triage.decided_at.desc(), Triage.id.desc())
        .limit(1)
        .correlate(Case)
        .scalar_subquery()
    )


def next_follow_up() -> Any:
    """A scalar subquery, correlated to Case: the earliest unheld follow-up of the case."""
    return (
        select(func.min(FollowUp.planned_on))
        .where(FollowUp.case_id == Case.id, FollowUp.held_on.is_(None))
        .correlate(Case)
        .scalar_subquery()
    )


_KEYS = table("case_search_keys", column("case_id", String), column("doc", Integer))


def search_filter(query: str) -> ColumnElement[bool] | None:
    """A condition on Case.id: every word of `query` is in one of the case's records (None when
    the query has no words)."""
    expressions = word_expressions(query)
    if not expressions:
        return None
    docs = select(_KEYS.c.case_id).where(
        *(_KEYS.c.doc.in_(match_docs_sql(e)) for e in expressions)
    )
    return Case.id.in_(docs)


def case_filters(
    text_query: str = "",
    statuses: set[CaseStatus] | None = None,
    classifications: set[Classification] | set[Classification | None] | None = None,
) -> list[ColumnElement[bool]]:
    """The conditions of the case list's filters; None among the classifications means a case
    without a triage yet."""
    conditions: list[ColumnElement[bool]] = []
    matched = search_filter(text_query) if text_query.strip() else None
    if matched is not None:
        conditions.append(matched)
    if statuses:
        conditions.append(Case.status.in_(sorted(statuses)))
    if classifications:
        known = sorted(c for c in classifications if c is not None)
        latest = latest_classification()
        if None in classifications:
            conditions.append(or_(latest.is_(None), latest.in_(known)))
        else:
            conditions.append(latest.in_(known))
    return conditions


@dataclass(frozen=True)
class CaseOrder:
    """A sorted column of the case list, computed in SQL so the list can still be paged.

    `ranks` gives the values of a status or classification column in the order their labels
    sort in the user's language ("" stands for no classification).
    """

    column: str  # reference, title, pupils, status, classification, opened, next
    descending: bool = False
    ranks: tuple[str, ...] = ()

    def expressions(self) -> list[Any]:
        """The ORDER BY terms."""
        key: Any
        if self.column == "reference":
            key = Case.reference
        elif self.column == "title":
            key = func.lower(Case.title)
        elif self.column == "pupils":
            key = func.lower(first_victim_name())
        elif self.column == "status":
            key = _ranked(type_coerce(Case.status, String()), self.ranks)
        elif self.column == "classification":
            latest = func.coalesce(type_coerce(latest_classification(), String()), "")
            key = _ranked(latest, self.ranks)
        elif self.column == "next":
            key = func.coalesce(next_follow_up(), date(9999, 12, 31))
        else:
            key = Case.opened_on
        return [key.desc() if self.descending else key.asc()]


def _ranked(value: Any, ranks: Sequence[str]) -> Any:
    if not ranks:
        return value
    return case({v: n for n, v in enumerate(ranks)}, value=value, else_=len(ranks))


def _names_by_case(
    session: Session, conditions: Sequence[ColumnElement[bool]], roles: Sequence[Role]
) -> dict[tuple[str, str], list[str]]:
    """Display names per (case id, role value) of the cases meeting `conditions`.

    Joined from the cases (not `IN (subquery)`), so SQLite walks the matching cases and looks
    their participants up by the (case_id, role) index. Roles come back as plain strings: no
    enum conversion per row.
    """
    names: dict[tuple[str, str], list[str]] = defaultdict(list)
    role = type_coerce(Participant.role, String())
    rows = session.execute(
        select(Participant.case_id, role, Person.first_name, Person.last_name)
        .join(Case, Case.id == Participant.case_id)
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.role.in_(roles), *conditions)
        .order_by(Participant.case_id, Participant.position)
    )
    for case_id, role_value, first, last in rows:
        names[(case_id, role_value)].append(f"{first} {last}".strip())
    return names


def case_rows(
    session: Session, conditions: Sequence[ColumnElement[bool]], limit: int | None = None
) -> list[CaseRow]:
    """The case-list rows of the cases meeting every condition, newest first (two queries).

    Plain columns, not ORM objects, and per-case lookups through indexes (case_id first), so
    the cost grows with the rows returned, not with the size of the other tables. With `limit`
    only the newest `limit` cases are built: the matches are found and ordered first (cheap),
    and the per-case columns are computed for those alone.
    """
    if limit is not None:
        newest = session.execute(
            select(Case.id)
            .where(*conditions)
            .order_by(Case.opened_on.desc(), Case.reference.desc())
            .limit(limit)
        ).scalars().all()
        conditions = [Case.id.in_(list(newest))]
    stmt = (
        select(
            Case.id,
            Case.reference,
            Case.title,
            Case.status,
            latest_classification(),
            Case.opened_on,
            next_follow_up(),
            Case.updated_at,
        )
        .where(*conditions)
        .order_by(Case.opened_on.desc(), Case.reference.desc())
    )
    found = session.execute(stmt).all()
    if not found:
        return []
    names = _names_by_case(session, conditions, (Role.VICTIM, Role.BULLY))
    access: dict[str, list[str]] = defaultdict(list)
    for access_case, user in session.execute(
        select(CaseAccess.case_id, CaseAccess.user)
        .join(SealedCase, SealedCase.case_id == CaseAccess.case_id)
        .where(CaseAccess.case_id.in_([row[0] for row in found]))
        .order_by(CaseAccess.user)
    ):
        access[access_case].append(user)
    victim, bully = Role.VICTIM.value, Role.BULLY.value
    return [
        CaseRow(
            id=case_id,
            reference=reference,
            title=title,
            status=status,
            classification=Classification(classification) if classification else None,
            opened_on=opened_on,
            victims=tuple(names.get((case_id, victim), ())),
            bullies=tuple(names.get((case_id, bully), ())),
            next_follow_up=next_on,
            last_activity=updated_at,
            confidential_for=tuple(access.get(case_id, ())),
        )
        for case_id, reference, title, status, classification, opened_on, next_on, updated_at in (
            found
        )
    ]


@dataclass(frozen=True)
class CasePage:
    """One page of the case list, newest first; `after` continues it (None: nothing follows)."""

    rows: list[CaseRow]
    after: int | None


def _rows_in_order(session: Session, ids: Sequence[str]) -> list[CaseRow]:
    if not ids:
        return []
    rows = {row.id: row for row in case_rows(session, [Case.id.in_(list(ids))])}
    return [rows[i] for i in ids if i in rows]


def case_page(
    session: Session,
    text_query: str,
    conditions: Sequence[ColumnElement[bool]],
    limit: int,
    after: int | None = None,
) -> CasePage:
    """The newest `limit` cases matching the words and the conditions, after cursor `after`.

    Only the page's rows are built. Without words the cases are walked through the document
    numbers' index, newest first; with words FTS5 gives the matching documents newest first
    and they are checked against the conditions a batch at a time.
    """
    wanted = limit + 1  # one more tells whether another page follows
    found: list[tuple[int, str]] = []
    base = select(_KEYS.c.doc, Case.id).join(Case, Case.id == _KEYS.c.case_id).where(*conditions)
    if not text_query.strip() or not word_expressions(text_query):
        if after is not None:
            base = base.where(_KEYS.c.doc < after)
        found = [(int(d), str(i)) for d, i in session.execute(
            base.order_by(_KEYS.c.doc.desc()).limit(wanted))]  # fmt: skip
    else:
        docs = docs_newest_first(session, text_query, after)
        batch_size = wanted
        while len(found) < wanted:
            batch = list(itertools.islice(docs, batch_size))
            if not batch:
                break
            hits = {d: i for d, i in session.execute(base.where(_KEYS.c.doc.in_(batch)))}
            found += [(doc, hits[doc]) for doc in batch if doc in hits]
            batch_size = min(batch_size * 4, 2000)
        found = found[:wanted]
    more = len(found) > limit
    page = found[:limit]
    return CasePage(_rows_in_order(session, [i for _d, i in page]),
                    page[-1][0] if more and page else None)  # fmt: skip


def sorted_case_page(
    session: Session,
    conditions: Sequence[ColumnElement[bool]],
    order_by: Sequence[Any],
    limit: int,
    offset: int = 0,
) -> CasePage:
    """A page of the cases meeting the conditions in another order (a sorted column)."""
    ids = session.execute(
        select(Case.id).where(*conditions)
        .order_by(*order_by, Case.opened_on.desc(), Case.reference.desc())
        .limit(limit + 1).offset(offset)
    ).scalars().all()  # fmt: skip
    more = len(ids) > limit
    return CasePage(_rows_in_order(session, ids[:limit]), offset + limit if more else None)


def count_cases(session: Session, conditions: Sequence[ColumnElement[bool]]) -> int:
    """How many cases meet every condition."""
    return int(session.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0)


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


def first_victim_name() -> Any:
    """A scalar subquery, correlated to Case: the display name of the case's first victim."""
    return (
        select(func.trim(Person.first_name + " " + Person.last_name))
        .join(Participant, Participant.person_id == Person.id)
        .where(Participant.case_id == Case.id, Participant.role == Role.VICTIM)
        .order_by(Participant.position)
        .limit(1)
        .correlate(Case)
        .scalar_subquery()
    )


def due_rows(session: Session, today: date, limit: int | None = None) -> list[DueRow]:
    """Unheld follow-ups and open agreements due today or earlier, of cases not closed.

    With `limit`, at most that many of today's and that many of the earlier ones (the oldest
    first): the dashboard shows a page of each and counts the rest with `due_counts`.
    """
    rows: list[DueRow] = []
    for period in (FollowUp.planned_on == today, FollowUp.planned_on < today):
        rows += _due_follow_up_rows(session, today, period, limit)
    for period in (Agreement.due == today, Agreement.due < today):
        rows += _due_agreement_rows(session, today, period, limit)
    rows.sort(key=lambda r: (r.due, r.reference, r.kind, r.ref_id))
    if limit is not None:
        rows = [r for r in rows if r.due == today][:limit] + [r for r in rows if r.due < today][
            :limit
        ]
    return rows


def _due_follow_up_rows(
    session: Session, today: date, period: ColumnElement[bool], limit: int | None
) -> list[DueRow]:
    found = session.execute(
        select(
            FollowUp.case_id,
            Case.reference,
            first_victim_name(),
            FollowUp.step,
            FollowUp.kind,
            FollowUp.planned_on,
            FollowUp.id,
            FollowUp.with_whom,
        )
        .join(Case, Case.id == FollowUp.case_id)
        .where(*_due_follow_ups(today), period)
        .order_by(FollowUp.planned_on, Case.reference)
        .limit(limit)
    ).all()
    return [
        DueRow(case_id, ref, name or "", "follow_up", step or kind.value, on, ident, whom)
        for case_id, ref, name, step, kind, on, ident, whom in found
    ]


def _due_agreement_rows(
    session: Session, today: date, period: ColumnElement[bool], limit: int | None
) -> list[DueRow]:
    found = session.execute(
        select(
            Agreement.case_id,
            Case.reference,
            first_victim_name(),
            Agreement.due,
            Agreement.id,
            Agreement.what,
        )
        .join(Case, Case.id == Agreement.case_id)
        .where(*_due_agreements(today), period)
        .order_by(Agreement.due, Case.reference)
        .limit(limit)
    ).all()
    return [
        DueRow(case_id, ref, name or "", "agreement", "agreement", due, ident, what)
        for case_id, ref, name, due, ident, what in found
    ]


def due_counts(session: Session, today: date) -> tuple[int, int]:
    """How many follow-ups and agreements fall due today, and how many are overdue."""

    def count(model: Any, conditions: list[ColumnElement[bool]], period: Any) -> int:
        stmt = select(func.count()).select_from(model).join(Case).where(*conditions, period)
        return int(session.scalar(stmt) or 0)

    follow, agree = _due_follow_ups(today), _due_agreements(today)
    on_day = count(FollowUp, follow, FollowUp.planned_on == today) + count(
        Agreement, agree, Agreement.due == today
    )
    earlier = count(FollowUp, follow, FollowUp.planned_on < today) + count(
        Agreement, agree, Agreement.due < today
    )
    return on_day, earlier


def openable_by(user: str) -> ColumnElement[bool]:
    """Cases `user` can read: not sealed, or sealed with access for them."""
    sealed = exists().where(SealedCase.case_id == Case.id)
    own = exists().where(and_(CaseAccess.case_id == Case.id, CaseAccess.user == user))
    return or_(~sealed, own)


def without_next_step(today: date) -> list[ColumnElement[bool]]:
    """Conditions: open or observation cases without an unheld follow-up today or later.

    A sealed (confidential) case is left out: its follow-ups are in its ciphertext, so nobody
    can tell from the plain rows whether it has a next step, and it is not stalled for that.
    """
    planned = exists().where(
        and_(
            FollowUp.case_id == Case.id,
            FollowUp.held_on.is_(None),
            FollowUp.planned_on >= today,
        )
    )
    sealed = exists().where(SealedCase.case_id == Case.id)
    return [Case.status.in_(ACTIVE_STATUSES), ~planned, ~sealed]
