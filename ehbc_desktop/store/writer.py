"""Writes whole CaseRecords into the store in bulk (demo data, archive import); the inverse of
the loader. Amendments and evidence bytes are not part of a CaseRecord and are not written here.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow
from ehbc_desktop.store.search import name_key, reindex_case

_ID_CHUNK = 500

# CaseRecord attribute -> ORM class of its rows (field names match the columns).
_CHILDREN: tuple[tuple[str, type[m.Base]], ...] = (
    ("triages", m.Triage),
    ("severities", m.SeverityAssessment),
    ("care_team", m.CareTeamConsultation),
    ("external", m.ExternalContact),
    ("consents", m.VictimConsent),
    ("parent_wishes", m.ParentInvolvementWish),
    ("parent_overrides", m.ParentOverride),
    ("approach_decisions", m.ApproachDecision),
    ("conversations", m.Conversation),
    ("agreements", m.Agreement),
    ("repair_agreements", m.RepairAgreement),
    ("follow_ups", m.FollowUp),
    ("observations", m.Observation),
    ("evidence", m.EvidenceItem),
    ("notes", m.CaseNote),
)


def _plain(value: Any) -> Any:
    """A JSON-ready value: enums as their values, tuples as lists, small records as dicts."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _row(obj: Any) -> dict[str, Any]:
    return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def _existing_people(session: Session, ids: Iterable[str]) -> set[str]:
    wanted = sorted(set(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), _ID_CHUNK):
        chunk = wanted[start : start + _ID_CHUNK]
        found.update(session.execute(select(m.Person.id).where(m.Person.id.in_(chunk))).scalars())
    return found


def insert_case_records(session: Session, records: Sequence[CaseRecord]) -> None:
    """Insert the cases with everything they hold, in the caller's unit of work.

    People already in the vault (same id) are kept as they are. Ids, references and times are
    taken over unchanged; the search index is rebuilt for every case written.
    """
    if not records:
        return
    now = utcnow()
    rows: dict[type[m.Base], list[dict[str, Any]]] = {}

    def add(model: type[m.Base], values: dict[str, Any]) -> None:
        rows.setdefault(model, []).append(values)

    known = _existing_people(session, (p for r in records for p in r.people))
    new_people: dict[str, dict[str, Any]] = {}
    for record in records:
        add(m.Case, {**_row(record.case), "created_at": now, "updated_at": now})
        for person in record.people.values():
            if person.id not in known and person.id not in new_people:
                new_people[person.id] = {
                    **_row(person),
                    "name_key": name_key(person.first_name, person.last_name),
                }
        for position, participant in enumerate(record.participants):
            add(m.Participant, {**_row(participant), "position": position})
        if record.report is not None:
            add(m.Report, _row(record.report))
        for attribute, model in _CHILDREN:
            for item in getattr(record, attribute):
                add(model, _row(item))
    # Rows before the rows that point at them: people and cases first, pupils before the
    # parents and support figures linked to them (SQLite checks each row as it goes in).
    if new_people:
        session.execute(insert(m.Person), list(new_people.values()))
    participants = sorted(rows.get(m.Participant, []), key=lambda r: r["related_to"] is not None)
    rows[m.Participant] = participants
    order: list[type[m.Base]] = [m.Case, m.Participant, m.Report]
    order += [model for _, model in _CHILDREN]
    for model in order:
        if rows.get(model):
            session.execute(insert(model), rows[model])
    for record in records:
        reindex_case(session, record.case.id)
