"""A recovery-key unlock gives a colleague their own key pair back: the confidential cases
sealed for them still open after they chose a new passphrase; a wrong recovery key opens
nothing; the data key alone does not give the recovery code; and a vault made before recovery
copies of the keys still unlocks with the recovery key (the colleague then gets a new pair)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ehbc_desktop.domain.enums import Role, UserRole
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.rights.confidential import ConfidentialService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.vault import keyslots, recovery_code
from ehbc_desktop.vault.errors import NotAllowedError, WrongCredentialsError
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from ehbc_desktop.vault.keyslots import SLOTS_FILE

PASSPHRASE = "lange geheime zin voor de test"
NEW_PASSPHRASE = "een heel nieuwe zin voor bea"
NOTE = "Zwavelkruidnotitie over Xandrijntje"


def _sealed_case_for_bea(folder: Path) -> tuple[str, str]:
    """A vault with an (admin) and bea (CLB); a case sealed for an and bea. (case id, code)."""
    session, code = access.create(folder, "School", "an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    session.vault.add_user("bea", PASSPHRASE, role=UserRole.CLB_WORKER)
    cases = CaseService(session)
    case_id = cases.create_case("Zaak", [ParticipantInput("Xandrijntje", "Quaghebeur", "3B",
                                                            Role.VICTIM)], opened_on=date.today())
    cases.add_note(case_id, NOTE)
    ConfidentialService(session).seal(case_id, ["bea"])
    session.close()
    return case_id, code


def _notes(session: VaultSession, case_id: str) -> str:
    record = ConfidentialService(session).open_record(case_id)
    return " ".join(note.text for note in record.record.notes)


def test_after_a_recovery_unlock_the_sealed_case_still_opens(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    case_id, code = _sealed_case_for_bea(folder)
    bea = access.unlock_with_recovery(folder, code, "bea")
    assert bea.vault.must_change_passphrase and bea.vault.has_box_key
    assert NOTE in _notes(bea, case_id)  # already before the new passphrase
    bea.change_passphrase(NEW_PASSPHRASE)
    bea.close()
    with pytest.raises(WrongCredentialsError):
        access.unlock(folder, "bea", PASSPHRASE)  # the forgotten passphrase is gone
    bea = access.unlock(folder, "bea", NEW_PASSPHRASE)
    assert not bea.vault.must_change_passphrase
    assert NOTE in _notes(bea, case_id)  # the same key pair: no new grant was needed
    bea.close()
    an = access.unlock(folder, "an", PASSPHRASE)
    assert NOTE in _notes(an, case_id)
    an.close()


def _other_code(code: str) -> str:
    """A well-formed recovery code (checksum right) that is not this vault's."""
    other = recovery_code.new_recovery_code()
    assert recovery_code.normalise(other) != recovery_code.normalise(code)
    return other


def test_a_wrong_recovery_key_opens_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _case_id, code = _sealed_case_for_bea(folder)
    before = (folder / SLOTS_FILE).read_bytes()
    with pytest.raises(WrongCredentialsError):
        access.unlock_with_recovery(folder, _other_code(code), "bea")
    assert (folder / SLOTS_FILE).read_bytes() == before
    slots = keyslots.read_slot_file(folder / SLOTS_FILE)
    bea = slots.user_slot("bea")
    assert bea is not None
    # The recovery copy of bea's key opens only with the recovery slot's private key.
    wrong = keyslots.make_slot(slots.vault_id, name="", admin=True, secret=b"x", data_key=b"k" * 32,
                               params=FAST_TEST_PARAMS, box_private=b"\x01" * 32)
    other_private = keyslots.unwrap_slot_keys(slots.vault_id, wrong, b"x")[1]
    with pytest.raises(Exception, match="box-sealed"):
        keyslots.restored_box_private(slots.vault_id, bea, other_private)


