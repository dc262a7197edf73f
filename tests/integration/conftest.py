"""Fixtures of the command-line tests: a passphrase file and a vault made by `vault init`."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehbc_desktop.__main__ import main
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "paarse olifant danst traag"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def vault(tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "vault"
    args = ["vault", "init", "--vault", str(folder), "--user", "an", "--school", "Sint-Test"]
    assert main([*args, "--passphrase-file", str(secret)], kdf=FAST_TEST_PARAMS) == 0
    capsys.readouterr()
    return folder
