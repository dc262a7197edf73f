"""Each case has exactly one search row, found by its key, through bulk inserts and edits."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from ehbc_desktop.demo.cases import generate_demo_cases
from ehbc_desktop.store import models as m
from ehbc_desktop.store.search import matching_case_ids, reindex_case
from ehbc_desktop.store.writer import insert_case_records


def _consistent(s: Session) -> None:
    rows = s.execute(text(
        "SELECT k.case_id, f.case_id FROM case_search_keys k "
        "JOIN case_search f ON f.rowid = k.doc"
    )).all()
    keys = s.execute(text("SELECT count(*) FROM case_search_keys")).scalar_one()
    fts = s.execute(text("SELECT count(*) FROM case_search")).scalar_one()
    assert all(key == indexed for key, indexed in rows)
    assert len(rows) == keys == fts


def test_bulk_then_edits_keep_one_row_per_case(sessions: sessionmaker[Session]) -> None:
    cases = generate_demo_cases(12, date(2026, 11, 21))
    first, second = cases[:6], cases[6:]
    with sessions.begin() as s:
        insert_case_records(s, first)
    with sessions.begin() as s:
        reindex_case(s, first[2].case.id)
        reindex_case(s, first[2].case.id)
        insert_case_records(s, second)  # bulk rows after single ones: no row id clash
        _consistent(s)
    victim = next(p for p in first[2].people.values())
    with sessions.begin() as s:
        assert first[2].case.id in (matching_case_ids(s, victim.last_name) or set())


def test_a_deleted_case_loses_its_row_and_key(sessions: sessionmaker[Session]) -> None:
    cases = generate_demo_cases(3, date(2026, 11, 21))
    with sessions.begin() as s:
        insert_case_records(s, cases)
    gone = cases[1].case.id
    with sessions.begin() as s:
        s.execute(text("DELETE FROM cases WHERE id = :id"), {"id": gone})
        reindex_case(s, gone)
        _consistent(s)
        assert s.execute(text("SELECT count(*) FROM case_search_keys")).scalar_one() == 2
        assert s.get(m.Case, gone) is None
