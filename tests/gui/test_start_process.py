"""`python -m ehbc_desktop` starts headless and shows the right first screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

ROOT = Path(__file__).resolve().parents[2]


def _start(vault_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EHBC_VAULT_DIR=str(vault_dir),
               EHBC_EXIT_WHEN_SHOWN="1")  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "ehbc_desktop"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


def test_new_folder_starts_with_the_first_start_wizard(tmp_path: Path) -> None:
    result = _start(tmp_path / "vault")
    assert result.returncode == 0, result.stderr
    assert "shown: first-start" in result.stdout
    assert not (tmp_path / "vault").exists(), "showing the wizard must not create the vault"


def test_existing_vault_starts_with_the_unlock_screen(tmp_path: Path) -> None:
    from ehbc_desktop.vault.vault import create_vault

    folder = tmp_path / "vault"
    opened, _code = create_vault(
        folder, "Testschool", "An Peeters", "een zin van vijf woorden", kdf=FAST_TEST_PARAMS
    )
    opened.lock()
    result = _start(folder)
    assert result.returncode == 0, result.stderr
    assert "shown: unlock lazy=True" in result.stdout, (
        "the unlock screen must not need the services"
    )
    assert "Traceback" not in result.stderr
