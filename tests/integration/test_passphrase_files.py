"""Passphrase files: a BOM and one final line ending go, everything else is the passphrase.

The same reader serves every passphrase file (vault, new passphrase, archive), so a vault made
from a file that PowerShell 5 wrote (UTF-8 with a BOM) opens with the same words typed later.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ehbc_desktop.__main__ import main
from ehbc_desktop.cli.passphrases import (
    PassphraseInputError,
    decode_passphrase_bytes,
    read_passphrase_file,
)
from ehbc_desktop.services.access import access
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PHRASE = "groene kikker springt hoog"

ENCODED = [
    ("plain", PHRASE.encode()),
    ("LF", (PHRASE + "\n").encode()),
    ("CRLF", (PHRASE + "\r\n").encode()),
    ("UTF-8 BOM", codecs.BOM_UTF8 + PHRASE.encode()),
    ("UTF-8 BOM + CRLF (PowerShell 5)", codecs.BOM_UTF8 + (PHRASE + "\r\n").encode()),
    ("UTF-16 LE BOM + CRLF", codecs.BOM_UTF16_LE + (PHRASE + "\r\n").encode("utf-16-le")),
    ("UTF-16 BE BOM + LF", codecs.BOM_UTF16_BE + (PHRASE + "\n").encode("utf-16-be")),
]

KEPT = [
    ("two line endings: one stays", PHRASE + "\n\n", PHRASE + "\n"),
    ("trailing space stays", PHRASE + " \n", PHRASE + " "),
    ("leading space stays", " " + PHRASE, " " + PHRASE),
    ("a lone CR stays", PHRASE + "\r", PHRASE + "\r"),
    ("a second line stays", PHRASE + "\nnog iets\n", PHRASE + "\nnog iets"),
    ("accents stay", "crème brûlée op zondag\n", "crème brûlée op zondag"),
]


@pytest.mark.parametrize(("name", "data"), ENCODED, ids=[e[0] for e in ENCODED])
def test_bom_and_one_line_ending_are_dropped(name: str, data: bytes) -> None:
    assert decode_passphrase_bytes(data) == PHRASE, name


@pytest.mark.parametrize(("name", "text", "expected"), KEPT, ids=[k[0] for k in KEPT])
def test_everything_else_is_kept_as_written(name: str, text: str, expected: str) -> None:
    assert decode_passphrase_bytes(text.encode()) == expected, name


@pytest.mark.parametrize(
    ("name", "data", "key"),
    [
        ("latin-1", "crème brûlée op zondag".encode("latin-1"), "passphrase_encoding"),
        ("cp1252 quote", b"\x93aanhalingstekens\x94 in windows", "passphrase_encoding"),
        ("broken UTF-8", b"\xc3(", "passphrase_encoding"),
        ("UTF-16 without BOM", PHRASE.encode("utf-16-le"), "passphrase_encoding"),
        ("empty", b"", "passphrase_empty"),
        ("only a line ending", b"\r\n", "passphrase_empty"),
        ("only a BOM", codecs.BOM_UTF8, "passphrase_empty"),
    ],
)
def test_unreadable_or_empty_files_are_refused_clearly(name: str, data: bytes, key: str) -> None:
    with pytest.raises(PassphraseInputError) as refused:
        decode_passphrase_bytes(data)
    assert refused.value.key == key, name


@given(st.text(min_size=1).filter(lambda t: t not in ("\n", "\r\n") and "\x00" not in t))
def test_any_passphrase_written_with_any_ending_and_bom_reads_back(text: str) -> None:
    body = text[:-1] if text.endswith("\n") else text  # a typed passphrase has no final LF
    body = body[:-1] if body.endswith("\r") else body
    if not body:
        return
    for prefix, encoding in ((b"", "utf-8"), (codecs.BOM_UTF8, "utf-8")):
        for ending in ("", "\n", "\r\n"):
            assert decode_passphrase_bytes(prefix + (body + ending).encode(encoding)) == body


def test_a_huge_or_missing_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 100_000)
    for path in (big, tmp_path / "missing.txt"):
        with pytest.raises(PassphraseInputError) as refused:
            read_passphrase_file(path)
        assert refused.value.key == "passphrase_file"


def test_a_vault_made_from_a_powershell_file_opens_with_the_typed_phrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ps = tmp_path / "ps.txt"
    ps.write_bytes(codecs.BOM_UTF8 + (PHRASE + "\r\n").encode())
    folder = tmp_path / "vault"
    argv = ["vault", "init", "--vault", str(folder), "--user", "an", "--school", "Sint-Test",
            "--passphrase-file", str(ps)]  # fmt: skip
    assert main(argv, kdf=FAST_TEST_PARAMS) == 0
    access.unlock(folder, "an", PHRASE).close()  # the phrase as a person types it
    latin = tmp_path / "latin.txt"
    latin.write_bytes("crème brûlée op zondag".encode("latin-1"))
    capsys.readouterr()
    assert main(["cases", "list", "--vault", str(folder), "--user", "an",
                 "--passphrase-file", str(latin)]) == 1  # fmt: skip
    assert "UTF-8" in capsys.readouterr().err


def test_every_command_reads_passphrase_files_through_the_one_reader() -> None:
    """No other module opens a passphrase file itself."""
    package = Path(__file__).resolve().parents[2] / "ehbc_desktop"
    readers = [
        p.relative_to(package).as_posix()
        for p in package.rglob("*.py")
        if "passphrase_file" in p.read_text(encoding="utf-8")
        and ("read_text(" in p.read_text(encoding="utf-8") or "open(" in p.read_text("utf-8"))
    ]
    assert readers in (["cli/passphrases.py"], [])
