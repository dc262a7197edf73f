"""`ehbc settings show|set`: everyone reads the school settings, only an administrator changes
them; a colleague is refused with the administrators' names and nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehbc_desktop.cli.main import run_cli
from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.services.access import access
from ehbc_desktop.services.settings import SettingsService
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "paarse olifant danst traag over de kaai"


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    session, _code = access.create(folder, "Sint-Test", "an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    session.vault.add_user("bart", PASSPHRASE, role=UserRole.MEMBER)
    session.close()
    (tmp_path / "pw.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return folder


def _run(vault: Path, user: str, *args: str) -> int:
    pw = vault.parent / "pw.txt"
    return run_cli(["settings", *args, "--vault", str(vault), "--user", user,
                    "--passphrase-file", str(pw)])


def _stored(vault: Path) -> int:
    session = access.unlock(vault, "an", PASSPHRASE)
    try:
        return SettingsService(session).get().retention_school_years
    finally:
        session.close()


def test_a_colleague_reads_but_can_not_change(vault: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(vault, "bart", "show") == 0
    out = capsys.readouterr().out
    assert (
        "Afgesloten dossiers bewaren tot 31 augustus: 1 schooljaar na het afsluiten  "
        "[retention_school_years]\n" in out
    )
    assert "Alleen een beheerder kan de schoolinstellingen wijzigen: an." in out
    assert _run(vault, "bart", "set", "retention_school_years", "3") == 1
    err = capsys.readouterr().err
    assert "Alleen een beheerder kan de schoolinstellingen wijzigen: an." in err
    assert _stored(vault) == 1


def test_an_administrator_changes_a_setting_within_its_bounds(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(vault, "an", "set", "retention_school_years", "3") == 0
    assert (
        "Instelling bewaard: Afgesloten dossiers bewaren tot 31 augustus: 3 schooljaren na het "
        "afsluiten." in capsys.readouterr().out
    )
    assert _stored(vault) == 3
    assert _run(vault, "an", "set", "retention_clb_years", "4") == 1  # never below ten
    assert "niet toegelaten" in capsys.readouterr().err
    assert _run(vault, "an", "set", "idle_weeks", "veel") == 1
    capsys.readouterr()
