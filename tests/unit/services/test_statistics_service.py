"""Statistics of a demo vault match counts made independently from the loaded case records."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ehbc_desktop.demo.vault import create_demo_vault
from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import ApproachChoice, Classification, ConversationKind, Role
from ehbc_desktop.domain.statistics.compute import count_period
from ehbc_desktop.domain.statistics.periods import custom, school_year, school_year_of
from ehbc_desktop.domain.statistics.suppression import Mark
from ehbc_desktop.domain.statistics.tables import TableId
from ehbc_desktop.services.access import access
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.statistics.statistics_service import StatisticsService
from ehbc_desktop.store import models as m
from ehbc_desktop.store.case_facts import case_facts
from ehbc_desktop.store.loader import load_case_record

TODAY = date(2026, 11, 21)
PERIOD = custom(date(2026, 1, 1), TODAY)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[CaseRecord]]:
    """A demo vault of 150 cases and every case record loaded back from it."""
    folder = tmp_path_factory.mktemp("stats") / "vault"
    create_demo_vault(folder, "demo zin lang genoeg", cases=150, today=TODAY, seed=17)
    vs = access.unlock(folder, "demo", "demo zin lang genoeg")
    try:
        with vs.unit() as s:
            ids = s.scalars(select(m.Case.id)).all()
            records = [load_case_record(s, case_id) for case_id in ids]
    finally:
        vs.close()
    return folder, records


def _open(folder: Path) -> VaultSession:
    return access.unlock(folder, "demo", "demo zin lang genoeg")


def _in(day: date | None) -> bool:
    return day is not None and PERIOD.start <= day <= PERIOD.end


def _classification(r: CaseRecord) -> str:
    if not r.triages:
        return "observation_only" if r.case.status == "observation" else "not_classified"
    latest = max(r.triages, key=lambda t: (t.decided_at, t.id)).classification
    return {
        Classification.CYBERBULLYING: "cyberbullying",
        Classification.CYBER_AND_CLASSIC: "cyberbullying",
        Classification.CLASSIC_BULLYING: "bullying",
        Classification.CONFLICT: "conflict",
    }[latest]


def _last_outcome(r: CaseRecord) -> str:
    held = [f for f in r.follow_ups if f.held_on and f.outcome]
    if not held:
        return "none"
    last = max(f.held_on for f in held if f.held_on)
    rank = ["worse", "unchanged", "decreased", "stopped"]
    return min((f.outcome.value for f in held if f.held_on == last and f.outcome),
               key=rank.index)  # fmt: skip


def test_counts_match_the_records(demo: tuple[Path, list[CaseRecord]]) -> None:
    folder, records = demo
    vs = _open(folder)
    try:
        with vs.unit() as s:
            raw = count_period(case_facts(s, PERIOD.start, PERIOD.end), PERIOD)
    finally:
        vs.close()
    opened = [r for r in records if _in(r.case.opened_on)]
    assert len(opened) > 60  # the demo spreads cases over the last 200 days
    assert raw.opened == len(opened)
    assert raw.closed == sum(1 for r in records if _in(r.case.closed_on))

    def table(table_id: TableId) -> dict[str, int]:
        found = raw.table(table_id)
        return {c: n for c, n in zip(found.categories, found.counts, strict=True) if n}

    assert table(TableId.CLASSIFICATION) == Counter(_classification(r) for r in opened)
    assert table(TableId.REPORTER) == Counter(
        r.report.reporter_kind.value if r.report else "unknown" for r in opened
    )
    assert table(TableId.MEDIA) == Counter(
        md.value for r in opened if r.report for md in set(r.report.media)
    )
    assert table(TableId.FORMS) == Counter(
        fm.value for r in opened if r.report for fm in set(r.report.forms)
    )
    assert table(TableId.PLATFORMS) == Counter(
        r.report.platforms.lower() for r in opened if r.report and r.report.platforms
    )
    assert table(TableId.APPROACH) == Counter(
        max(r.approach_decisions, key=lambda a: a.decided_at).choice.value
        if r.approach_decisions else "none"
        for r in opened
    )  # fmt: skip
    escalated = sum(
        1 for r in opened
        if [a.choice for a in sorted(r.approach_decisions, key=lambda a: a.decided_at)][-2:]
        == [ApproachChoice.NON_CONFRONTATIONAL_GROUP, ApproachChoice.CONFRONTATIONAL]
    )  # fmt: skip
    assert table(TableId.STEPS).get("to_confrontational", 0) == escalated > 0
    assert table(TableId.STEPS).get("restorative", 0) == sum(
        1 for r in opened if any(c.kind is ConversationKind.RESTORATIVE and c.finished
                                 for c in r.conversations)
    )  # fmt: skip
    assert table(TableId.STEPS)["care_team"] == sum(1 for r in opened if r.care_team)
    assert table(TableId.OUTSIDE_BODIES) == Counter(
        body.value for r in opened for body in {x.body for x in r.external}
    )
    assert table(TableId.OUTCOME) == Counter(_last_outcome(r) for r in opened)
    victims = [
        (r.people[p.person_id], r.case.opened_on)
        for r in opened for p in r.participants if p.role is Role.VICTIM
    ]  # fmt: skip
    assert table(TableId.VICTIM_YEARS) == Counter(person.class_name[0] for person, _ in victims)
    assert sum(raw.table(TableId.VICTIM_AGES).counts) == len(victims)
    stopped = []
    for r in opened:
        days = [f.held_on for f in r.follow_ups if f.held_on and f.outcome == "stopped"]
        if days:
            start = r.report.reported_on if r.report else r.case.opened_on
            stopped.append((min(days) - start).days)
    stopped = [d for d in stopped if d >= 0]  # a stop before the report is a recording slip
    assert sorted(stopped) == list(raw.days_to_stopped)
    assert statistics.median(stopped) == statistics.median(raw.days_to_stopped)


def test_service_publishes_counts_only_with_small_cells_hidden(
    demo: tuple[Path, list[CaseRecord]],
) -> None:
    folder, records = demo
    vs = _open(folder)
    try:
        published = StatisticsService(vs).statistics(PERIOD)
    finally:
        vs.close()
    assert published.threshold == 5
    assert published.opened.value == sum(1 for r in records if _in(r.case.opened_on))
    for table in published.tables:
        for row in table.rows:
            for shown in (row.current, row.previous):
                if shown.mark is Mark.EXACT:
                    assert shown.value is not None and (shown.value == 0 or shown.value >= 5)
                else:
                    assert shown.value is None
    assert published.days_to_stopped.median is not None
    assert published.previous_period.end == date(2025, 12, 31)


def test_threshold_setting_is_used(demo: tuple[Path, list[CaseRecord]]) -> None:
    folder, _records = demo
    vs = _open(folder)
    try:
        published = StatisticsService(vs).statistics(school_year_of(TODAY), threshold=10)
    finally:
        vs.close()
    for table in published.tables:
        for row in table.rows:
            assert row.current.value in (None, 0) or row.current.value >= 10


def test_a_confidential_case_counts_and_adds_nothing_else(
    demo: tuple[Path, list[CaseRecord]],
) -> None:
    """Through the pure layer (cases carry no confidential flag yet; the store has the hook)."""
    from dataclasses import replace

    folder, _records = demo
    vs = _open(folder)
    try:
        with vs.unit() as s:
            facts = case_facts(s, PERIOD.start, PERIOD.end)
    finally:
        vs.close()
    before = count_period(facts, PERIOD)
    secret = next(f for f in facts if _in(f.opened_on) and f.victim_ages and f.media)
    # A confidential case arrives from the store with its dates and status only.
    hidden = [
        type(f)(f.case_id, f.opened_on, f.closed_on, f.status, True) if f is secret else f
        for f in facts
    ]
    after = count_period(hidden, PERIOD)
    assert after.opened == before.opened
    for old, new in zip(before.tables, after.tables, strict=True):
        if old.single and old.id not in (TableId.VICTIM_AGES, TableId.VICTIM_YEARS):
            assert new.count("confidential") == 1
            assert sum(new.counts) == sum(old.counts)
    assert sum(after.table(TableId.VICTIM_AGES).counts) == sum(
        before.table(TableId.VICTIM_AGES).counts
    ) - len(secret.victim_ages)
    assert sum(after.table(TableId.MEDIA).counts) == sum(
        before.table(TableId.MEDIA).counts
    ) - len(secret.media)
    # Even with every detail still in its facts, a confidential case adds only its count.
    leaky = [replace(f, confidential=True) if f is secret else f for f in facts]
    assert count_period(leaky, PERIOD) == after


def test_school_year_compares_with_the_year_before() -> None:
    year = school_year(2025)
    assert year.previous() == school_year(2024)


def test_a_sealed_case_is_counted_as_confidential_and_nothing_more(tmp_path: Path) -> None:
    from ehbc_desktop.services.rights.confidential import ConfidentialService

    folder = tmp_path / "vault"
    create_demo_vault(folder, "demo zin lang genoeg", cases=20, today=TODAY, seed=3)
    vs = _open(folder)
    try:
        with vs.unit() as s:
            before = count_period(case_facts(s, PERIOD.start, PERIOD.end), PERIOD)
            secret = next(f for f in case_facts(s, PERIOD.start, PERIOD.end)
                          if _in(f.opened_on) and f.victim_ages)  # fmt: skip
        ConfidentialService(vs).seal(secret.case_id, ["demo"])
        with vs.unit() as s:
            facts = case_facts(s, PERIOD.start, PERIOD.end)
        sealed = next(f for f in facts if f.case_id == secret.case_id)
        assert sealed.confidential
        assert (sealed.media, sealed.victim_ages, sealed.platforms, sealed.classification) == (
            (), (), (), None
        )
        after = count_period(facts, PERIOD)
    finally:
        vs.close()
    assert after.opened == before.opened
    assert after.table(TableId.CLASSIFICATION).count("confidential") == 1
    assert sum(after.table(TableId.VICTIM_AGES).counts) == sum(
        before.table(TableId.VICTIM_AGES).counts
    ) - len(secret.victim_ages)
