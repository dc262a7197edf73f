"""On the command line too, a colleague's starting passphrase only serves to choose their own:
every other command refuses until `ehbc users passwd` replaced it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehbc_desktop.cli.main import run_cli
from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.services.access import access
from ehbc_desktop.services.rights.users import UserService
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

ADMIN = "paarse olifant danst traag over de kaai"
START = "zeven blauwe fietsen rijden op de kaai"
OWN = "mijn eigen zin voor de kluis van school"


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_the_starting_passphrase_only_opens_passwd(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "vault"
    session, _code = access.create(folder, "Sint-Test", "an", ADMIN, kdf=FAST_TEST_PARAMS)
    UserService(session).add_user("bart", START, UserRole.MEMBER)
    session.close()
    start, own = _file(tmp_path, "start.txt", START), _file(tmp_path, "own.txt", OWN)
    base = ["--vault", str(folder), "--user", "bart"]

    for command in (["cases", "list"], ["settings", "show"], ["users", "list"],
                    ["retention", "list"]):
        assert run_cli([*command, *base, "--passphrase-file", start]) == 1
        err = capsys.readouterr().err
        assert "Kies eerst een eigen wachtwoordzin: ehbc users passwd --user \"bart\"" in err

    assert run_cli(["users", "passwd", *base, "--passphrase-file", start,
                    "--new-passphrase-file", own]) == 0
    capsys.readouterr()
    assert run_cli(["cases", "list", *base, "--passphrase-file", own]) == 0
    assert run_cli(["cases", "list", *base, "--passphrase-file", start]) == 1
    assert "klopt niet" in capsys.readouterr().err