def test_the_data_key_alone_does_not_give_the_recovery_code(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _case_id, code = _sealed_case_for_bea(folder)
    body = json.loads((folder / SLOTS_FILE).read_bytes())["body"]
    assert "sealed_code" not in body  # not sealed under the data key any more
    assert set(body["code_for"]) == {"an"}  # only the administrators hold a copy
    bea = access.unlock(folder, "bea", PASSPHRASE)
    with pytest.raises(NotAllowedError):
        bea.vault.recovery_code()
    bea.close()
    an = access.unlock(folder, "an", PASSPHRASE)
    assert recovery_code.normalise(an.vault.recovery_code()) == recovery_code.normalise(code)
    an.vault.set_role("bea", UserRole.ADMINISTRATOR)  # a new administrator gets a copy
    an.vault.add_user("cas", PASSPHRASE, role=UserRole.ADMINISTRATOR)
    an.close()
    for name in ("bea", "cas"):
        session = access.unlock(folder, name, PASSPHRASE)
        assert recovery_code.normalise(session.vault.recovery_code()) == \
            recovery_code.normalise(code)
        session.close()
    an = access.unlock(folder, "an", PASSPHRASE)
    an.vault.set_role("bea", UserRole.MEMBER)
    an.vault.remove_user("cas")
    an.close()
    assert set(json.loads((folder / SLOTS_FILE).read_bytes())["body"]["code_for"]) == {"an"}


def _as_made_before(folder: Path, data_key_of: VaultSession, code: str) -> None:
    """Rewrite the slot file as a vault made before recovery copies: no recovery key pair, no
    copies of the colleagues' keys for it, the code sealed under the data key."""
    vault = data_key_of.vault
    data_key = vault._key()  # the test plays an older program
    slots = keyslots.read_slot_file(folder / SLOTS_FILE)
    nonce, sealed = keyslots.seal_code(data_key, slots.vault_id, recovery_code.normalise(code))
    recovery = keyslots.make_slot(slots.vault_id, name="", admin=True,
                                  secret=recovery_code.secret_of(code), data_key=data_key,
                                  params=FAST_TEST_PARAMS)
    users = tuple(replace(slot, box_recovery=b"") for slot in slots.users)
    keyslots.write_slot_file(folder / SLOTS_FILE, replace(
        slots, users=users, recovery=recovery, sealed_code_nonce=nonce, sealed_code=sealed,
        code_for=()), data_key)


def test_a_vault_made_before_still_unlocks_with_the_recovery_key(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    case_id, code = _sealed_case_for_bea(folder)
    an = access.unlock(folder, "an", PASSPHRASE)
    _as_made_before(folder, an, code)
    an.close()
    bea = access.unlock_with_recovery(folder, code, "bea")
    assert bea.vault.must_change_passphrase
    assert not bea.vault.recovery_opens_box_keys and not bea.vault.has_box_key
    with pytest.raises(NotAllowedError):
        _notes(bea, case_id)
    bea.change_passphrase(NEW_PASSPHRASE)  # a new key pair: the old grants do not open it
    bea.close()
    bea = access.unlock(folder, "bea", NEW_PASSPHRASE)
    assert bea.vault.has_box_key
    with pytest.raises(NotAllowedError):
        _notes(bea, case_id)
    bea.close()
    an = access.unlock(folder, "an", PASSPHRASE)
    assert recovery_code.normalise(an.vault.recovery_code()) == recovery_code.normalise(code)
    ConfidentialService(an).grant(case_id, "bea")  # an allowed colleague grants it again
    an.close()
    bea = access.unlock(folder, "bea", NEW_PASSPHRASE)
    assert NOTE in _notes(bea, case_id)
    bea.close()


def test_a_new_recovery_code_replaces_the_old_one_and_keeps_every_key(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    case_id, old_code = _sealed_case_for_bea(folder)
    an = access.unlock(folder, "an", PASSPHRASE)
    new_code = an.vault.renew_recovery_code()
    assert recovery_code.normalise(an.vault.recovery_code()) == recovery_code.normalise(new_code)
    an.close()
    with pytest.raises(WrongCredentialsError):
        access.unlock_with_recovery(folder, old_code, "bea")
    bea = access.unlock_with_recovery(folder, new_code, "bea")
    assert NOTE in _notes(bea, case_id)  # bea's copy was sealed again for the new slot
    bea.close()


def test_an_older_vault_gets_recovery_copies_with_a_new_code(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    case_id, old_code = _sealed_case_for_bea(folder)
    an = access.unlock(folder, "an", PASSPHRASE)
    _as_made_before(folder, an, old_code)
    an.close()
    an = access.unlock(folder, "an", PASSPHRASE)
    assert not an.vault.recovery_opens_box_keys
    new_code = an.vault.renew_recovery_code()
    an.close()
    body = json.loads((folder / SLOTS_FILE).read_bytes())["body"]
    assert "sealed_code" not in body and set(body["code_for"]) == {"an"}
    bea_slot = next(u for u in body["users"] if u["name"] == "bea")
    assert "recovery" not in bea_slot["box"]  # only bea can add hers: at her next unlock
    access.unlock(folder, "bea", PASSPHRASE).close()
    bea = access.unlock_with_recovery(folder, new_code, "bea")
    assert bea.vault.has_box_key and NOTE in _notes(bea, case_id)
    bea.close()
    with pytest.raises(WrongCredentialsError):
        access.unlock_with_recovery(folder, old_code, "an")


def test_only_an_administrator_makes_a_new_recovery_code(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _case_id, _code = _sealed_case_for_bea(folder)
    bea = access.unlock(folder, "bea", PASSPHRASE)
    before = (folder / SLOTS_FILE).read_bytes()
    with pytest.raises(NotAllowedError):
        bea.vault.renew_recovery_code()
    assert (folder / SLOTS_FILE).read_bytes() == before
    bea.close()
