"""Loads everything recorded for one case into a domain.entities.CaseRecord."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ehbc_desktop.domain.entities import Amendment, Case, CaseRecord, Participant, Person
from ehbc_desktop.store import mapping
from ehbc_desktop.store import models as m


class CaseNotFoundError(LookupError):
    """No case with this id exists in the vault."""


T = TypeVar("T")

#: The order of each per-case field of a CaseRecord, oldest first where order matters (then by id).
_ORDER: dict[str, tuple[InstrumentedAttribute[Any], ...]] = {
    "triages": (m.Triage.decided_at,),
    "severities": (m.SeverityAssessment.assessed_at,),
    "care_team": (m.CareTeamConsultation.held_on,),
    "consents": (m.VictimConsent.recorded_at,),
    "parent_wishes": (m.ParentInvolvementWish.recorded_at,),
    "parent_overrides": (m.ParentOverride.recorded_at,),
    "approach_decisions": (m.ApproachDecision.decided_at,),
    "conversations": (m.Conversation.held_on,),
    "agreements": (m.Agreement.due,),
    "follow_ups": (m.FollowUp.planned_on,),
    "observations": (m.Observation.observed_on,),
    "notes": (m.CaseNote.written_at,),
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


def _people(session: Session, person_ids: set[str]) -> dict[str, Person]:
    if not person_ids:
        return {}
    stmt = select(m.Person).where(m.Person.id.in_(person_ids))
    return {row.id: mapping.to_record(Person, row) for row in session.execute(stmt).scalars()}


def load_case_record(session: Session, case_id: str) -> CaseRecord:
    """Everything recorded for the case, oldest first where order matters.

    Raises:
        CaseNotFoundError: when the case does not exist.
    """
    case = session.get(m.Case, case_id)
    if case is None:
        raise CaseNotFoundError(case_id)
    participants = _rows(session, Participant, case_id, (m.Participant.position,))
    records: dict[str, Any] = {}
    for field in mapping.CASE_RECORD_FIELDS:
        rows = _rows(session, field.record_type, case_id, _ORDER.get(field.name, ()))
        records[field.name] = rows if field.many else next(iter(rows), None)
    return CaseRecord(
        case=mapping.to_record(Case, case),
        people=_people(session, {p.person_id for p in participants}),
        participants=participants,
        **records,
    )


def load_amendments(session: Session, case_id: str) -> tuple[Amendment, ...]:
    """The amendments of the case's conversations, oldest first (not part of CaseRecord)."""
    stmt = (
        select(m.Amendment)
        .join(m.Conversation)
        .where(m.Conversation.case_id == case_id)
        .order_by(m.Amendment.written_at)
    )
    return tuple(mapping.to_record(Amendment, row) for row in session.execute(stmt).scalars())
