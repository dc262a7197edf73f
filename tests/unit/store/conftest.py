"""Fixtures for store tests: a real SQLCipher database upgraded to the newest schema."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ehbc_desktop.store.schema import upgrade_to_head
from ehbc_desktop.vault.database import make_engine


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An encrypted database at the newest schema."""
    eng = make_engine(tmp_path / "vault.db", os.urandom(32))
    upgrade_to_head(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    """A session factory over that database."""
    return sessionmaker(engine, expire_on_commit=False)
