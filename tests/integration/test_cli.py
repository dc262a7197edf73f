"""The headless command line over real vaults: one-line errors, never a passphrase in argv."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from ehbc_desktop.__main__ import main
from ehbc_desktop.domain.enums import CaseStatus, Classification
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from ehbc_desktop.vocabulary import label

PASSPHRASE = "paarse olifant danst traag"


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args), kdf=FAST_TEST_PARAMS)
    out, err = capsys.readouterr()
    return code, out, err


def test_init_prints_the_recovery_key_once_and_check_passes(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "v"
    code, out, _ = _run(
        capsys,
        "vault",
        "init",
        "--vault",
        str(folder),
        "--user",
        "an",
        "--school",
        "Sint-Test",
        "--passphrase-file",
        str(secret),
    )
    assert code == 0
    assert "Herstelsleutel" in out
    key_line = out.strip().splitlines()[-1].strip()
    assert len(key_line.split("-")) == 8
    code, out, _ = _run(
        capsys,
        "vault",
        "check",
        "--vault",
        str(folder),
        "--user",
        "an",
        "--passphrase-file",
        str(secret),
    )
    assert code == 0
    assert "Dossiers: 0" in out
    assert "Kluis in orde." in out


def test_wrong_passphrase_is_one_line_and_changes_no_file(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("niet de juiste zin\n", encoding="utf-8")
    before = _files(vault)
    code, out, err = _run(
        capsys,
        "cases",
        "list",
        "--vault",
        str(vault),
        "--user",
        "an",
        "--passphrase-file",
        str(bad),
    )
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "klopt niet" in err
    assert "Traceback" not in err
    assert _files(vault) == before


def test_english_messages_on_request(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("not the right one\n", encoding="utf-8")
    code, _, err = _run(
        capsys,
        "--lang",
        "en",
        "vault",
        "check",
        "--vault",
        str(vault),
        "--user",
        "an",
        "--passphrase-file",
        str(bad),
    )
    assert code == 1
    assert "passphrase is wrong" in err


def test_a_passphrase_is_never_accepted_on_the_command_line(
    vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["cases", "list", "--vault", str(vault), "--user", "an", "--passphrase", PASSPHRASE])
    assert exit_info.value.code == 2


def test_damaged_slot_file_gives_the_damaged_message(
    vault: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    slots = vault / "keyslots.json"
    data = bytearray(slots.read_bytes())
    data[len(data) // 2] ^= 0x01
    slots.write_bytes(bytes(data))
    code, _, err = _run(
        capsys,
        "vault",
        "check",
        "--vault",
        str(vault),
        "--user",
        "an",
        "--passphrase-file",
        str(secret),
    )
    assert code == 1
    assert "beschadigd of werd buiten het programma gewijzigd" in err


def test_passwd_and_add_user(
    vault: Path, tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.txt"
    new.write_text("een nieuwe lange wachtwoordzin\n", encoding="utf-8")
    common = ["--vault", str(vault), "--user", "an"]
    assert (
        _run(
            capsys,
            "vault",
            "passwd",
            *common,
            "--passphrase-file",
            str(secret),
            "--new-passphrase-file",
            str(new),
        )[0]
        == 0
    )
    assert _run(capsys, "vault", "check", *common, "--passphrase-file", str(secret))[0] == 1
    code, out, _ = _run(
        capsys,
        "vault",
        "add-user",
        *common,
        "--passphrase-file",
        str(new),
        "bert",
        "--new-passphrase-file",
        str(secret),
    )
    assert (code, "bert" in out) == (0, True)
    code, _, err = _run(
        capsys,
        "vault",
        "add-user",
        "--vault",
        str(vault),
        "--user",
        "bert",
        "--passphrase-file",
        str(secret),
        "carla",
        "--new-passphrase-file",
        str(new),
    )
    assert code == 1
    assert "beheerder" in err


def test_demo_makes_cases_on_every_route_and_names_only_on_request(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "demo"
    code, out, _ = _run(
        capsys, "demo", "--vault", str(folder), "--passphrase-file", str(secret), "--cases", "12"
    )
    assert code == 0
    assert "12" in out
    common = ["--vault", str(folder), "--user", "demo", "--passphrase-file", str(secret)]
    code, out, _ = _run(capsys, "cases", "list", *common)
    lines = out.strip().splitlines()
    assert code == 0
    assert len(lines) == 12
    columns = [line.split("\t") for line in lines]
    assert all(len(c) == 4 for c in columns)  # no names without --names
    # Status and classification in the vocabulary's Dutch words (the default --lang).
    assert {c[1] for c in columns} >= {"discrete observatie", "lopend"}
    assert {c[2] for c in columns} >= {
        "cyberpesten",
        "klassiek pesten",
        "conflict, geen pesten",
        "cyberpesten en klassiek pesten",
    }
    code, out, _ = _run(capsys, "cases", "list", *common, "--names")
    assert all(len(line.split("\t")) == 5 for line in out.strip().splitlines())
    # The same words as the window's case list and the case summary (one vocabulary).
    code, out, _ = _run(capsys, "--lang", "en", "cases", "list", *common)
    columns = [line.split("\t") for line in out.strip().splitlines()]
    assert label(Classification.CONFLICT, "en") == "conflict, not bullying"
    assert {label(c, "en") for c in Classification} <= {c[2] for c in columns}
    assert {label(s, "en") for s in (CaseStatus.OBSERVATION, CaseStatus.OPEN)} <= {
        c[1] for c in columns
    }


def test_errors_reach_a_real_process_as_one_line_without_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here"
    secret = tmp_path / "p.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ehbc_desktop",
            "cases",
            "list",
            "--vault",
            str(missing),
            "--user",
            "an",
            "--passphrase-file",
            str(secret),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("ehbc: ")
    assert result.stderr.count("\n") == 1
