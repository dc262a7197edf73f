"""The search index: one row per record, in case-list order; an edit rewrites only what changed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from ehbc_desktop.demo.cases import generate_demo_cases
from ehbc_desktop.store import models as m
from ehbc_desktop.store.queries import case_page
from ehbc_desktop.store.search import (
    ITEM_BITS,
    docs_newest_first,
    index_item,
    index_new_cases,
    matching_case_ids,
    reindex_case,
    unindexed_case_ids,
)
from ehbc_desktop.store.writer import insert_case_records


def _rows(s: Session) -> dict[str, tuple[int, str]]:
    """Every FTS row: {item key: (row id, text)}."""
    found = s.execute(text("SELECT rowid, item, text FROM case_search")).all()
    return {item: (rowid, body) for rowid, item, body in found}


def _consistent(s: Session) -> None:
    """Every row lies in the row-id range of a case that has a key, and every case has one."""
    docs = set(s.execute(text("SELECT doc FROM case_search_keys")).scalars())
    rows = _rows(s)
    assert all(rowid >> ITEM_BITS in docs for rowid, _ in rows.values())
    assert s.execute(text("SELECT count(*) FROM cases")).scalar_one() == len(docs)


def test_bulk_then_edits_keep_the_index_whole(sessions: sessionmaker[Session]) -> None:
    cases = generate_demo_cases(12, date(2026, 11, 21))
    first, second = cases[:6], cases[6:]
    with sessions.begin() as s:
        insert_case_records(s, first)
    with sessions.begin() as s:
        before = _rows(s)
        reindex_case(s, first[2].case.id)
        reindex_case(s, first[2].case.id)
        assert _rows(s) == before  # nothing changed, so nothing was rewritten
        insert_case_records(s, second)
        _consistent(s)
    victim = next(p for p in first[2].people.values())
    with sessions.begin() as s:
        assert first[2].case.id in (matching_case_ids(s, victim.last_name) or set())


def test_an_edit_rewrites_only_the_changed_record(sessions: sessionmaker[Session]) -> None:
    cases = generate_demo_cases(2, date(2026, 11, 21))
    with sessions.begin() as s:
        insert_case_records(s, cases)
    case_id = cases[0].case.id
    with sessions.begin() as s:
        before = _rows(s)
        row = s.get(m.Case, case_id)
        assert row is not None
        row.title = "Zwembadfoto's"
        s.flush()
        reindex_case(s, case_id)
        after = _rows(s)
    changed = {k for k in after if after[k] != before.get(k)}
    assert changed == {f"case:{case_id}"}
    assert after[f"case:{case_id}"][0] == before[f"case:{case_id}"][0]  # same row id
    with sessions.begin() as s:
        assert matching_case_ids(s, "zwembadfoto") == {case_id}


def test_a_new_note_adds_one_row(sessions: sessionmaker[Session]) -> None:
    cases = generate_demo_cases(2, date(2026, 11, 21))
    with sessions.begin() as s:
        insert_case_records(s, cases)
    case_id = cases[1].case.id
    with sessions.begin() as s:
        before = _rows(s)
        index_item(s, case_id, "note:n1", "Afspraak met de klastitularis")
        after = _rows(s)
    assert set(after) - set(before) == {"note:n1"}
    assert all(after[k] == v for k, v in before.items())
    with sessions.begin() as s:
        assert matching_case_ids(s, "klastit afspraak") == {case_id}


def test_words_may_be_in_different_records(sessions: sessionmaker[Session]) -> None:
    cases = generate_demo_cases(3, date(2026, 11, 21))
    with sessions.begin() as s:
        insert_case_records(s, cases)
        case_id = cases[0].case.id
        index_item(s, case_id, "note:a", "zwemles")
        index_item(s, case_id, "note:b", "fietsenstalling")
        assert matching_case_ids(s, "zwem fiets") == {case_id}
        assert matching_case_ids(s, "zwem onbestaandwoord") == set()


def test_documents_follow_the_case_list_order(sessions: sessionmaker[Session]) -> None:
    cases = generate_demo_cases(30, date(2026, 11, 21))
    with sessions.begin() as s:
        insert_case_records(s, cases[15:])
        insert_case_records(s, cases[:15])
    with sessions.begin() as s:
        newest = [r.opened_on for r in case_page(s, "", [], limit=30).rows]
        assert newest == sorted(newest, reverse=True)
        docs = list(docs_newest_first(s, "a"))
        assert docs == sorted(docs, reverse=True)


def test_pages_continue_where_the_last_one_stopped(sessions: sessionmaker[Session]) -> None:
    cases = generate_demo_cases(25, date(2026, 11, 21))
    with sessions.begin() as s:
        insert_case_records(s, cases)
        first = case_page(s, "", [], limit=10)
        second = case_page(s, "", [], limit=10, after=first.after)
        third = case_page(s, "", [], limit=10, after=second.after)
    ids = [r.id for page in (first, second, third) for r in page.rows]
    assert len(ids) == len(set(ids)) == 25
    assert third.after is None and first.after is not None


def test_a_deleted_case_loses_its_rows_and_key(sessions: sessionmaker[Session]) -> None:
    cases = generate_demo_cases(3, date(2026, 11, 21))
    with sessions.begin() as s:
        insert_case_records(s, cases)
    gone = cases[1].case.id
    with sessions.begin() as s:
        s.execute(text("DELETE FROM cases WHERE id = :id"), {"id": gone})
        reindex_case(s, gone)
        _consistent(s)
        assert not any(item == f"case:{gone}" for item in _rows(s))
        assert s.get(m.Case, gone) is None


def test_an_emptied_index_is_filled_again(sessions: sessionmaker[Session]) -> None:
    cases = generate_demo_cases(4, date(2026, 11, 21))
    with sessions.begin() as s:
        insert_case_records(s, cases)
        before = _rows(s)
        s.execute(text("DELETE FROM case_search"))
        s.execute(text("DELETE FROM case_search_keys"))
        missing = unindexed_case_ids(s)
        assert len(missing) == 4
        index_new_cases(s, missing)
        assert _rows(s) == before
