"""Fixtures for the vault tests: a real vault on disk with the fast test KDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from ehbc_desktop.vault.vault import OpenVault, create_vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created(vault_folder: Path) -> Iterator[tuple[OpenVault, str]]:
    """A new vault, open as its admin 'anna', with its recovery code; locked afterwards."""
    vault, code = create_vault(vault_folder, "Sint-Jozef", "anna", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    yield vault, code
    vault.lock()
