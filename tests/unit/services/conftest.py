"""Fixtures for service tests: a real encrypted database behind a minimal stand-in of OpenVault."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store.schema import upgrade_to_head
from ehbc_desktop.vault.database import make_engine


class StandInVault:
    """Only the parts of OpenVault the services use, over a real SQLCipher engine."""

    def __init__(self, folder: Path, user: str = "juf.an") -> None:
        self.folder = folder
        self.user = user
        self.is_admin = True
        self.must_change_passphrase = False
        self.engine: Engine = make_engine(folder / "vault.db", os.urandom(32))
        self.locked = False

    def change_passphrase(self, new: str) -> None:
        self.must_change_passphrase = False

    def add_user(self, name: str, passphrase: str, admin: bool = False) -> None:
        pass

    def lock(self) -> None:
        self.locked = True
        self.engine.dispose()


@pytest.fixture
def vault_session(tmp_path: Path) -> Iterator[VaultSession]:
    """An unlocked session over a fresh database at the newest schema."""
    vault = StandInVault(tmp_path)
    upgrade_to_head(vault.engine)
    session = VaultSession(vault)  # type: ignore[arg-type]
    yield session
    session.close()
