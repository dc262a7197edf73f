"""A failed unlock must not change a single byte under the vault folder, even after a crash."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from ehbc_desktop.vault.errors import (
    MistypedRecoveryCodeError,
    TooManyAttemptsError,
    VaultError,
    WrongCredentialsError,
)
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from ehbc_desktop.vault.throttle import UnlockThrottle
from ehbc_desktop.vault.vault import create_vault, unlock_vault, unlock_with_recovery

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "de juiste woorden"

# Writes a row and dies without closing anything: the WAL and a stale lock file stay behind.
CRASH_WRITER = """
import os, sys
from pathlib import Path
from sqlalchemy import text
from ehbc_desktop.vault.vault import unlock_vault
vault = unlock_vault(Path(sys.argv[1]), "anna", sys.argv[2])
with vault.engine.begin() as conn:
    conn.execute(text("INSERT INTO t VALUES ('after the crash')"))
os._exit(0)
"""


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file and folder under `folder`: content hash and modification time."""
    state: dict[str, tuple[str, int]] = {}
    for path in sorted(folder.rglob("*")):
        stat = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        state[str(path.relative_to(folder))] = (digest, stat.st_mtime_ns)
    return state


@pytest.fixture
def crashed_vault(tmp_path: Path) -> tuple[Path, str]:
    """A vault whose last user was killed: WAL, shared-memory and lock files are left over."""
    folder = tmp_path / "vault"
    vault, code = create_vault(folder, "School", "anna", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    with vault.engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
    vault.lock()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-c", CRASH_WRITER, str(folder), PASSPHRASE], env=env, check=True
    )
    # Each commit is checkpointed at once, so the left-over WAL may be empty; it is there.
    assert (folder / "vault.db-wal").exists()
    return folder, code


def _attempts(folder: Path, code: str) -> list[tuple[type[VaultError], object]]:
    wrong_code = code[:-4] + ("AAAA" if not code.endswith("AAAA") else "BBBB")
    return [
        (WrongCredentialsError, lambda t: unlock_vault(folder, "anna", "fout", throttle=t)),
        (WrongCredentialsError, lambda t: unlock_vault(folder, "anna", "", throttle=t)),
        (WrongCredentialsError, lambda t: unlock_vault(folder, "niemand", PASSPHRASE, throttle=t)),
        (
            MistypedRecoveryCodeError,
            lambda t: unlock_with_recovery(folder, wrong_code, "anna", throttle=t),
        ),
        (
            WrongCredentialsError,
            lambda t: unlock_with_recovery(folder, "0" * 28 + "0000", "anna", throttle=t),
        ),
    ]


def test_wrong_credentials_leave_every_file_identical(crashed_vault: tuple[Path, str]) -> None:
    folder, code = crashed_vault
    before = _snapshot(folder)
    assert {"vault.db", "vault.db-wal", "vault.lock", "keyslots.json"} <= set(before)
    for expected, attempt in _attempts(folder, code):
        throttle = UnlockThrottle()
        with pytest.raises(expected):
            attempt(throttle)  # type: ignore[operator]
        assert _snapshot(folder) == before


def test_throttled_attempts_leave_every_file_identical(crashed_vault: tuple[Path, str]) -> None:
    folder, _ = crashed_vault
    before = _snapshot(folder)
    throttle = UnlockThrottle(clock=lambda: 0.0)
    for _ in range(3):
        with pytest.raises(WrongCredentialsError):
            unlock_vault(folder, "anna", "fout", throttle=throttle)
    with pytest.raises(TooManyAttemptsError):
        unlock_vault(folder, "anna", PASSPHRASE, throttle=throttle)
    assert _snapshot(folder) == before


def test_the_right_passphrase_still_finds_the_crashed_write(
    crashed_vault: tuple[Path, str],
) -> None:
    folder, _ = crashed_vault
    vault = unlock_vault(folder, "anna", PASSPHRASE)
    with vault.engine.connect() as conn:
        assert conn.execute(text("SELECT x FROM t")).scalars().all() == ["after the crash"]
    assert vault.integrity_errors() == []
    vault.lock()
