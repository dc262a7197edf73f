"""`ehbc users list|add|remove|passwd|role` over a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehbc_desktop.__main__ import main
from ehbc_desktop.services.access import access
from ehbc_desktop.vault.errors import WrongCredentialsError

PASSPHRASE = "paarse olifant danst traag"
START = "zeven blauwe fietsen op de kaai"
OWN = "mijn eigen zin voor de kluis"


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "vault"
    secret = _file(tmp_path, "an.txt", PASSPHRASE)
    args = ["vault", "init", "--vault", str(folder), "--user", "an", "--school", "Sint-Test"]
    assert main([*args, "--passphrase-file", str(secret)]) == 0
    capsys.readouterr()
    return folder


def test_colleagues_through_the_command_line(
    tmp_path: Path, vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = ["--vault", str(vault), "--user", "an",
             "--passphrase-file", str(_file(tmp_path, "an.txt", PASSPHRASE))]  # fmt: skip
    start = _file(tmp_path, "start.txt", START)
    code, out, _ = _run(capsys, "--lang", "en", "users", "add", "bart", "--role", "clb_worker",
                        "--new-passphrase-file", str(start), *admin)  # fmt: skip
    assert (code, out.strip()) == (0, "User bart added.")
    code, out, _ = _run(capsys, "users", "list", *admin)
    lines = dict(line.split("\t", 1) for line in out.strip().splitlines())
    assert lines["an"].startswith("beheerder\t")  # the vocabulary's word, as in the window
    assert lines["bart"].startswith("CLB-medewerker\t-") and "startwachtwoordzin" in lines["bart"]
    code, out, _ = _run(capsys, "--lang", "en", "users", "list", *admin)
    english = dict(line.split("\t", 1) for line in out.strip().splitlines())
    assert "(starting passphrase)" in english["bart"] and "startwachtwoordzin" not in out

    # Bart's first unlock must change the starting passphrase; `users passwd` does it.
    session = access.unlock(vault, "bart", START)
    assert session.must_change_passphrase
    session.close()
    bart = ["--vault", str(vault), "--user", "bart", "--passphrase-file", str(start)]
    own = _file(tmp_path, "own.txt", OWN)
    assert _run(capsys, "users", "passwd", *bart, "--new-passphrase-file", str(own))[0] == 0
    session = access.unlock(vault, "bart", OWN)
    assert not session.must_change_passphrase and not session.is_admin
    session.close()

    # A member may not manage colleagues; the administrator may, but keeps one administrator.
    bart_own = ["--vault", str(vault), "--user", "bart", "--passphrase-file", str(own)]
    code, _, err = _run(capsys, "--lang", "en", "users", "remove", "an", *bart_own)
    assert code == 1 and "administrator" in err
    code, _, err = _run(capsys, "--lang", "en", "users", "role", "an", "member", *admin)
    assert code == 1 and "at least one administrator" in err
    assert _run(capsys, "users", "role", "bart", "administrator", *admin)[0] == 0
    assert _run(capsys, "users", "role", "an", "member", *admin)[0] == 0  # bart is admin now
    code, out, _ = _run(capsys, "--lang", "en", "users", "remove", "an", *bart_own)
    assert code == 0 and "Older backups" in out
    with pytest.raises(WrongCredentialsError):
        access.unlock(vault, "an", PASSPHRASE)
    code, _, err = _run(capsys, "--lang", "en", "users", "remove", "bart", *bart_own)
    assert code == 1  # nobody removes themself, nor the last administrator
