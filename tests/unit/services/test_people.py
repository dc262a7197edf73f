"""Finding known people by the start of any word of their name, accents and case ignored."""

from __future__ import annotations

from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.case.people import PeopleService
from ehbc_desktop.services.session import VaultSession
from tests.builders.inputs import bully, victim


def _names(people: PeopleService, text: str) -> list[str]:
    return [p.full_name for p in people.find_people(text)]


def test_find_people_by_prefix(vault_session: VaultSession) -> None:
    CaseService(vault_session).create_case(
        "x",
        [
            victim("Noé", "Janssens"),
            bully("Jana", "Peeters"),
            victim("Élise", "Van den Broeck"),
            victim("Bram", "De_Wit"),
        ],
    )
    people = PeopleService(vault_session)
    assert _names(people, "jan") == ["Noé Janssens", "Jana Peeters"]
    assert _names(people, "NOE JAN") == ["Noé Janssens"]
    assert _names(people, "elise") == ["Élise Van den Broeck"]
    assert _names(people, "broe") == ["Élise Van den Broeck"]
    assert _names(people, "de_w") == ["Bram De_Wit"]
    assert _names(people, "%") == []
    assert _names(people, "") == []
    assert _names(people, "zz") == []
