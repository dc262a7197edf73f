"""Fixtures for service tests: a real, tiny vault per test (tests.builders.vault.new_vault)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ehbc_desktop.services.session import VaultSession
from tests.builders.vault import new_vault


@pytest.fixture
def vault_session(tmp_path: Path) -> Iterator[VaultSession]:
    """An unlocked session, as user "juf.an" of "Testschool", over a fresh vault."""
    session = new_vault(tmp_path / "vault", school="Testschool")  # short: weak phrases use it
    yield session
    session.close()
