"""Loads everything recorded for one case into a domain.entities.CaseRecord."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ehbc_desktop.domain import entities as e
from ehbc_desktop.store import mapping
from ehbc_desktop.store import models as m


class CaseNotFoundError(LookupError):
    """No case with this id exists in the vault."""


T = TypeVar("T")

#: The order of each kind of per-case record, oldest first where order matters (then by id).
_ORDER: dict[type[Any], tuple[InstrumentedAttribute[Any], ...]] = {
    e.Triage: (m.Triage.decided_at,),
    e.SeverityAssessment: (m.SeverityAssessment.assessed_at,),
    e.CareTeamConsultation: (m.CareTeamConsultation.held_on,),
    e.VictimConsent: (m.VictimConsent.recorded_at,),
    e.ParentInvolvementWish: (m.ParentInvolvementWish.recorded_at,),
    e.ParentOverride: (m.ParentOverride.recorded_at,),
    e.ApproachDecision: (m.ApproachDecision.decided_at,),
    e.Conversation: (m.Conversation.held_on,),
    e.Agreement: (m.Agreement.due,),
    e.FollowUp: (m.FollowUp.planned_on,),
    e.Observation: (m.Observation.observed_on,),
    e.CaseNote: (m.CaseNote.written_at,),
}


def _rows(
    session: Session,
    cls: type[T],
    case_id: str,
    order: Sequence[InstrumentedAttribute[Any]] = (),
) -> tuple[T, ...]:
    model: Any = mapping.RECORDS.model(cls)
    stmt = select(model).where(model.case_id == case_id).order_by(*order, model.id)
    return tuple(mapping.to_record(cls, row) for row in session.execute(stmt).scalars())


def _people(session: Session, person_ids: set[str]) -> dict[str, e.Person]:
    if not person_ids:
        return {}
    stmt = select(m.Person).where(m.Person.id.in_(person_ids))
    return {row.id: mapping.to_record(e.Person, row) for row in session.execute(stmt).scalars()}


def load_case_record(session: Session, case_id: str) -> e.CaseRecord:
    """Everything recorded for the case, oldest first where order matters.

    Raises:
        CaseNotFoundError: when the case does not exist.
    """
    case = session.get(m.Case, case_id)
    if case is None:
        raise CaseNotFoundError(case_id)
    participants = _rows(session, e.Participant, case_id, (m.Participant.position,))
    records: dict[str, Any] = {}
    for field in mapping.CASE_RECORD_FIELDS:
        rows = _rows(session, field.record_type, case_id, _ORDER.get(field.record_type, ()))
        records[field.name] = rows if field.many else next(iter(rows), None)
    return e.CaseRecord(
        case=mapping.to_record(e.Case, case),
        people=_people(session, {p.person_id for p in participants}),
        participants=participants,
        **records,
    )


def load_amendments(session: Session, case_id: str) -> tuple[e.Amendment, ...]:
    """The amendments of the case's conversations, oldest first (not part of CaseRecord)."""
    stmt = (
        select(m.Amendment)
        .join(m.Conversation)
        .where(m.Conversation.case_id == case_id)
        .order_by(m.Amendment.written_at)
    )
    return tuple(mapping.to_record(e.Amendment, row) for row in session.execute(stmt).scalars())
