"""`--lang en` speaks English everywhere, prompts included; `settings show` and `vault check`
print readable words, not the program's internal keys (in both languages)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ehbc_desktop.__main__ import main
from ehbc_desktop.cli.settings_command import SETTINGS
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.builders.archive import ARCHIVE_PASSPHRASE, vault_with_cases
from tests.builders.vault import PASSPHRASE, USER, build_case, new_vault

#: Dutch words that have no place in English output (compared in lower case).
DUTCH = (
    "kopie", "gemaakt", "wachtwoordzin", "archief", "toegevoegd", "teruggezet", "reservekop",
    "ingelezen", "inlezen", "controle", "terugzetten", "in orde", "beschadigd", "bewijsstuk",
    "documenten", "overgeslagen", "dossier", "kluis", "ongeldige", "gesprek", "herhaal",
    "nieuwe", "huidige", "instelling", "beheerder", "geen ",
)  # fmt: skip

#: Generated secrets and paths (word-word-word-word...) are not messages: left out of the check.
_SECRET_OR_PATH = re.compile(r"\S+(?:-\S+){3,}")

#: The internal names `settings show` and `vault check` used to print.
RAW_KEYS = (*SETTINGS, "follow_ups", "audit_events")


def _dutch_in(text: str) -> list[str]:
    plain = _SECRET_OR_PATH.sub("", text).lower()
    return [word for word in DUTCH if word in plain]


class _Session:
    """Runs commands in-process and keeps what each printed (stdout and stderr)."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys
        self.printed: list[tuple[str, str]] = []

    def run(self, *argv: str | Path, lang: str = "en") -> str:
        words = [str(a) for a in argv]
        main([*words, "--lang", lang], kdf=FAST_TEST_PARAMS)
        out, err = self.capsys.readouterr()
        self.printed.append((" ".join(words[:2]), out + err))
        return out + err


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A vault with one rich case (2026-0001), its passphrase file and an archive's."""
    session, _ids = vault_with_cases(tmp_path / "a", count=1)
    session.close()
    made = {"vault": tmp_path / "a", "pass": tmp_path / "pass.txt",
            "archive_pass": tmp_path / "archive-pass.txt", "evidence": tmp_path / "message.txt"}
    made["pass"].write_text(PASSPHRASE + "\n", encoding="utf-8")
    made["archive_pass"].write_text(ARCHIVE_PASSPHRASE + "\n", encoding="utf-8")
    made["evidence"].write_text("a threatening message", encoding="utf-8")
    return made  # fmt: skip


def _vault(files: dict[str, Path], folder: Path | None = None) -> tuple[str | Path, ...]:
    return ("--vault", folder or files["vault"], "--user", USER, "--passphrase-file",
            files["pass"])  # fmt: skip


def _run_the_vault_and_case_commands(s: _Session, files: dict[str, Path], tmp: Path) -> None:
    vault = _vault(files)
    s.run("vault", "init", "--vault", tmp / "new", "--user", USER, "--school", "Sint-Test",
          "--passphrase-file", files["pass"])  # fmt: skip
    s.run("vault", "check", *vault)
    s.run("vault", "check", *vault, "--quick", "--repair")
    s.run("cases", "list", *vault)
    s.run("settings", "show", *vault)
    s.run("settings", "set", "idle_weeks", "5", *vault)
    s.run("users", "list", *vault)
    s.run("users", "add", "bert", *vault)
    s.run("users", "role", "bert", "clb_worker", *vault)
    s.run("users", "remove", "bert", *vault)
    s.run("vault", "add-user", "carla", *vault, "--new-passphrase-file", files["pass"])
    s.run("vault", "passwd", *vault, "--new-passphrase-file", files["pass"])
    s.run("users", "passwd", *vault, "--new-passphrase-file", files["pass"])
    s.run("vault", "new-recovery-key", *vault)
    s.run("retention", "list", *vault)
    s.run("retention", "purge", *vault, "--dry-run")
    s.run("stats", *vault)
    s.run("render", "--list", *vault, "--case", "2026-0001")
    s.run("render", "case-summary", *vault, "--case", "2026-0001", "--out", tmp / "s.pdf")
    s.run("render", "conversation", *vault, "--case", "2026-0001", "--conversation", "zz",
          "--out", tmp / "c.pdf")  # fmt: skip
    s.run("demo", "--vault", tmp / "demo", "--passphrase-file", files["pass"], "--cases", "2")


def _run_the_evidence_archive_and_backup_commands(
    s: _Session, files: dict[str, Path], tmp: Path
) -> None:
    vault = _vault(files)
    s.run("evidence", "add", *vault, "--case", "2026-0001", files["evidence"])
    s.run("evidence", "verify", *vault, "--case", "2026-0001")
    s.run("archive", "export", *vault, "--case", "2026-0001", "--out", tmp / "x.ehbc")
    s.run("archive", "export", *vault, "--case", "2026-0001", "--out", tmp / "y.ehbc",
          "--archive-passphrase-file", files["archive_pass"])  # fmt: skip
    s.run("archive", "verify", "--archive-passphrase-file", files["archive_pass"], tmp / "y.ehbc")
    s.run("archive", "verify", "--archive-passphrase-file", files["pass"], tmp / "y.ehbc")
    s.run("archive", "import", *vault, "--archive-passphrase-file", files["archive_pass"],
          tmp / "y.ehbc")  # fmt: skip
    s.run("archive", "import", *vault, "--archive-passphrase-file", files["archive_pass"],
          tmp / "y.ehbc", "--on-conflict", "copy")  # fmt: skip
    s.run("backup", *vault, "--to", tmp / "backups")
    s.run("backups", "--to", tmp / "backups")
    s.run("backups", "--to", tmp / "nothing-here")
    (backup,) = (tmp / "backups").iterdir()
    s.run("restore", "--from", backup, "--vault", tmp / "restored")
    s.run("restore", "--from", backup, "--vault", tmp / "restored")


