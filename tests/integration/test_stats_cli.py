"""`ehbc stats` on a demo vault: text, JSON and a PDF for the board that names nobody."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ehbc_desktop.cli.main import run_cli
from ehbc_desktop.demo.vault import create_demo_vault
from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.access import access
from ehbc_desktop.store import models as m
from tests.readers import pdf_text

PASSPHRASE = "demo zin lang genoeg"
TODAY = date(2026, 11, 21)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("stats-cli")
    create_demo_vault(root / "vault", PASSPHRASE, cases=120, today=TODAY, seed=5)
    secret = root / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return root / "vault", secret


def _args(vault: tuple[Path, Path], *more: str) -> list[str]:
    folder, secret = vault
    return ["stats", "--vault", str(folder), "--user", "demo", "--passphrase-file", str(secret),
            "--from", "2026-01-01", "--to", "2026-11-30", *more]  # fmt: skip


def _names(folder: Path) -> set[str]:
    session = access.unlock(folder, "demo", PASSPHRASE)
    try:
        with session.unit() as s:
            rows = s.execute(select(m.Person.first_name, m.Person.last_name)).all()
    finally:
        session.close()
    return {part for row in rows for part in row if part}


def test_pdf_for_the_board_holds_no_pupil_name(
    vault: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cijfers.pdf"
    assert run_cli(_args(vault, "--out", str(out))) == 0
    text = pdf_text(out.read_bytes())
    assert "Cijfers over pesten en cyberpesten" in text
    assert "Wat deze cijfers wel en niet vertellen" in text
    names = _names(vault[0])
    assert len(names) > 50
    found = {name for name in names if re.search(rf"\b{re.escape(name)}\b", text)}
    assert found == set()
    assert "PDF" in capsys.readouterr().out
    session = access.unlock(vault[0], "demo", PASSPHRASE)
    try:
        with session.unit() as s:
            targets = s.scalars(
                select(m.AuditEvent.target).where(m.AuditEvent.action == AuditAction.EXPORT)
            ).all()
    finally:
        session.close()
    assert "document:statistics" in targets


def test_json_holds_counts_and_marks_only(
    vault: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(_args(vault, "--json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"] == {"kind": "custom", "from": "2026-01-01", "to": "2026-11-30"}
    assert data["opened"]["this_period"] == 120
    values = [
        cell
        for table in data["tables"].values()
        for row in table["rows"].values()
        for cell in row.values()
    ]
    assert all(v in {"< 5", "hidden"} or (isinstance(v, int) and (v == 0 or v >= 5))
               for v in values)  # fmt: skip
    classification = data["tables"]["classification"]
    assert classification["total"]["this_period"] == 120
    names = _names(vault[0])
    assert not any(name in json.dumps(data) for name in names if len(name) > 3)


def test_text_output_and_a_school_year(
    vault: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret = vault
    argv = ["stats", "--vault", str(folder), "--user", "demo", "--passphrase-file", str(secret),
            "--from", "2026-09-01", "--to", "2027-08-31"]  # fmt: skip
    assert run_cli(argv) == 0
    out = capsys.readouterr().out
    assert "Dossiers geopend" in out and "Vorige periode" in out


def test_range_the_wrong_way_round_is_a_usage_error(vault: tuple[Path, Path]) -> None:
    folder, secret = vault
    with pytest.raises(SystemExit) as stop:
        run_cli(["stats", "--vault", str(folder), "--user", "demo", "--passphrase-file",
                 str(secret), "--from", "2026-05-01", "--to", "2026-04-01"])  # fmt: skip
    assert stop.value.code == 2


def test_threshold_for_one_run_only(
    vault: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(_args(vault, "--json", "--threshold", "50")) == 0
    data = json.loads(capsys.readouterr().out)
    values = [cell for table in data["tables"].values() for row in table["rows"].values()
              for cell in row.values()]  # fmt: skip
    assert "< 50" in values and "< 5" not in values
    assert all(v in {"< 50", "hidden"} or (isinstance(v, int) and (v == 0 or v >= 50))
               for v in values)  # fmt: skip
    assert run_cli(_args(vault, "--json")) == 0  # the school's setting is unchanged
    assert "< 50" not in capsys.readouterr().out
    with pytest.raises(SystemExit) as stop:
        run_cli(_args(vault, "--threshold", "2"))
    assert stop.value.code == 2
