"""The key-slot file's public header, read for the unlock screen without the slots' module."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path

import pytest

from ehbc_desktop.vault import keyslots, slot_header
from ehbc_desktop.vault.errors import VaultDamagedError, VaultFormatTooNewError, VaultNotFoundError
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

DATA_KEY = bytes(range(32))
VAULT_ID = "a" * 32


def _file(*names: str) -> keyslots.SlotFile:
    nonce, sealed = keyslots.seal_code(DATA_KEY, VAULT_ID, "CODE")
    slots = tuple(
        keyslots.make_slot(
            VAULT_ID,
            name=name,
            admin=True,
            secret=b"pass",
            data_key=DATA_KEY,
            params=FAST_TEST_PARAMS,
        )
        for name in (*names, "")
    )
    return keyslots.SlotFile(
        vault_id=VAULT_ID, school="Testschool", created_at="2026-01-01T00:00:00+00:00",
        users=slots[:-1], recovery=slots[-1], sealed_code_nonce=nonce, sealed_code=sealed,
    )  # fmt: skip


def _written(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / slot_header.SLOTS_FILE
    path.write_bytes(data)
    return path


def test_the_header_is_what_the_full_parse_reads(tmp_path: Path) -> None:
    path = _written(tmp_path, keyslots.serialise(_file("An Peeters", "Bert"), DATA_KEY))
    info = keyslots.read_slot_file(path).info()
    assert slot_header.read_header(path) == (info.school, info.users)
    assert slot_header.read_header(path) == ("Testschool", ("An Peeters", "Bert"))


def test_a_damaged_or_missing_file_is_told_as_the_full_parse_tells_it(tmp_path: Path) -> None:
    data = keyslots.serialise(_file("An Peeters"), DATA_KEY)
    path = _written(tmp_path, data.replace(b"Testschool", b"Testschoot"))
    with pytest.raises(VaultDamagedError) as caught:
        slot_header.read_header(path)
    assert caught.value.detail == "keyslots-checksum"
    with pytest.raises(VaultNotFoundError):
        slot_header.read_header(tmp_path / "none.json")


def _rechecksummed(data: bytes, **body_changes: object) -> bytes:
    outer = json.loads(data)
    outer["body"].update(body_changes)
    inner = {"body": outer["body"], "mac": outer["mac"]}
    outer["sha256"] = hashlib.sha256(slot_header.canonical(inner)).hexdigest()
    return slot_header.canonical(outer) + b"\n"


@pytest.mark.parametrize(
    ("change", "detail"),
    [({"version": 2}, "keyslots-version"), ({"format": "other"}, "keyslots-structure"),
     ({"users": []}, "keyslots-structure"), ({"school": 3}, "keyslots-structure")],
)  # fmt: skip
def test_an_unknown_format_or_version_stops_the_header_too(
    tmp_path: Path, change: dict[str, object], detail: str
) -> None:
    data = _rechecksummed(keyslots.serialise(_file("An Peeters"), DATA_KEY), **change)
    path = _written(tmp_path, data)
    with pytest.raises(VaultDamagedError) as caught:
        slot_header.read_header(path)
    assert caught.value.detail == detail
    with pytest.raises(VaultDamagedError) as full:
        keyslots.read_slot_file(path)
    assert full.value.detail == detail


@pytest.mark.parametrize("version", [slot_header.FORMAT_VERSION + 1, 99])
def test_a_newer_version_is_told_apart_from_damage(tmp_path: Path, version: int) -> None:
    # Still refused as a damaged file is (nothing touches it), but the teacher is told to
    # install the newer program instead of to restore a backup.
    data = _rechecksummed(keyslots.serialise(_file("An Peeters"), DATA_KEY), version=version)
    path = _written(tmp_path, data)
    with pytest.raises(VaultFormatTooNewError):
        slot_header.read_header(path)
    with pytest.raises(VaultFormatTooNewError):
        keyslots.read_slot_file(path)


@pytest.mark.parametrize("version", [0, "1", None, True])
def test_an_older_or_garbled_version_is_damage(tmp_path: Path, version: object) -> None:
    data = _rechecksummed(keyslots.serialise(_file("An Peeters"), DATA_KEY), version=version)
    with pytest.raises(VaultDamagedError) as caught:
        slot_header.read_header(_written(tmp_path, data))
    assert not isinstance(caught.value, VaultFormatTooNewError)


def test_duplicate_user_names_are_damage_in_the_header_too(tmp_path: Path) -> None:
    slots = _file("An Peeters")
    doubled = dataclasses.replace(slots, users=slots.users * 2)
    path = _written(tmp_path, keyslots.serialise(doubled, os.urandom(32)))
    with pytest.raises(VaultDamagedError):
        slot_header.read_header(path)
