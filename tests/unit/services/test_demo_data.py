"""The demo generator: every route, deterministic, clearly fictional, consistent records."""

from __future__ import annotations

from datetime import date

from ehbc_desktop.demo.cases import ROUTES, generate_demo_cases
from ehbc_desktop.domain.enums import CaseStatus, Classification, ConversationKind
from ehbc_desktop.domain.stepplan import build_step_plan

TODAY = date(2026, 11, 21)


def test_the_first_cases_walk_every_route() -> None:
    cases = generate_demo_cases(len(ROUTES), TODAY)
    assert cases[0].case.status is CaseStatus.OBSERVATION
    classes = {t.classification for c in cases for t in c.triages}
    assert classes == set(Classification)
    kinds = {conv.kind for c in cases for conv in c.conversations}
    assert {
        ConversationKind.VICTIM,
        ConversationKind.BULLY,
        ConversationKind.GROUP,
        ConversationKind.RESTORATIVE,
        ConversationKind.INVOLVED,
    } <= kinds
    assert any(len(c.approach_decisions) == 2 for c in cases)  # the escalation
    assert any(c.repair_agreements for c in cases)


def test_same_seed_same_cases_and_unique_references() -> None:
    first = generate_demo_cases(50, TODAY, seed=7)
    again = generate_demo_cases(50, TODAY, seed=7)
    assert [c.case.reference for c in first] == [c.case.reference for c in again]
    assert [p.full_name for c in first for p in c.people.values()] == [
        p.full_name for c in again for p in c.people.values()
    ]
    assert len({c.case.reference for c in first}) == 50


def test_records_point_at_their_own_case_and_people() -> None:
    for record in generate_demo_cases(60, TODAY):
        case_id = record.case.id
        assert all(
            p.case_id == case_id and p.person_id in record.people for p in record.participants
        )
        assert all(f.case_id == case_id for f in record.follow_ups)
        assert all(a.due is not None and a.who and a.what for a in record.agreements)
        build_step_plan(record, TODAY)  # every generated record is one the engine accepts


def test_open_cases_have_planned_follow_ups_some_overdue() -> None:
    cases = generate_demo_cases(200, TODAY)
    unheld = [
        f
        for c in cases
        if c.case.status is not CaseStatus.CLOSED
        for f in c.follow_ups
        if f.held_on is None
    ]
    assert any(f.planned_on < TODAY for f in unheld)
    assert any(f.planned_on >= TODAY for f in unheld)
    closed = [c for c in cases if c.case.status is CaseStatus.CLOSED]
    assert closed
    assert all(c.case.retention_until and c.case.closed_on for c in closed)
