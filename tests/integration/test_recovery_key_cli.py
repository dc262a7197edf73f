"""`ehbc vault new-recovery-key`: an administrator gets a new key, printed once; the old key
opens nothing any more; anyone else is refused and nothing changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ehbc_desktop.cli.main import run_cli
from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.services.access import access
from ehbc_desktop.vault.errors import WrongCredentialsError
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "paarse olifant danst traag over de kaai"


def test_a_new_recovery_key_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "vault"
    session, old = access.create(folder, "Sint-Test", "an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    session.vault.add_user("bart", PASSPHRASE, role=UserRole.MEMBER)
    session.close()
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    slots = (folder / "keyslots.json").read_bytes()

    base = ["vault", "new-recovery-key", "--vault", str(folder), "--passphrase-file", str(pw)]
    assert run_cli([*base, "--user", "bart"]) == 1
    assert "beheerder" in capsys.readouterr().err
    assert (folder / "keyslots.json").read_bytes() == slots

    assert run_cli([*base, "--user", "an"]) == 0
    out = capsys.readouterr().out
    assert "vernietig het oude blad" in out
    (new,) = re.findall(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}", out)
    assert new != old
    with pytest.raises(WrongCredentialsError):
        access.unlock_with_recovery(folder, old, "an")
    access.unlock_with_recovery(folder, new, "an").close()
