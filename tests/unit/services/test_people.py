"""Finding known people by the start of a name."""

from __future__ import annotations

from ehbc_desktop.services.cases import CaseService
from ehbc_desktop.services.people import PeopleService
from ehbc_desktop.services.session import VaultSession
from tests.unit.services.factories import bully, victim


def test_find_people_by_prefix(vault_session: VaultSession) -> None:
    CaseService(vault_session).create_case(
        "x", [victim("Noé", "Janssens"), bully("Jana", "Peeters"), victim("Bram", "De_Wit")]
    )
    people = PeopleService(vault_session)
    assert [p.full_name for p in people.find_people("jan")] == ["Noé Janssens", "Jana Peeters"]
    assert [p.full_name for p in people.find_people("NOÉ JAN")] == ["Noé Janssens"]
    assert [p.full_name for p in people.find_people("de_")] == ["Bram De_Wit"]
    assert people.find_people("de%") == []
    assert people.find_people("") == []
    assert people.find_people("zz") == []
