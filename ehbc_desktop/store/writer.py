"""Writes whole CaseRecords into the store in bulk (demo data, archive import), with their search
rows; the inverse of the loader. Evidence bytes are not part of a CaseRecord and are not written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from ehbc_desktop.domain import entities as e
from ehbc_desktop.store import models as m
from ehbc_desktop.store import search
from ehbc_desktop.store.base import Base
from ehbc_desktop.store.writer_rows import RECORD_ROWS, case_row, participant_rows, person_row

BATCH = 500  # records per round of inserts: bounded memory, few statements

_SEARCH_INSERT = text(
    "INSERT INTO case_search (rowid, case_id, reference, names, body)"
    " VALUES (:doc, :case_id, :reference, :names, :body)"
)


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


def search_body(record: e.CaseRecord, amendments: Iterable[e.Amendment] = ()) -> str:
    """All free text of a case, as `store.search` indexes it."""
    parts: list[str] = [record.case.title]
    if record.report:
        parts += [record.report.description, record.report.platforms]
    parts += [n.text for n in record.notes]
    parts += [o.note for o in record.observations]
    parts += [p.note for p in record.participants]
    parts += [a.what for a in record.agreements] + [a.who for a in record.agreements]
    parts += [f.note for f in record.follow_ups]
    parts += [c.conclusion for c in record.care_team]
    parts += [x.note for x in record.external]
    parts += [x.description for x in record.evidence]
    for conversation in record.conversations:
        parts += [a.value for a in conversation.answers] + [conversation.summary]
    parts += [a.text for a in amendments]
    parts += [line for r in record.repair_agreements for line in r.engagements]
    return "\n".join(p for p in parts if p)


def search_names(record: e.CaseRecord) -> str:
    """The participants' names, as `store.search` indexes them."""
    names = []
    for participant in record.participants:
        person = record.people.get(participant.person_id)
        if person is not None:
            names.append(f"{person.first_name} {person.last_name}")
    return " ".join(names)


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
        # Links go in after every participant exists: a parent may come before their pupil.
        session.execute(update(m.Participant), links)
    rows_by_model: dict[type[Base], list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        for model, convert in RECORD_ROWS:
            rows_by_model[model] += convert(record)
        for conversation in record.conversations:
            rows_by_model[m.Amendment] += [
                _amendment_row(a) for a in amendments.get(conversation.id, ())
            ]
    for model, _convert in RECORD_ROWS:
        _execute(session, model, rows_by_model[model])
        if model is m.Conversation:
            _execute(session, m.Amendment, rows_by_model[m.Amendment])
    # Bulk rows take fresh FTS row ids above every key in use, then get their keys.
    after = search.last_doc(session)
    session.execute(
        _SEARCH_INSERT,
        [
            {
                "doc": after + number,
                "case_id": r.case.id,
                "reference": r.case.reference,
                "names": search_names(r),
                "body": search_body(
                    r, [a for c in r.conversations for a in amendments.get(c.id, ())]
                ),
            }
            for number, r in enumerate(records, start=1)
        ],
    )
    search.register_new_rows(session, after)


def _amendment_row(a: e.Amendment) -> dict[str, Any]:
    return {
        "id": a.id,
        "conversation_id": a.conversation_id,
        "written_at": a.written_at,
        "text": a.text,
        "written_by": a.written_by,
    }


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
