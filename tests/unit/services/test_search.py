"""Searching cases: prefixes per word, accents and case ignored, names, notes and free text."""

from __future__ import annotations

from datetime import date

import pytest

from ehbc_desktop.domain.enums import CaseStatus, ConversationKind, ReporterKind
from ehbc_desktop.services.case.cases import CaseOrder, CaseService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from ehbc_desktop.store.search import match_expression, reindex_case
from tests.builders.inputs import bully, victim


@pytest.fixture
def two_cases(vault_session: VaultSession) -> tuple[CaseService, str, str]:
    cases = CaseService(vault_session)
    a = cases.create_case(
        "Groepschat",
        [victim("Noé", "Janssens"), bully("Tibo", "Verstraeten")],
        opened_on=date(2026, 1, 5),
    )
    b = cases.create_case("Sportclub", [victim("Lotte", "Peeters")], opened_on=date(2026, 1, 6))
    cases.add_note(b, "Berichten via Snapchat over de zwemles")
    return cases, a, b


def _ids(cases: CaseService, text: str) -> set[str]:
    return {row.id for row in cases.list_cases(text=text)}


def test_prefix_of_a_name_finds_the_case(two_cases: tuple[CaseService, str, str]) -> None:
    cases, a, b = two_cases
    assert _ids(cases, "jan") == {a}
    assert _ids(cases, "JANSSENS") == {a}
    assert _ids(cases, "pee") == {b}
    assert _ids(cases, "t verst") == {a}  # every word a prefix, all words must match


def test_accents_are_ignored_both_ways(two_cases: tuple[CaseService, str, str]) -> None:
    cases, a, _ = two_cases
    assert _ids(cases, "noe") == {a}
    assert _ids(cases, "Noé") == {a}
    assert _ids(cases, "NOË") == {a}


def test_notes_title_and_reference_are_searched(two_cases: tuple[CaseService, str, str]) -> None:
    cases, a, b = two_cases
    assert _ids(cases, "snapch") == {b}
    assert _ids(cases, "zwem") == {b}
    assert _ids(cases, "groeps") == {a}
    assert _ids(cases, "2026-0002") == {b}


def test_no_match_and_odd_input(two_cases: tuple[CaseService, str, str]) -> None:
    cases, a, b = two_cases
    assert _ids(cases, "xylofoon") == set()
    assert _ids(cases, "jan xylofoon") == set()
    assert _ids(cases, 'jan"* OR (') == set()  # operators are plain words that must match
    assert _ids(cases, '("jan"*') == {a}
    assert _ids(cases, "  ") == {a, b}  # no words: no text filter
    assert match_expression("?!") is None


def test_changes_are_reindexed(two_cases: tuple[CaseService, str, str]) -> None:
    cases, a, _ = two_cases
    victim_id = cases.get_case(a).participants[0].id
    cases.remove_participant(victim_id)
    assert _ids(cases, "jan") == set()
    cases.update_case(a, title="Instagramaccount")
    assert _ids(cases, "instag") == {a}


def test_report_and_conversation_answers_are_indexed(
    vault_session: VaultSession, two_cases: tuple[CaseService, str, str]
) -> None:
    cases, a, _ = two_cases
    with vault_session.sessions.begin() as s:
        s.add(
            m.Report(
                case_id=a,
                reported_on=date(2026, 1, 5),
                reporter_kind=ReporterKind.PEER,
                channel="",
                media=[],
                platforms="",
                forms=[],
                description="Nepprofiel aangemaakt",
            )
        )
        s.add(
            m.Conversation(
                case_id=a,
                kind=ConversationKind.VICTIM,
                form_id="victim",
                form_version=1,
                held_on=date(2026, 1, 7),
                participant_ids=[],
                answers=[
                    {"field_id": "f", "question": "Wat?", "value": "Uitgelachen in de refter"}
                ],
                summary="",
            )
        )
        s.flush()
        reindex_case(s, a)
    assert _ids(cases, "nepprof") == {a}
    assert _ids(cases, "refter") == {a}


def test_text_and_status_filters_combine(two_cases: tuple[CaseService, str, str]) -> None:
    cases, a, _ = two_cases
    assert [r.id for r in cases.list_cases("jan", statuses={CaseStatus.OPEN})] == [a]
    assert cases.list_cases("jan", statuses={CaseStatus.OBSERVATION}) == []


def test_a_limit_keeps_the_newest_matches_with_their_names(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    ids = [
        cases.create_case(f"Zaak {day}", [victim("Mila", f"Maes{day}")],
                          opened_on=date(2026, 2, day))
        for day in range(1, 6)
    ]
    rows = cases.list_cases(text="mila", limit=3)
    assert [row.id for row in rows] == ids[::-1][:3]
    assert rows[0].victims == ("Mila Maes5",)
    assert len(cases.list_cases(text="mila")) == 5


def test_case_pages_are_newest_first_and_filtered(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    ids = [
        cases.create_case(f"Zaak {day}", [victim("Mila", f"Maes{day}")],
                          opened_on=date(2026, 2, day))
        for day in range(1, 8)
    ]
    first = cases.case_page("mila", limit=3)
    second = cases.case_page("mila", limit=3, after=first.after)
    third = cases.case_page("mila", limit=3, after=second.after)
    assert [r.id for p in (first, second, third) for r in p.rows] == ids[::-1]
    assert third.after is None
    assert cases.count_cases("mila") == 7
    assert cases.case_page("mila", statuses={CaseStatus.CLOSED}).rows == []
    unclassified = cases.case_page("", classifications={None}, limit=100)
    assert len(unclassified.rows) == 7 and cases.count_cases("", classifications={None}) == 7
    assert cases.case_page("maes3 mila").rows[0].id == ids[2]


def test_a_sorted_column_is_paged_in_its_own_order(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    for title in ("Bravo", "alfa", "Delta", "charlie"):
        cases.create_case(title, [victim("Tibo", "Claes")], opened_on=date(2026, 3, 1))
    order = CaseOrder("title")
    first = cases.case_page("tibo", limit=3, order=order)
    rest = cases.case_page("tibo", limit=3, after=first.after, order=order)
    assert [r.title for r in first.rows + rest.rows] == ["alfa", "Bravo", "charlie", "Delta"]
    backwards = cases.case_page(limit=10, order=CaseOrder("title", descending=True))
    assert [r.title for r in backwards.rows] == ["Delta", "charlie", "Bravo", "alfa"]


def test_case_labels_are_newest_first(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    old = cases.create_case("Oud", opened_on=date(2025, 1, 2))
    new = cases.create_case("Nieuw", opened_on=date(2026, 1, 2))
    assert cases.case_labels() == [(new, "2026-0001  Nieuw"), (old, "2025-0001  Oud")]
