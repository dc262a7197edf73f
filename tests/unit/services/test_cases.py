"""CaseService: create, rename, participants, notes, reading and the timeline."""

from __future__ import annotations

from datetime import date

import pytest

from ehbc_desktop.domain.enums import CaseStatus, Classification, Role
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.errors import CaseNotFoundError, InvalidInputError, NotFoundError
from ehbc_desktop.services.session import VaultSession
from tests.builders.inputs import bully, victim
from tests.builders.vault import add_follow_up, add_triage


def test_create_case_numbers_per_year_and_keeps_participants(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    first = cases.create_case("Groepschat 2B", [victim(), bully()], opened_on=date(2026, 3, 2))
    second = cases.create_case("Tweede", opened_on=date(2026, 5, 1))
    other_year = cases.create_case("Nieuw jaar", opened_on=date(2027, 1, 8))

    record = cases.get_case(first)
    assert record.case.reference == "2026-0001"
    assert cases.get_case(second).case.reference == "2026-0002"
    assert cases.get_case(other_year).case.reference == "2027-0001"
    assert record.case.status is CaseStatus.OPEN
    assert [p.role for p in record.participants] == [Role.VICTIM, Role.BULLY]
    names = [record.people[p.person_id].full_name for p in record.participants]
    assert names == ["Noé Janssens", "Tibo Verstraeten"]
    assert record.people[record.participants[0].person_id].class_name == "2B"


def test_update_case_and_participants(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    case_id = cases.create_case("Oud", [victim()])
    cases.update_case(case_id, title="Nieuw")
    victim_id = cases.get_case(case_id).participants[0].id
    parent_id = cases.add_participant(
        case_id,
        ParticipantInput("Els", "Janssens", role=Role.PARENT, related_to=victim_id),
    )
    record = cases.get_case(case_id)
    assert record.case.title == "Nieuw"
    parent = next(p for p in record.participants if p.id == parent_id)
    assert parent.related_to == victim_id
    assert record.people[parent.person_id].is_pupil is False

    cases.update_participant(victim_id, ParticipantInput("Noë", "Janssen", "3A", Role.VICTIM))
    record = cases.get_case(case_id)
    person = record.people[record.participants[0].person_id]
    assert (person.first_name, person.last_name, person.class_name) == ("Noë", "Janssen", "3A")

    cases.remove_participant(parent_id)
    assert [p.id for p in cases.get_case(case_id).participants] == [victim_id]


def test_a_known_person_is_reused_across_cases(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    first = cases.create_case("Een", [victim()])
    person_id = cases.get_case(first).participants[0].person_id
    second = cases.create_case("Twee")
    cases.add_participant(
        second, ParticipantInput("Noé", "Janssens", "2B", Role.BYSTANDER, person_id=person_id)
    )
    assert cases.get_case(second).participants[0].person_id == person_id


def test_invalid_input_and_missing_records_raise_typed_errors(
    vault_session: VaultSession,
) -> None:
    cases = CaseService(vault_session)
    case_id = cases.create_case("X")
    with pytest.raises(InvalidInputError):
        cases.add_participant(case_id, ParticipantInput("  "))
    with pytest.raises(InvalidInputError):
        cases.add_note(case_id, "   ")
    with pytest.raises(NotFoundError):
        cases.get_case("0" * 32)
    with pytest.raises(NotFoundError):
        cases.update_case("0" * 32, title="x")
    with pytest.raises(NotFoundError):
        cases.remove_participant("0" * 32)
    with pytest.raises(NotFoundError):
        cases.add_participant(case_id, ParticipantInput("A", related_to="f" * 32))
    assert cases.get_case(case_id).participants == ()


def test_notes_and_timeline(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    case_id = cases.create_case("Met notities", [victim()], opened_on=date(2026, 2, 1))
    note_id = cases.add_note(case_id, "Gesprek met klastitularis\nverder opvolgen")
    add_follow_up(vault_session, case_id, date(2026, 2, 10), step="victim_talk")

    record = cases.get_case(case_id)
    assert [n.text for n in record.notes] == ["Gesprek met klastitularis\nverder opvolgen"]
    assert record.notes[0].written_by == "juf.an"

    entries = cases.timeline(case_id)
    assert [e.kind for e in entries] == ["opened", "follow_up", "note"]
    assert entries[0].title == record.case.reference
    assert entries[1].title == "victim_talk"
    assert entries[2].ref_id == note_id
    assert entries[2].detail == "Gesprek met klastitularis\nverder opvolgen"


def test_list_cases_filters_on_status_and_classification(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    a = cases.create_case("A", [victim(), bully()], opened_on=date(2026, 1, 1))
    b = cases.create_case("B", opened_on=date(2026, 1, 2), status=CaseStatus.OBSERVATION)
    add_triage(vault_session, a, Classification.CONFLICT, minutes=0)
    add_triage(vault_session, a, Classification.CYBERBULLYING, minutes=5)
    add_triage(vault_session, b, Classification.CONFLICT, minutes=0)
    add_follow_up(vault_session, a, date(2026, 3, 1))
    add_follow_up(vault_session, a, date(2026, 2, 1))
    add_follow_up(vault_session, a, date(2026, 1, 5), held_on=date(2026, 1, 5))

    rows = cases.list_cases()
    assert [r.id for r in rows] == [b, a]  # newest first
    row_a = rows[1]
    assert row_a.victims == ("Noé Janssens",)
    assert row_a.bullies == ("Tibo Verstraeten",)
    assert row_a.classification is Classification.CYBERBULLYING  # the latest triage counts
    assert row_a.next_follow_up == date(2026, 2, 1)
    assert rows[0].next_follow_up is None

    assert [r.id for r in cases.list_cases(statuses={CaseStatus.OBSERVATION})] == [b]
    assert [r.id for r in cases.list_cases(classifications={Classification.CONFLICT})] == [b]
    both = {Classification.CONFLICT, Classification.CYBERBULLYING}
    assert {r.id for r in cases.list_cases(classifications=both)} == {a, b}
    assert cases.list_cases(statuses={CaseStatus.CLOSED}) == []


def test_look_up_by_reference(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    case_id = cases.create_case("x", opened_on=date(2026, 4, 1))
    assert cases.case_id_for_reference("2026-0001") == case_id
    with pytest.raises(CaseNotFoundError) as caught:
        cases.case_id_for_reference("2026-0099")
    assert caught.value.reference == "2026-0099"
    with pytest.raises(CaseNotFoundError):
        cases.get_case("0" * 32)
