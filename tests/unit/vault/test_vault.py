"""Creating, unlocking, locking a vault; users, passphrases and the recovery code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from ehbc_desktop.vault import kdf
from ehbc_desktop.vault.errors import (
    InvalidUserNameError,
    MistypedRecoveryCodeError,
    NotAllowedError,
    TooManyAttemptsError,
    UserExistsError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    VaultWriteError,
    WrongCredentialsError,
)
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from ehbc_desktop.vault.throttle import UnlockThrottle
from ehbc_desktop.vault.vault import (
    OpenVault,
    create_vault,
    read_vault_info,
    unlock_vault,
    unlock_with_recovery,
    vault_exists,
)

PASSPHRASE = "correct horse battery staple"  # the passphrase of the `created` fixture


def _slot_entries(folder: Path) -> dict[str, str]:
    """Each slot of the file, as its exact JSON text, keyed by user name ('' = recovery)."""
    body = json.loads((folder / "keyslots.json").read_bytes())["body"]
    slots = [*body["users"], body["recovery"]]
    return {slot["name"]: json.dumps(slot, sort_keys=True) for slot in slots}


def test_create_makes_the_files_and_an_admin(created: tuple[OpenVault, str]) -> None:
    vault, code = created
    assert vault.user == "anna" and vault.is_admin and not vault.must_change_passphrase
    assert vault.info.school == "Sint-Jozef" and vault.info.users == ("anna",)
    names = {path.name for path in vault.folder.iterdir()}
    assert {"keyslots.json", "vault.db", "vault.lock", "blobs"} <= names
    assert vault_exists(vault.folder)
    assert vault.recovery_code() == code
    assert vault.integrity_errors() == []


def test_data_survives_lock_and_unlock(created: tuple[OpenVault, str]) -> None:
    vault, _ = created
    with vault.engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
        conn.execute(text("INSERT INTO t VALUES ('hello')"))
    vault.lock()
    again = unlock_vault(vault.folder, "anna", PASSPHRASE)
    with again.engine.connect() as conn:
        assert conn.execute(text("SELECT x FROM t")).scalar() == "hello"
    again.lock()


def test_the_database_does_not_hold_plaintext(created: tuple[OpenVault, str]) -> None:
    vault, _ = created
    with vault.engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
        conn.execute(text("INSERT INTO t VALUES ('Jonas Peeters')"))
    vault.lock()
    for path in vault.folder.rglob("*"):
        if path.is_file():
            assert b"Jonas" not in path.read_bytes()
            assert b"SQLite format" not in path.read_bytes()


def test_public_info_without_passphrase(created: tuple[OpenVault, str]) -> None:
    vault, _ = created
    info = read_vault_info(vault.folder)
    assert info.school == "Sint-Jozef" and info.users == ("anna",) and info.admins == ("anna",)
    assert info.format_version == 1 and info.vault_id == vault.info.vault_id


def test_no_vault_and_existing_vault(tmp_path: Path, created: tuple[OpenVault, str]) -> None:
    with pytest.raises(VaultNotFoundError):
        unlock_vault(tmp_path / "nothing", "anna", "x")
    with pytest.raises(VaultNotFoundError):
        read_vault_info(tmp_path)
    with pytest.raises(VaultExistsError):
        create_vault(created[0].folder, "Other", "bert", "pw", kdf=FAST_TEST_PARAMS)


def test_wrong_passphrase_and_unknown_user_give_the_same_error(
    created: tuple[OpenVault, str],
) -> None:
    vault, _ = created
    vault.lock()
    throttle = UnlockThrottle()
    with pytest.raises(WrongCredentialsError) as wrong:
        unlock_vault(vault.folder, "anna", PASSPHRASE + "!", throttle=throttle)
    throttle.succeeded(str(vault.folder))
    with pytest.raises(WrongCredentialsError) as unknown:
        unlock_vault(vault.folder, "nobody", PASSPHRASE, throttle=UnlockThrottle())
    assert type(wrong.value) is type(unknown.value) is WrongCredentialsError
    assert wrong.value.args == unknown.value.args


def test_change_passphrase_rewrites_only_that_slot(created: tuple[OpenVault, str]) -> None:
    vault, _ = created
    vault.add_user("bert", "bert's words")
    before = _slot_entries(vault.folder)
    vault.change_passphrase("new words")
    after = _slot_entries(vault.folder)
    assert after["bert"] == before["bert"] and after[""] == before[""]
    assert after["anna"] != before["anna"]
    assert json.loads(after["anna"])["salt"] != json.loads(before["anna"])["salt"]
    vault.lock()
    with pytest.raises(WrongCredentialsError):
        unlock_vault(vault.folder, "anna", PASSPHRASE, throttle=UnlockThrottle())
    unlock_vault(vault.folder, "anna", "new words").lock()
    unlock_vault(vault.folder, "bert", "bert's words").lock()


def test_only_admins_add_users(created: tuple[OpenVault, str]) -> None:
    vault, _ = created
    vault.add_user("bert", "pw-bert")
    vault.add_user("chris", "pw-chris", admin=True)
    with pytest.raises(UserExistsError):
        vault.add_user("bert", "again")
    assert vault.info.users == ("anna", "bert", "chris")
    assert read_vault_info(vault.folder).admins == ("anna", "chris")
    vault.lock()
    bert = unlock_vault(vault.folder, "bert", "pw-bert")
    assert not bert.is_admin
    with pytest.raises(NotAllowedError):
        bert.add_user("dirk", "pw")
    with pytest.raises(NotAllowedError):
        bert.recovery_code()
    bert.lock()
    chris = unlock_vault(vault.folder, "chris", "pw-chris")
    chris.add_user("dirk", "pw-dirk")
    chris.lock()
    assert read_vault_info(vault.folder).users == ("anna", "bert", "chris", "dirk")


def test_recovery_then_new_passphrase(created: tuple[OpenVault, str]) -> None:
    vault, code = created
    vault.lock()
    with pytest.raises(MistypedRecoveryCodeError):
        unlock_with_recovery(vault.folder, code[:-1] + ("0" if code[-1] != "0" else "1"), "anna")
    with pytest.raises(WrongCredentialsError):
        unlock_with_recovery(vault.folder, code, "nobody")
    recovered = unlock_with_recovery(vault.folder, code.lower().replace("-", " "), "anna")
    assert recovered.must_change_passphrase and recovered.is_admin
    recovered.change_passphrase("fresh start")
    assert not recovered.must_change_passphrase
    recovered.lock()
    unlock_vault(vault.folder, "anna", "fresh start").lock()


def test_another_vaults_recovery_code_is_refused(
    tmp_path: Path, created: tuple[OpenVault, str]
) -> None:
    vault, _ = created
    vault.lock()
    other, other_code = create_vault(tmp_path / "other", "X", "anna", "pw", kdf=FAST_TEST_PARAMS)
    other.lock()
    with pytest.raises(WrongCredentialsError):
        unlock_with_recovery(vault.folder, other_code, "anna", throttle=UnlockThrottle())


def test_lock_is_idempotent_and_drops_the_engine(created: tuple[OpenVault, str]) -> None:
    vault, _ = created
    vault.lock()
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLockedError):
        _ = vault.engine
    with pytest.raises(VaultLockedError):
        vault.change_passphrase("x")
    with pytest.raises(VaultLockedError):
        vault.recovery_code()
    # The lock was released: the vault opens again.
    unlock_vault(vault.folder, "anna", PASSPHRASE).lock()


def test_context_manager_locks(vault_folder: Path) -> None:
    vault, _ = create_vault(vault_folder, "S", "anna", "pw", kdf=FAST_TEST_PARAMS)
    with vault as open_vault:
        assert not open_vault.is_locked
    assert vault.is_locked


def test_repeated_failures_make_the_user_wait(created: tuple[OpenVault, str]) -> None:
    vault, _ = created
    vault.lock()
    now = [0.0]
    throttle = UnlockThrottle(clock=lambda: now[0])
    for _ in range(3):
        with pytest.raises(WrongCredentialsError):
            unlock_vault(vault.folder, "anna", "wrong", throttle=throttle)
    with pytest.raises(TooManyAttemptsError) as caught:
        unlock_vault(vault.folder, "anna", PASSPHRASE, throttle=throttle)
    assert caught.value.wait_seconds == pytest.approx(2.0)
    now[0] += 2.0
    unlock_vault(vault.folder, "anna", PASSPHRASE, throttle=throttle).lock()
    # Success cleared the count: a new wrong try is answered at once.
    with pytest.raises(WrongCredentialsError):
        unlock_vault(vault.folder, "anna", "wrong", throttle=throttle)


def test_empty_names_and_passphrases_are_refused(vault_folder: Path) -> None:
    with pytest.raises(InvalidUserNameError):
        create_vault(vault_folder, "S", " ", "pw", kdf=FAST_TEST_PARAMS)
    with pytest.raises(ValueError):
        create_vault(vault_folder, "S", "anna", "", kdf=FAST_TEST_PARAMS)


def test_a_failed_slot_write_changes_nothing(created: tuple[OpenVault, str]) -> None:
    vault, _ = created
    slots = vault.folder / "keyslots.json"
    saved = slots.read_bytes()
    slots.unlink()
    slots.mkdir()  # os.replace cannot put a file over a folder: the write fails
    (slots / "x").write_bytes(b"")
    with pytest.raises(VaultWriteError):
        vault.change_passphrase("new words")
    with pytest.raises(VaultWriteError):
        vault.add_user("bert", "pw")
    (slots / "x").unlink()
    slots.rmdir()
    slots.write_bytes(saved)
    assert vault.info.users == ("anna",)
    vault.lock()
    unlock_vault(vault.folder, "anna", PASSPHRASE).lock()


def test_the_unlock_screen_does_not_pay_for_sqlalchemy() -> None:
    # Start-up is lazy: reading the header must not import SQLAlchemy (about 0.4 s).
    code = (
        "import sys, ehbc_desktop.vault.vault; "
        "print('sqlalchemy' in sys.modules, 'sqlcipher3' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    )
    assert out.stdout.split() == ["False", "False"]


def test_an_unknown_user_costs_one_key_derivation_like_a_real_one(
    created: tuple[OpenVault, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Counted by structure, not by a timer: both paths must run Argon2id exactly once.
    vault, _ = created
    vault.lock()
    calls: list[int] = []
    original = kdf.derive_key

    def counting(secret: bytes, salt: bytes, params: kdf.KdfParams) -> bytes:
        calls.append(1)
        return original(secret, salt, params)

    # A counting wrapper around the real function (it still runs).
    monkeypatch.setattr(kdf, "derive_key", counting)
    for user in ("anna", "nobody"):
        calls.clear()
        with pytest.raises(WrongCredentialsError):
            unlock_vault(vault.folder, user, "wrong", throttle=UnlockThrottle())
        assert len(calls) == 1, user
