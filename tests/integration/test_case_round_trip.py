"""A case survives locking: create a vault and a case, lock, unlock, find it by part of a name."""

from __future__ import annotations

from pathlib import Path

from ehbc_desktop.domain.enums import Role
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.case.dashboard import DashboardService
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "groene kikker springt hoog"


def test_create_lock_unlock_and_find(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    session, _code = access.create(folder, "Sint-Jozef", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    case_id = CaseService(session).create_case(
        "Nepaccount op Instagram",
        [
            ParticipantInput("Amélie", "Vandenberghe", "3B", Role.VICTIM),
            ParticipantInput("Jonas", "Wuyts", "3B", Role.BULLY),
        ],
    )
    CaseService(session).add_note(case_id, "Moeder belde over de berichten")
    session.close()

    reopened = access.unlock(folder, "juf.an", PASSPHRASE)
    try:
        cases = CaseService(reopened)
        found = cases.list_cases(text="vanden")
        assert [row.id for row in found] == [case_id]
        assert found[0].victims == ("Amélie Vandenberghe",)
        assert found[0].bullies == ("Jonas Wuyts",)
        assert [row.id for row in cases.list_cases(text="amelie wuy")] == [case_id]
        assert [row.id for row in cases.list_cases(text="moeder")] == [case_id]
        record = cases.get_case(case_id)
        assert record.notes[0].text == "Moeder belde over de berichten"
        assert DashboardService(reopened).summary(record.case.opened_on).open_cases == 1
    finally:
        reopened.close()
