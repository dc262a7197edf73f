"""Unexpected errors leave no note or name behind: not in SQL errors, not on stderr."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from ehbc_desktop import crash_report
from ehbc_desktop.vault.database import make_engine

SECRET = "Noé Janssens schreef dit in vertrouwen"


@pytest.fixture
def hooks() -> Iterator[list[str]]:
    """Install the crash report hooks (with a recording notifier); restore Python's afterwards."""
    told: list[str] = []
    old_sys, old_thread = sys.excepthook, threading.excepthook
    crash_report.install(told.append)
    yield told
    sys.excepthook, threading.excepthook = old_sys, old_thread


def test_sql_errors_do_not_carry_the_values(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "x.db", os.urandom(32))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (body TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO notes VALUES (:b)"), {"b": SECRET})
    # Raised as SQLCipher's own error or SQLAlchemy's wrapper: neither may show the value.
    errors = (IntegrityError, sqlcipher3.IntegrityError)
    with pytest.raises(errors) as caught, engine.begin() as conn:
        conn.execute(text("INSERT INTO notes VALUES (:b)"), {"b": SECRET})
    assert SECRET not in str(caught.value)
    assert "Janssens" not in repr(caught.value)
    engine.dispose()


def _raise_with_secret() -> None:
    raise ValueError(f"could not save {SECRET}")


def test_an_unexpected_error_reports_where_not_what(
    hooks: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        _raise_with_secret()
    except ValueError:
        sys.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert "builtins.ValueError" in err
    assert "_raise_with_secret" in err  # where it happened
    assert "Janssens" not in err and "vertrouwen" not in err
    assert hooks == ["ValueError"]


def test_an_error_on_a_worker_thread_is_reported_the_same_way(
    hooks: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    worker = threading.Thread(target=_raise_with_secret)
    worker.start()
    worker.join()
    err = capsys.readouterr().err
    assert "ValueError" in err
    assert "Janssens" not in err
    assert hooks == ["ValueError"]