def test_every_printing_command_speaks_english(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = _Session(capsys)
    _run_the_evidence_archive_and_backup_commands(session, files, tmp_path)
    _run_the_vault_and_case_commands(session, files, tmp_path)
    assert len(session.printed) > 30
    dutch = {command: _dutch_in(text) for command, text in session.printed if _dutch_in(text)}
    assert dutch == {}, [text for _command, text in session.printed if _dutch_in(text)]


def test_every_passphrase_prompt_speaks_english(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prompts: list[str] = []

    def terminal(prompt: str = "") -> str:  # the hidden prompt; no terminal runs in a test
        prompts.append(prompt)
        return PASSPHRASE

    monkeypatch.setattr("getpass.getpass", terminal)
    s = _Session(capsys)
    vault = ("--vault", files["vault"], "--user", USER)
    for command in (("cases", "list"), ("settings", "show"), ("users", "list"),
                    ("retention", "list"), ("vault", "check"), ("stats",),
                    ("evidence", "verify", "--case", "2026-0001"), ("vault", "passwd"),
                    ("users", "passwd"), ("vault", "add-user", "dirk"),
                    ("users", "add", "els"), ("render", "--list", "--case", "2026-0001")):
        s.run(*command, *vault)
    s.run("archive", "verify", tmp_path / "missing.ehbc")
    s.run("vault", "init", "--vault", tmp_path / "new", "--user", USER, "--school", "Sint-Test")
    s.run("demo", "--vault", tmp_path / "demo", "--cases", "1")
    assert len(prompts) >= 15
    assert [p for p in prompts if _dutch_in(p)] == []
    s.run("cases", "list", *vault, lang="nl")
    assert "Wachtwoordzin" in prompts[-1]  # Dutch stays the default


def _lines_without_typed_names(text: str) -> list[str]:
    """The printed lines, minus the `[name]` a user types for `settings set`."""
    return [re.sub(r"\[[a-z_]+\]", "", line) for line in text.splitlines()]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_settings_show_and_vault_check_print_words_not_keys(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    s = _Session(capsys)
    shown = s.run("settings", "show", *_vault(files), lang=lang)
    checked = s.run("vault", "check", *_vault(files), lang=lang)
    for line in _lines_without_typed_names(shown) + checked.splitlines():
        assert not [key for key in RAW_KEYS if key in line], line
        assert not line.startswith(("holidays", "cases:", "evidence:")), line
    assert "[restorative_follow_up_days]" in shown  # the name to type for `settings set`
    english = lang == "en"
    holidays, cases = ("School holidays", "Cases") if english else ("Schoolvakanties", "Dossiers")
    assert holidays in shown
    assert f"{cases}: 1" in checked


def _help(capsys: pytest.CaptureFixture[str], *command: str) -> str:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    return " ".join(capsys.readouterr().out.split())


def test_the_help_explains_roles_settings_references_and_backup_folders(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in (("users", "add"), ("users", "role")):
        text = _help(capsys, *command)
        assert "administrator: works on cases" in text and "clb_worker: a CLB worker" in text
    text = _help(capsys, "settings", "set")
    assert "[brackets]" in text and "idle_weeks: weeks without activity" in text
    assert "[brackets]" in _help(capsys, "settings", "show")
    assert "the folder that holds the backups" in _help(capsys, "backups")
    for command in (("render",), ("evidence", "add"), ("archive", "export")):
        text = _help(capsys, *command)
        assert "such as 2026-0002" in text and "2026-014" not in text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_conversation_not_chosen_is_explained_with_the_ids(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    session = new_vault(tmp_path / "two")
    case = build_case(session, conversations=2)
    session.close()
    s = _Session(capsys)
    vault = _vault(files, tmp_path / "two")
    listing = s.run("render", "--list", *vault, "--case", case.reference, lang=lang)
    ids = [line.split()[0] for line in listing.splitlines() if line.startswith("  ")][-2:]
    assert case.conversation_id in ids
    render = ("render", "conversation", *vault, "--case", case.reference)
    pdf = tmp_path / "c.pdf"
    for wanted, said in ((None, ("has 2 conversations", "heeft 2 gesprekken")),
                         ("zz", ("starting with 'zz'", "begint met 'zz'"))):  # fmt: skip
        choice = () if wanted is None else ("--conversation", wanted)
        err = s.run(*render, *choice, "--out", pdf, lang=lang)
        assert said[lang == "nl"] in err and "--conversation ID" in err, err
        assert all(i in err for i in ids) and not pdf.exists()
    s.run(*render, "--conversation", case.conversation_id[:8], "--out", pdf, lang=lang)
    assert pdf.read_bytes().startswith(b"%PDF-")
