"""Every record of domain.entities maps to its table and back, derived from type hints alone."""

from __future__ import annotations

import dataclasses
import inspect
import json
import types
import typing
from datetime import UTC, date, datetime
from typing import Any
from uuid import uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON
from sqlalchemy.orm import Session, sessionmaker

from ehbc_desktop.domain import entities as e
from ehbc_desktop.store import models as m
from ehbc_desktop.store.codec import type_hints
from ehbc_desktop.store.loader import load_amendments, load_case_record
from ehbc_desktop.store.mapping import CASE_RECORD_FIELDS, RECORDS, to_record, to_row
from ehbc_desktop.store.writer import insert_case_records

#: Records of domain.entities that have no table of their own, and why.
NOT_TABLES = {
    e.Answer: "stored inside conversations.answers (JSON)",
    e.SupportFigure: "stored inside repair_agreements.support_figures (JSON)",
    e.RestorativeGridCell: "never stored: read from a conversation's answers",
    e.CaseRecord: "the aggregate of a case's tables (store.loader, store.writer)",
}

#: Tables that hold no record of domain.entities, and why.
NOT_RECORDS = {
    m.Draft: "a wizard's unfinished form, a JSON payload",
    m.SchoolSetting: "a key and a JSON value",
    m.SealedCase: "ciphertext of a sealed case",
    m.CaseAccess: "wrapped case keys",
    m.EvidenceExport: "the evidence export log (services.evidence)",
    m.ThermometerMeasurement: "counts only (services.archive.thermometer_rows maps them)",
}

SCALARS: dict[Any, st.SearchStrategy[Any]] = {
    str: st.text(max_size=12),
    int: st.integers(min_value=0, max_value=2**31 - 1),
    bool: st.booleans(),
    date: st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    datetime: st.datetimes(
        min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31), timezones=st.just(UTC)
    ),
}


def values_of(tp: Any) -> st.SearchStrategy[Any]:
    """Any value of the type hint `tp`, built from the hint alone (as the mapper reads it)."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        return st.one_of(*(st.none() if a is type(None) else values_of(a) for a in args))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(values_of(args[0]), max_size=3).map(tuple)
        return st.tuples(*(values_of(a) for a in args))
    if origin is dict:
        return st.dictionaries(values_of(args[0]), values_of(args[1]), max_size=3)
    if dataclasses.is_dataclass(tp):
        hints = type_hints(tp)  # type: ignore[arg-type]
        fields = {f.name: values_of(hints[f.name]) for f in dataclasses.fields(tp)}
        return st.builds(tp, **fields)  # type: ignore[arg-type]
    return SCALARS[tp] if tp in SCALARS else st.sampled_from(tp)


def test_every_record_matches_its_table() -> None:
    # A field without a column (or a column without a field) must be declared with its reason.
    assert RECORDS.problems() == []


def test_every_entity_has_a_table_or_a_reason() -> None:
    dataclasses_of_entities = {
        c for _, c in inspect.getmembers(e, inspect.isclass)
        if dataclasses.is_dataclass(c) and c.__module__ == e.__name__
    }  # fmt: skip
    assert dataclasses_of_entities == set(RECORDS.record_types()) | set(NOT_TABLES)


def test_every_table_holds_a_record_or_has_a_reason() -> None:
    models = {getattr(m, name) for name in m.__all__} - {m.Base}
    stored = {RECORDS.model(cls) for cls in RECORDS.record_types()}
    assert models == stored | set(NOT_RECORDS)


@pytest.mark.parametrize("cls", RECORDS.record_types(), ids=lambda c: c.__name__)
@settings(max_examples=30)
@given(data=st.data())
def test_every_record_survives_its_row(cls: type[Any], data: st.DataObject) -> None:
    record = data.draw(values_of(cls))
    model = RECORDS.model(cls)
    columns = model.__table__.columns
    row = {
        # What a JSON column stores is JSON: put it through the text form as the database does.
        name: json.loads(json.dumps(value)) if isinstance(columns[name].type, JSON) else value
        for name, value in to_row(record).items()
    }
    assert to_record(cls, model(**row)) == record


def _record_of(data: st.DataObject) -> tuple[e.CaseRecord, tuple[e.Amendment, ...]]:
    """A case with zero to three of every record, drawn from the type hints; ids made to fit."""

    def draw(cls: type[Any], **fixed: Any) -> Any:
        return dataclasses.replace(data.draw(values_of(cls)), id=uuid4().hex, **fixed)

    case = draw(e.Case, reference=uuid4().hex[:20])
    people = [draw(e.Person) for _ in range(2)]
    pupil = draw(e.Participant, case_id=case.id, person_id=people[0].id, related_to=None)
    parent = draw(e.Participant, case_id=case.id, person_id=people[1].id, related_to=pupil.id)
    refs = {
        "case_id": case.id,
        "victim_participant_id": pupil.id,
        "pupil_participant_id": pupil.id,
    }
    records: dict[str, Any] = {}
    for field in CASE_RECORD_FIELDS:
        own = {k: v for k, v in refs.items() if k in type_hints(field.record_type)}
        if "conversation_id" in type_hints(field.record_type):
            own["conversation_id"] = next((c.id for c in records["conversations"]), None)
        count = data.draw(st.integers(0, 3 if field.many else 1))
        items = tuple(draw(field.record_type, **own) for _ in range(count))
        records[field.name] = items if field.many else next(iter(items), None)
    amendments = tuple(draw(e.Amendment, conversation_id=c.id) for c in records["conversations"])
    people_by_id = {p.id: p for p in people}
    return e.CaseRecord(case, people_by_id, (parent, pupil), **records), amendments


def _by_id(record: e.CaseRecord) -> dict[str, Any]:
    return {
        f.name: sorted(getattr(record, f.name), key=lambda x: x.id) if f.many else None
        for f in CASE_RECORD_FIELDS
    } | {"report": record.report, "case": record.case, "people": record.people}


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_whole_records_round_trip_through_the_database(
    sessions: sessionmaker[Session], data: st.DataObject
) -> None:
    record, amendments = _record_of(data)
    with sessions.begin() as s:
        insert_case_records(s, [record], amendments)
    with sessions() as s:
        loaded = load_case_record(s, record.case.id)
        loaded_amendments = load_amendments(s, record.case.id)
    assert loaded.participants == record.participants  # in the order entered
    assert _by_id(loaded) == _by_id(record)  # the loader sorts by date, then id
    assert sorted(loaded_amendments, key=lambda a: a.id) == sorted(amendments, key=lambda a: a.id)
