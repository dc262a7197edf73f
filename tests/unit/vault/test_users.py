"""Colleagues in the key-slot file: roles, starting passphrases, removal, the last administrator."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.vault import keyslots
from ehbc_desktop.vault.errors import (
    LastAdministratorError,
    NotAllowedError,
    UnknownUserError,
    WrongCredentialsError,
)
from ehbc_desktop.vault.keyslots import SLOTS_FILE
from ehbc_desktop.vault.open_vault import OpenVault
from ehbc_desktop.vault.vault import unlock_vault

START = "startzin voor de nieuwe collega"


def test_roles_and_the_starting_passphrase_live_in_the_slot(
    vault_folder: Path, created: tuple[OpenVault, str]
) -> None:
    vault, _code = created
    before = (vault_folder / SLOTS_FILE).read_bytes()
    assert b'"role"' not in before  # a vault without roles keeps its old file format
    vault.add_user("bart", START, role=UserRole.CLB_WORKER, must_change=True)
    entries = {u.name: u for u in vault.user_entries()}
    assert entries["bart"].role is UserRole.CLB_WORKER and entries["bart"].must_change
    assert entries[vault.user].role is UserRole.ADMINISTRATOR
    vault.lock()

    bart = unlock_vault(vault_folder, "bart", START)
    assert bart.must_change_passphrase and not bart.is_admin
    assert bart.role is UserRole.CLB_WORKER
    with pytest.raises(NotAllowedError):
        bart.set_role("bart", UserRole.ADMINISTRATOR)
    bart.change_passphrase("bart zijn eigen zin")
    bart.lock()
    again = unlock_vault(vault_folder, "bart", "bart zijn eigen zin")
    assert not again.must_change_passphrase
    parsed = keyslots.read_slot_file(vault_folder / SLOTS_FILE)
    assert parsed.user_slot("bart") is not None
    assert parsed.user_slot("bart").user_role is UserRole.CLB_WORKER  # type: ignore[union-attr]
    again.lock()


def test_the_last_administrator_stays_and_a_removed_user_can_not_unlock(
    vault_folder: Path, created: tuple[OpenVault, str]
) -> None:
    vault, _code = created
    me = vault.user
    with pytest.raises(LastAdministratorError):
        vault.set_role(me, UserRole.MEMBER)
    with pytest.raises(NotAllowedError):
        vault.remove_user(me)  # nobody removes themself
    with pytest.raises(UnknownUserError):
        vault.remove_user("niemand")
    vault.add_user("bart", START, role=UserRole.ADMINISTRATOR)
    vault.set_role(me, UserRole.MEMBER)  # bart is administrator now
    assert not vault.is_admin
    with pytest.raises(NotAllowedError):
        vault.remove_user("bart")
    vault.lock()
    bart = unlock_vault(vault_folder, "bart", START)
    with pytest.raises(LastAdministratorError):
        bart.set_role("bart", UserRole.MEMBER)
    bart.remove_user(me)
    assert [u.name for u in bart.user_entries()] == ["bart"]
    bart.lock()
    with pytest.raises(WrongCredentialsError):
        unlock_vault(vault_folder, me, "irrelevant passphrase")
