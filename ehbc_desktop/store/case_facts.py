"""Set-based reads for the statistics: one `CaseFacts` per case, in a fixed number of queries.

Only categories leave this module: platforms are matched against a fixed list, classes become
their year, birth dates an age group; no name, class or free text is ever put in a fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, String, and_, exists, or_, select, type_coerce
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    BullyingForm,
    CaseStatus,
    Classification,
    ConversationKind,
    ExternalBody,
    FollowUpOutcome,
    GroupMethod,
    Medium,
    ReporterKind,
    Role,
)
from ehbc_desktop.domain.statistics.facts import (
    CaseFacts,
    age_group,
    first_stopped,
    last_outcome,
    platform_keys,
    school_year_level,
)
from ehbc_desktop.store import models as m
from ehbc_desktop.store.queries import latest_classification

E = TypeVar("E", bound=StrEnum)


def confidential_column() -> ColumnElement[bool]:
    """True for a confidential ("afgeschermde") case: one whose content is sealed.

    A sealed case keeps only its reference, status and dates in plain rows; statistics count it
    in the totals and in a row of its own, and read nothing else of it.
    """
    return exists().where(m.SealedCase.case_id == m.Case.id)


@lru_cache(maxsize=32)
def _lookup(kind: type[E]) -> dict[str, E]:
    return {item.value: item for item in kind}


def _enum(kind: type[E], value: str | None) -> E | None:
    """The member for a stored value (None for a missing or unknown one)."""
    return _lookup(kind).get(value) if value else None


def _enums(kind: type[E], values: Iterable[Any] | None) -> tuple[E, ...]:
    """Known enum values of a JSON list, in order, without repeats (unknown ones are skipped)."""
    known = _lookup(kind)
    return tuple(dict.fromkeys(known[v] for v in values or () if v in known))


def _raw(column: Any) -> Any:
    """A column read as its stored string: no enum object built per row (10,000s of rows)."""
    return type_coerce(column, String())


def in_range(start: date, end: date) -> ColumnElement[bool]:
    """Cases opened or closed between `start` and `end` (both included)."""
    return or_(
        m.Case.opened_on.between(start, end),
        and_(m.Case.closed_on.is_not(None), m.Case.closed_on.between(start, end)),
    )


def case_facts(session: Session, start: date, end: date) -> list[CaseFacts]:
    """The facts of every case opened or closed between `start` and `end`."""
    cond = in_range(start, end)
    # Plain rows through the connection: the ORM's per-row bookkeeping costs seconds here.
    connection = session.connection()
    base = connection.execute(
        select(m.Case.id, m.Case.opened_on, m.Case.closed_on, _raw(m.Case.status),
               confidential_column(), latest_classification()).where(cond)
    ).all()  # fmt: skip
    if not base:
        return []
    details = _Details(connection, cond)
    result: list[CaseFacts] = []
    for case_id, opened, closed, status, confidential, classification in base:
        if confidential:
            result.append(CaseFacts(case_id, opened, closed, _lookup(CaseStatus)[status], True))
            continue
        result.append(
            details.facts(case_id, opened, closed, _lookup(CaseStatus)[status], classification)
        )
    return result


class _Details:
    """The per-case details, each read for all cases at once and grouped by case."""

    def __init__(self, connection: Connection, cond: ColumnElement[bool]) -> None:
        def rows(*columns: Any, where: Iterable[ColumnElement[bool]] = (),
                 order: Iterable[Any] = ()) -> list[Any]:  # fmt: skip
            table = columns[0].class_
            stmt = (select(*columns).join(m.Case, m.Case.id == table.case_id)
                    .where(cond, *where).order_by(*order))  # fmt: skip
            return list(connection.execute(stmt).all())

        r = m.Report
        found = rows(r.case_id, r.reported_on, _raw(r.reporter_kind), r.media, r.platforms,
                     r.forms)  # fmt: skip
        self.reports = {row[0]: row[1:] for row in found}
        a = m.ApproachDecision
        self.approaches: dict[str, list[tuple[ApproachChoice, GroupMethod | None]]] = (
            defaultdict(list)
        )
        for case_id, choice, method in rows(a.case_id, _raw(a.choice), _raw(a.group_method),
                                            order=(a.case_id, a.decided_at, a.id)):  # fmt: skip
            found_choice = _enum(ApproachChoice, choice)
            if found_choice is not None:
                self.approaches[case_id].append((found_choice, _enum(GroupMethod, method)))
        c = m.Conversation
        self.conversations: dict[str, list[tuple[ConversationKind, GroupMethod | None]]] = (
            defaultdict(list)
        )
        kinds = (ConversationKind.RESTORATIVE, ConversationKind.GROUP)
        for case_id, kind, method in rows(c.case_id, _raw(c.kind), _raw(c.group_method),
                                          where=(c.kind.in_(kinds), c.finished.is_(True))):
            self.conversations[case_id].append(
                (ConversationKind(kind), _enum(GroupMethod, method))
            )
        x = m.ExternalContact
        self.external: dict[str, list[tuple[ExternalBody, bool]]] = defaultdict(list)
        for case_id, body, formal in rows(x.case_id, _raw(x.body), x.is_formal_report):
            found_body = _enum(ExternalBody, body)
            if found_body is not None:
                self.external[case_id].append((found_body, bool(formal)))
        self.care_team = {row[0] for row in rows(m.CareTeamConsultation.case_id)}
        f = m.FollowUp
        self.held: dict[str, list[tuple[date, FollowUpOutcome]]] = defaultdict(list)
        for case_id, held_on, outcome in rows(
            f.case_id, f.held_on, _raw(f.outcome),
            where=(f.held_on.is_not(None), f.outcome.is_not(None)),
        ):  # fmt: skip
            found_outcome = _enum(FollowUpOutcome, outcome)
            if found_outcome is not None:
                self.held[case_id].append((held_on, found_outcome))
        p = m.Participant
        self.victims: dict[str, list[tuple[date | None, str]]] = defaultdict(list)
        victims = connection.execute(
            select(p.case_id, m.Person.birth_date, m.Person.class_name)
            .join(m.Case, m.Case.id == p.case_id)
            .join(m.Person, m.Person.id == p.person_id)
            .where(cond, p.role == Role.VICTIM)
        ).all()
        for case_id, birth, class_name in victims:
            self.victims[case_id].append((birth, class_name or ""))

    def facts(
        self, case_id: str, opened: date, closed: date | None, status: CaseStatus,
        classification: str | None,
    ) -> CaseFacts:  # fmt: skip
        report = self.reports.get(case_id)
        reported_on, reporter, media, platforms, forms = report or (None, None, (), "", ())
        choices = self.approaches.get(case_id, [])
        talks = self.conversations.get(case_id, [])
        methods = [method for _c, method in choices] + [method for _k, method in talks]
        external = self.external.get(case_id, [])
        held = self.held.get(case_id, [])
        victims = self.victims.get(case_id, [])
        return CaseFacts(
            case_id=case_id,
            opened_on=opened,
            closed_on=closed,
            status=status,
            reported_on=reported_on,
            reporter=_enum(ReporterKind, reporter),
            media=_enums(Medium, media),
            platforms=platform_keys(platforms or ""),
            forms=_enums(BullyingForm, forms),
            classification=_enum(Classification, classification),
            approaches=tuple(choice for choice, _m in choices),
            group_methods=_enums(GroupMethod, [x for x in methods if x is not None]),
            restorative_held=any(k is ConversationKind.RESTORATIVE for k, _m in talks),
            care_team=case_id in self.care_team,
            outside_bodies=tuple(dict.fromkeys(body for body, _f in external)),
            formal_report=any(formal for _b, formal in external),
            last_outcome=last_outcome(held),
            stopped_on=first_stopped(held),
            victim_ages=tuple(age_group(birth, opened) for birth, _c in victims),
            victim_years=tuple(school_year_level(name) for _b, name in victims),
        )
