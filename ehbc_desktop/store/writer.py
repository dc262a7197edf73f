"""Writes whole CaseRecords into the store in bulk (demo data, archive import), with their search
rows; the inverse of the loader. Evidence bytes are not part of a CaseRecord and are not written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ehbc_desktop.domain import entities as e
from ehbc_desktop.store import models as m
from ehbc_desktop.store import search
from ehbc_desktop.store.base import Base
from ehbc_desktop.store.mapping import CASE_RECORD_FIELDS, to_row
from ehbc_desktop.store.writer_rows import (
    case_row,
    participant_rows,
    person_row,
    record_rows,
)

BATCH = 500  # records per round of inserts: bounded memory, few statements


def _at(day: date) -> datetime:
    return datetime.combine(day, time(12), UTC)


def last_activity(record: e.CaseRecord) -> datetime:
    """The latest moment recorded in the case (the case list's "last activity")."""
    moments: list[datetime] = [_at(record.case.opened_on)]
    if record.case.closed_on:
        moments.append(_at(record.case.closed_on))
    moments += [t.decided_at for t in record.triages]
    moments += [a.assessed_at for a in record.severities]
    moments += [c.recorded_at for c in record.consents]
    moments += [d.decided_at for d in record.approach_decisions]
    moments += [n.written_at for n in record.notes]
    moments += [_at(c.held_on) for c in record.conversations]
    moments += [_at(f.held_on) for f in record.follow_ups if f.held_on]
    moments += [_at(o.observed_on) for o in record.observations]
    return max(moments)


def _new_people(session: Session, records: Sequence[e.CaseRecord]) -> list[dict[str, Any]]:
    people: dict[str, e.Person] = {}
    for record in records:
        people.update(record.people)
    existing: set[str] = set()
    ids = list(people)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        existing.update(
            session.execute(select(m.Person.id).where(m.Person.id.in_(chunk))).scalars()
        )
    return [person_row(p) for ident, p in people.items() if ident not in existing]


def _execute(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(model), rows)


def _insert_batch(
    session: Session,
    records: Sequence[e.CaseRecord],
    amendments: dict[str, list[e.Amendment]],
) -> None:
    _execute(session, m.Case, [case_row(r.case, last_activity(r)) for r in records])
    _execute(session, m.Person, _new_people(session, records))
    participants: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for record in records:
        rows, related = participant_rows(record.participants)
        participants += rows
        links += related
    _execute(session, m.Participant, participants)
    if links:
        session.execute(update(m.Participant), links)
    rows_by_model: dict[type[Base], list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        for field in CASE_RECORD_FIELDS:
            rows_by_model[field.model] += record_rows(record, field)
        for conversation in record.conversations:
            rows_by_model[m.Amendment] += [to_row(a) for a in amendments.get(conversation.id, ())]
    for field in CASE_RECORD_FIELDS:
        _execute(session, field.model, rows_by_model[field.model])
        if field.model is m.Conversation:
            _execute(session, m.Amendment, rows_by_model[m.Amendment])
    # Search rows from what was just written, in set-based queries (one per kind of record).
    search.index_new_cases(session, [r.case.id for r in records])


def insert_case_records(
    session: Session,
    records: Sequence[e.CaseRecord],
    amendments: Sequence[e.Amendment] = (),
) -> int:
    """Insert whole cases (every record type, their people and amendments) and search rows.

    People already in the vault (same id) are reused, not replaced. Cases must be new. Runs in
    the caller's unit of work; writes no audit events (the caller records one per import).

    Args:
        session: The open unit of work.
        records: The cases.
        amendments: Amendments of the cases' conversations (not part of CaseRecord).

    Returns:
        The number of cases inserted.
    """
    by_conversation: dict[str, list[e.Amendment]] = defaultdict(list)
    for amendment in amendments:
        by_conversation[amendment.conversation_id].append(amendment)
    for start in range(0, len(records), BATCH):
        _insert_batch(session, records[start : start + BATCH], by_conversation)
    return len(records)
