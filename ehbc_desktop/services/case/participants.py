"""Writes people and their participation in a case (shared by the case service)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import Role
from ehbc_desktop.services.errors import InvalidInputError, NotFoundError
from ehbc_desktop.store import models as m
from ehbc_desktop.store.search import name_key

ADULT_ROLES = frozenset({Role.PARENT, Role.SUPPORT_FIGURE})


@dataclass(frozen=True)
class ParticipantInput:
    """A person in a role, as entered on a form; `person_id` reuses an existing person."""

    first_name: str
    last_name: str = ""
    class_name: str = ""
    role: Role = Role.VICTIM
    birth_date: date | None = None
    person_id: str | None = None
    related_to: str | None = None  # participant id of the pupil (parents, support figures)
    note: str = ""


def _person_for(s: Session, p: ParticipantInput) -> m.Person:
    if p.person_id is not None:
        person = s.get(m.Person, p.person_id)
        if person is None:
            raise NotFoundError("person", p.person_id)
    else:
        person = m.Person(is_pupil=p.role not in ADULT_ROLES)
        s.add(person)
    if not p.first_name.strip():
        raise InvalidInputError("first_name")
    person.first_name = p.first_name.strip()
    person.last_name = p.last_name.strip()
    person.class_name = p.class_name.strip()
    person.birth_date = p.birth_date
    person.name_key = name_key(person.first_name, person.last_name)
    return person


def _check_related(s: Session, case_id: str, related_to: str | None) -> None:
    if related_to is None:
        return
    related = s.get(m.Participant, related_to)
    if related is None or related.case_id != case_id:
        raise NotFoundError("participant", related_to)


def add_participant(s: Session, case_id: str, p: ParticipantInput) -> m.Participant:
    """Create (or reuse) the person and add them to the case in their role."""
    _check_related(s, case_id, p.related_to)
    person = _person_for(s, p)
    s.flush()
    position = s.execute(
        select(func.coalesce(func.max(m.Participant.position), -1)).where(
            m.Participant.case_id == case_id
        )
    ).scalar_one()
    row = m.Participant(
        case_id=case_id,
        person_id=person.id,
        role=p.role,
        related_to=p.related_to,
        note=p.note,
        position=int(position) + 1,
    )
    s.add(row)
    s.flush()
    return row


def update_participant(s: Session, row: m.Participant, p: ParticipantInput) -> None:
    """Change the person's details and the participant's role, link and note."""
    _check_related(s, row.case_id, p.related_to)
    if p.related_to == row.id:
        raise InvalidInputError("related_to")
    person = _person_for(s, p if p.person_id else _with_person(p, row.person_id))
    row.person_id = person.id
    row.role = p.role
    row.related_to = p.related_to
    row.note = p.note


def _with_person(p: ParticipantInput, person_id: str) -> ParticipantInput:
    return ParticipantInput(
        first_name=p.first_name,
        last_name=p.last_name,
        class_name=p.class_name,
        role=p.role,
        birth_date=p.birth_date,
        person_id=person_id,
        related_to=p.related_to,
        note=p.note,
    )
