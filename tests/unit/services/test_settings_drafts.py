"""School settings in the vault, and wizard drafts that round-trip through the vault."""

from __future__ import annotations

from datetime import date

import pytest

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.domain.planning import Holiday
from ehbc_desktop.services.errors import NotFoundError, SettingInvalidError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.settings import SchoolSettings, SettingsService
from ehbc_desktop.services.steps.drafts import DraftService
from tests.unit.services.records_helpers import agreement_row, audit_events, day, open_case


def test_settings_defaults_update_and_refusal(vault_session: VaultSession) -> None:
    service = SettingsService(vault_session)
    assert service.get() == SchoolSettings()
    assert SchoolSettings().restorative_follow_up_days == 7
    wanted = SchoolSettings(
        restorative_follow_up_days=2,
        holidays=(Holiday(date(2026, 4, 6), date(2026, 4, 17)),),
        policy_location="https://school.example/pestbeleid",
    )
    assert service.update(wanted) == wanted
    assert service.get() == wanted
    edits = [e.target for e in audit_events(vault_session) if e.action is AuditAction.EDIT]
    assert edits == [
        "setting:restorative_follow_up_days",
        "setting:holidays",
        "setting:policy_location",
    ]
    with pytest.raises(SettingInvalidError) as refused:
        service.update(SchoolSettings(restorative_follow_up_days=3))
    assert refused.value.key == "restorative_follow_up_days"
    with pytest.raises(SettingInvalidError):
        service.update(SchoolSettings(holidays=(Holiday(date(2026, 4, 6), date(2026, 4, 1)),)))
    assert service.get() == wanted


def test_drafts_round_trip_upsert_and_delete(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    drafts = DraftService(vault_session)
    values = {
        "held_on": day(1),
        "participants": [c.victim],
        "agreements": [agreement_row()],
        "praise_given": False,
        "tips_given": ("a", "b"),
    }
    first = drafts.save(c.case_id, "victim", 1, values)
    second = drafts.save(c.case_id, "victim", 2, {**values, "feelings": "bang"})
    assert first == second
    loaded = drafts.load(c.case_id, "victim")
    assert loaded is not None and loaded.form_version == 2
    assert loaded.values["held_on"] == day(1).isoformat()
    assert loaded.values["tips_given"] == ["a", "b"]
    assert loaded.values["praise_given"] is False and loaded.values["feelings"] == "bang"
    drafts.save(None, "report", 1, {"description": "nog geen dossier"})
    assert [f for f, _ in drafts.list_drafts(None)] == ["report"]
    assert [f for f, _ in drafts.list_drafts(c.case_id)] == ["victim"]
    assert drafts.delete(c.case_id, "victim") and not drafts.delete(c.case_id, "victim")
    assert drafts.load(c.case_id, "victim") is None
    assert drafts.load(None, "report") is not None
    with pytest.raises(NotFoundError):
        drafts.save("nope", "victim", 1, {})
