"""The command line as the README describes it: languages, help, errors, progress, versions."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ehbc_desktop import __version__
from ehbc_desktop.__main__ import main
from ehbc_desktop.cli import progress
from ehbc_desktop.cli.error_messages import error_message
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.error_classes import bare_instance, defined_error_classes

PASSPHRASE = "paarse olifant danst traag"
ROOT = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv], kdf=FAST_TEST_PARAMS)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", defined_error_classes(), ids=lambda k: k.__qualname__)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_error_of_the_vault_and_services_has_its_own_message(
    kind: type[BaseException], lang: str
) -> None:
    text = error_message(bare_instance(kind), lang)
    assert "Onverwachte fout" not in text and "Unexpected error" not in text
    assert kind.__name__ not in text


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_is_accepted_before_and_after_the_command(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("niet de juiste zin hoor\n", encoding="utf-8")
    command = ["vault", "check", "--vault", vault, "--user", "an", "--passphrase-file", bad]
    argv = ["--lang", "en", *command] if where == "before" else [*command, "--lang", "en"]
    code, _out, err = _run(capsys, *argv)
    assert code == 1
    assert "passphrase is wrong" in err


def test_render_lang_after_the_command_sets_document_and_messages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _err = _run(capsys, "render", "--list", "--lang", "en")
    assert code == 0 and out.startswith("Documents:")
    code, out, _err = _run(capsys, "--lang", "en", "render", "--list")
    assert code == 0 and out.startswith("Documents:")


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"ehbc {__version__}"


@pytest.mark.parametrize(
    "command",
    [["vault", "check"], ["vault", "passwd"], ["vault", "add-user"], ["cases", "list"],
     ["evidence", "add"], ["archive", "export"], ["archive", "import"], ["backup"],
     ["render"]],
)  # fmt: skip
def test_commands_that_need_a_vault_say_so_in_their_help(
    capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "the vault" in text and "--user" in text


def test_render_list_says_what_each_document_needs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "render", "--list")
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(lines) == 8
    assert all("kluis" in line and "--user" in line for line in lines)
    assert "pupil-handout" in out and "--case" not in next(
        line for line in lines if "pupil-handout" in line
    )


def test_render_a_handout_needs_only_the_vault_and_the_user(
    vault: Path, secret: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "folder.pdf"
    code, _o, err = _run(capsys, "render", "pupil-handout", "--vault", vault, "--user", "an",
                         "--passphrase-file", secret, "--out", out)  # fmt: skip
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF-")


def test_vault_init_without_school_is_a_usage_error(
    tmp_path: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["vault", "init", "--vault", str(tmp_path / "v"), "--user", "an",
              "--passphrase-file", str(secret)])  # fmt: skip
    assert done.value.code == 2
    assert "--school" in capsys.readouterr().err
    assert not (tmp_path / "v").exists()


def test_backup_keep_below_one_is_refused_before_any_work(
    vault: Path, secret: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["backup", "--vault", str(vault), "--user", "an", "--passphrase-file", str(secret),
              "--to", str(tmp_path / "b"), "--keep", "0"])  # fmt: skip
    assert done.value.code == 2
    assert "at least 1" in capsys.readouterr().err
    assert not (tmp_path / "b").exists()


def test_add_user_with_an_existing_name_in_another_case_says_so(
    vault: Path, secret: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.txt"
    new.write_text("groene kikker springt hoog\n", encoding="utf-8")
    code, _out, err = _run(capsys, "vault", "add-user", "AN", "--vault", vault, "--user", "an",
                           "--passphrase-file", secret, "--new-passphrase-file", new)  # fmt: skip
    assert code == 1
    assert "al een gebruiker met die naam" in err


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("password1password1password1", "herhaalt zich"),
        ("wachtwoordwachtwoordwachtwoord", "herhaalt zich"),
        ("Sint-Test school 2026 an", "naam van de school"),
        ("a", "korter dan 12 tekens"),
    ],
)
def test_a_weak_passphrase_is_refused_in_plain_dutch_with_a_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], phrase: str, reason: str
) -> None:
    weak = tmp_path / "weak.txt"
    weak.write_text(phrase + "\n", encoding="utf-8")
    code, _out, err = _run(capsys, "vault", "init", "--vault", tmp_path / "v", "--user", "an",
                           "--school", "Sint-Test", "--passphrase-file", weak)  # fmt: skip
    assert code == 1
    assert "te zwak" in err and reason in err
    suggestion = err.rsplit(": ", 1)[1].strip()
    assert len(suggestion.split("-")) == 6  # a generated phrase of six words
    assert not (tmp_path / "v" / "keyslots.json").exists()


def test_an_archive_passphrase_of_one_character_is_refused(
    vault: Path, secret: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ehbc_desktop.services.access import access
    from ehbc_desktop.services.case.cases import CaseService

    session = access.unlock(vault, "an", PASSPHRASE)
    try:
        CaseService(session).create_case("Groepschat")
        reference = CaseService(session).list_cases()[0].reference
    finally:
        session.close()
    one = tmp_path / "a.txt"
    one.write_text("a\n", encoding="utf-8")
    code, _out, err = _run(
        capsys, "archive", "export", "--vault", vault, "--user", "an", "--passphrase-file",
        secret, "--case", reference, "--archive-passphrase-file", one, "--out", tmp_path / "x.ehbc",
    )  # fmt: skip
    assert code == 1 and "te zwak" in err
    assert not (tmp_path / "x.ehbc").exists()


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.mark.parametrize("tty", [False, True])
def test_progress_is_a_bar_on_a_terminal_and_one_line_otherwise(
    monkeypatch: pytest.MonkeyPatch, tty: bool
) -> None:
    stream = _Stream(tty)
    monkeypatch.setattr(sys, "stderr", stream)
    show = progress.progress_reporter("Controle")
    for done in range(0, 151):
        show(done, 150)
    text = stream.getvalue()
    if tty:
        assert "[" in text and "\r" in text and text.endswith("100%\n")
    else:
        assert text == "Controle: 100%\n"


@pytest.mark.parametrize("tty", [False, True])
def test_an_error_after_a_half_drawn_bar_starts_on_its_own_line(
    monkeypatch: pytest.MonkeyPatch, tty: bool
) -> None:
    stream = _Stream(tty)
    monkeypatch.setattr(sys, "stderr", stream)
    show = progress.progress_reporter("Controle")
    show(10, 150)
    progress.end_progress_line()
    print("ehbc: fout", file=sys.stderr)
    lines = stream.getvalue().split("\n")
    assert "ehbc: fout" in lines


def test_a_damaged_archive_check_on_a_pipe_writes_one_error_line(
    tmp_path: Path, secret: Path
) -> None:
    """Standard error is a pipe here: no percentage lines, and the error on its own line."""
    archive = tmp_path / "x.ehbc"
    archive.write_bytes(b"age-encryption.org/v1\n" + os.urandom(4096))
    done = subprocess.run(
        [sys.executable, "-m", "ehbc_desktop", "archive", "verify",
         "--archive-passphrase-file", str(secret), str(archive)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) <= 2 and lines[-1].startswith("ehbc: ")
    assert "%" not in done.stderr.replace("100%", "")
