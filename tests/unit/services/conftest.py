"""Fixtures for service tests: a real, tiny vault per test (fast KDF through tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ehbc_desktop.services.access import access
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS


@pytest.fixture
def vault_session(tmp_path: Path) -> Iterator[VaultSession]:
    """An unlocked session, as user "juf.an", over a fresh vault at the newest schema."""
    session, _code = access.create(
        tmp_path / "vault", "Testschool", "juf.an", "tien zure appels in de kelder",
        kdf=FAST_TEST_PARAMS,
    )
    yield session
    session.close()
