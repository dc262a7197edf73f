"""The README's command examples work as written (run in-process, with fast test key slots)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from ehbc_desktop.__main__ import main
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

README = Path(__file__).resolve().parents[2] / "README.md"


def _bash_lines() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_the_readme_shows_commands() -> None:
    commands = [line for line in _bash_lines() if line.startswith(".venv/bin/ehbc ")]
    assert len(commands) >= 4


def test_every_command_example_of_the_readme_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    ran = 0
    for line in _bash_lines():
        words = shlex.split(line, comments=True)
        if words[:1] == ["printf"] and ">" in words:
            text = words[1].encode().decode("unicode_escape")
            Path(words[words.index(">") + 1]).write_text(text, encoding="utf-8")
        elif words[:1] == [".venv/bin/ehbc"] and len(words) > 1:
            code = main(words[1:], kdf=FAST_TEST_PARAMS)
            assert code == 0, (line, capsys.readouterr().err)
            ran += 1
    assert ran >= 5
    assert (tmp_path / "folder.pdf").read_bytes().startswith(b"%PDF-")
    assert list((tmp_path / "backups").iterdir())
