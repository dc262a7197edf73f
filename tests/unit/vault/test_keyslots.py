"""The key-slot file: wrapping, the bound associated data, checksum and MAC."""

from __future__ import annotations

import dataclasses
import os

import pytest

from ehbc_desktop.vault import keyslots
from ehbc_desktop.vault.errors import VaultDamagedError, WrongCredentialsError
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS, KdfParams

DATA_KEY = bytes(range(32))
VAULT_ID = "a" * 32


def _slot(secret: bytes = b"pass", name: str = "anna") -> keyslots.KeySlot:
    return keyslots.make_slot(
        VAULT_ID, name=name, admin=True, secret=secret, data_key=DATA_KEY, params=FAST_TEST_PARAMS
    )


def _file() -> keyslots.SlotFile:
    nonce, sealed = keyslots.seal_code(DATA_KEY, VAULT_ID, "CODE")
    return keyslots.SlotFile(
        vault_id=VAULT_ID,
        school="School",
        created_at="2026-01-01T00:00:00+00:00",
        users=(_slot(), _slot(b"other", "bert")),
        recovery=_slot(b"rec", ""),
        sealed_code_nonce=nonce,
        sealed_code=sealed,
    )


def test_wrap_and_unwrap() -> None:
    slot = _slot()
    assert keyslots.unwrap_slot(VAULT_ID, slot, b"pass") == DATA_KEY
    assert slot.wrapped != DATA_KEY and DATA_KEY not in slot.wrapped


def test_wrong_secret_is_refused() -> None:
    with pytest.raises(WrongCredentialsError):
        keyslots.unwrap_slot(VAULT_ID, _slot(), b"Pass")


def test_fresh_salt_and_nonce_each_time() -> None:
    one, two = _slot(), _slot()
    assert one.salt != two.salt and one.nonce != two.nonce and one.wrapped != two.wrapped


@pytest.mark.parametrize(
    "change",
    [
        {"slot_id": "0" * 16},
        {"params": KdfParams(FAST_TEST_PARAMS.memory_kib + 8, 1, 1)},
    ],
)
def test_associated_data_binds_slot_id_and_params(change: dict[str, object]) -> None:
    moved = dataclasses.replace(_slot(), **change)  # type: ignore[arg-type]
    with pytest.raises(WrongCredentialsError):
        keyslots.unwrap_slot(VAULT_ID, moved, b"pass")


def test_associated_data_binds_vault_id() -> None:
    with pytest.raises(WrongCredentialsError):
        keyslots.unwrap_slot("b" * 32, _slot(), b"pass")


def test_serialise_parse_round_trip_and_mac() -> None:
    slots = _file()
    data = keyslots.serialise(slots, DATA_KEY)
    parsed = keyslots.parse(data)
    keyslots.verify_mac(parsed, DATA_KEY)
    assert parsed.users == slots.users and parsed.recovery == slots.recovery
    assert keyslots.unseal_code(DATA_KEY, parsed) == "CODE"
    assert parsed.info().users == ("anna", "bert")
    with pytest.raises(VaultDamagedError) as caught:
        keyslots.verify_mac(parsed, os.urandom(32))
    assert caught.value.detail == "keyslots-mac"


def test_a_change_with_a_fresh_checksum_is_caught_by_the_mac() -> None:
    # Someone edits the school name and recomputes the unkeyed checksum: parse accepts it,
    # but the MAC under the data key does not.
    data = keyslots.serialise(_file(), DATA_KEY)
    edited = keyslots.parse(data)
    forged = keyslots.serialise(dataclasses.replace(edited, school="Elsewhere"), os.urandom(32))
    parsed = keyslots.parse(forged)
    assert parsed.school == "Elsewhere"
    with pytest.raises(VaultDamagedError):
        keyslots.verify_mac(parsed, DATA_KEY)


def test_non_canonical_bytes_count_as_damage() -> None:
    data = keyslots.serialise(_file(), DATA_KEY)
    with pytest.raises(VaultDamagedError):
        keyslots.parse(data.replace(b'{"body":', b'{ "body":', 1))
    with pytest.raises(VaultDamagedError):
        keyslots.parse(data.rstrip(b"\n"))


def test_duplicate_user_names_are_damage() -> None:
    slots = dataclasses.replace(_file(), users=(_slot(), _slot()))
    with pytest.raises(VaultDamagedError):
        keyslots.parse(keyslots.serialise(slots, DATA_KEY))
