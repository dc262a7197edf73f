"""The single-opener lock: refused while held, taken over from a killed process."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ehbc_desktop.vault import kdf
from ehbc_desktop.vault.errors import VaultInUseError
from ehbc_desktop.vault.instance_lock import InstanceLock, ensure_free
from ehbc_desktop.vault.vault import OpenVault, unlock_vault

ROOT = Path(__file__).resolve().parents[3]
HOLDER = """
import sys, time
from pathlib import Path
from ehbc_desktop.vault.instance_lock import InstanceLock
lock = InstanceLock.acquire(Path(sys.argv[1]))
print("locked", flush=True)
time.sleep(120)
"""


def test_second_acquire_in_the_same_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "vault.lock"
    first = InstanceLock.acquire(path)
    with pytest.raises(VaultInUseError) as caught:
        InstanceLock.acquire(path)
    assert caught.value.pid == os.getpid()
    assert caught.value.hostname and caught.value.since
    with pytest.raises(VaultInUseError):
        ensure_free(path)
    first.release()
    first.release()
    assert not first.held
    ensure_free(path)
    InstanceLock.acquire(path).release()


def test_ensure_free_creates_nothing(tmp_path: Path) -> None:
    ensure_free(tmp_path / "vault.lock")
    assert not (tmp_path / "vault.lock").exists()


def test_second_unlock_of_an_open_vault_is_refused(created: tuple[OpenVault, str]) -> None:
    vault, _ = created
    with pytest.raises(VaultInUseError):
        unlock_vault(vault.folder, "anna", "correct horse battery staple")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_lock_of_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "vault.lock"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, env=env, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(VaultInUseError) as caught:
            InstanceLock.acquire(path)
        assert caught.value.pid == child.pid
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()
    # The dead holder's details are still in the file: it is stale, and taken over.
    assert json.loads(path.read_text())["pid"] == child.pid
    lock = InstanceLock.acquire(path)
    assert json.loads(path.read_text())["pid"] == os.getpid()
    lock.release()


def test_in_use_is_reported_before_any_key_work(
    created: tuple[OpenVault, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = created
    calls: list[int] = []
    original = kdf.derive_key

    def counting(secret: bytes, salt: bytes, params: kdf.KdfParams) -> bytes:
        calls.append(1)
        return original(secret, salt, params)

    monkeypatch.setattr(kdf, "derive_key", counting)
    with pytest.raises(VaultInUseError):
        unlock_vault(vault.folder, "anna", "whatever")
    assert calls == []
