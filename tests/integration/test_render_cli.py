"""`ehbc render` on a real vault: files are written, lists are printed, errors are typed."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from ehbc_desktop.cli import render_command as cli_render
from ehbc_desktop.cli.main import build_parser
from ehbc_desktop.cli.passphrases import PassphraseInputError
from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.access import access
from ehbc_desktop.services.errors import CaseNotFoundError
from ehbc_desktop.store import models as m
from tests.builders.story import ALL_NAMES, VICTIM
from tests.builders.vault import PASSPHRASE, USER, DocumentCase, build_case, new_vault
from tests.readers import pdf_text


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, DocumentCase]]:
    """A locked vault with the fictional case, and a passphrase file."""
    root = tmp_path_factory.mktemp("cli")
    session = new_vault(root / "vault")
    case = build_case(session)
    session.close()
    secret = root / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    yield root / "vault", secret, case


def _parse(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def _run(argv: list[str]) -> int:
    args = _parse(argv)
    return int(args.handler(args))


def _vault_args(vault: Path, secret: Path) -> list[str]:
    return ["--vault", str(vault), "--user", USER, "--passphrase-file", str(secret)]


def test_render_writes_a_case_document(
    setup: tuple[Path, Path, DocumentCase], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, secret, case = setup
    out = tmp_path / "plan.pdf"

    code = _run(
        [
            "render",
            "follow-up-plan",
            *_vault_args(vault, secret),
            "--case",
            case.reference,
            "--out",
            str(out),
            "--lang",
            "en",
        ]
    )

    assert code == 0
    text = pdf_text(out.read_bytes())
    assert "Follow-up plan" in text and case.reference in text
    captured = capsys.readouterr()
    assert str(out) in captured.out
    assert "outside the vault" in captured.err  # a confidential file earns a warning
    session = access.unlock(vault, USER, PASSPHRASE)
    try:
        with session.unit() as s:
            exports = [e for e in s.query(m.AuditEvent).all() if e.action is AuditAction.EXPORT]
    finally:
        session.close()
    assert [e.target for e in exports][-1] == "document:follow-up-plan"


def test_pseudonymised_summary_and_the_only_conversation(
    setup: tuple[Path, Path, DocumentCase], tmp_path: Path
) -> None:
    vault, secret, case = setup
    summary, report = tmp_path / "summary.pdf", tmp_path / "conversation.pdf"

    assert (
        _run(
            [
                "render",
                "case-summary",
                *_vault_args(vault, secret),
                "--case",
                case.reference,
                "--out",
                str(summary),
                "--pseudonymise",
            ]
        )
        == 0
    )
    assert (
        _run(
            [
                "render",
                "conversation",
                *_vault_args(vault, secret),
                "--case",
                case.reference,
                "--out",
                str(report),
            ]
        )
        == 0
    )

    hidden = pdf_text(summary.read_bytes())
    assert not [name for name in ALL_NAMES if name in hidden]
    assert VICTIM.first_name in pdf_text(report.read_bytes())


def test_handout_needs_no_case(setup: tuple[Path, Path, DocumentCase], tmp_path: Path) -> None:
    vault, secret, _ = setup
    out = tmp_path / "handout.pdf"
    assert _run(["render", "pupil-handout", *_vault_args(vault, secret), "--out", str(out)]) == 0
    assert "Awel" in pdf_text(out.read_bytes())


def test_list_prints_the_documents_and_the_cases_conversations(
    setup: tuple[Path, Path, DocumentCase], capsys: pytest.CaptureFixture[str]
) -> None:
    vault, secret, case = setup
    assert _run(["render", "--list"]) == 0
    listing = capsys.readouterr().out
    for document_id in cli_render.CLI_DOCUMENTS:
        assert document_id in listing
    assert "recovery-sheet" not in listing

    assert _run(["render", "--list", *_vault_args(vault, secret), "--case", case.reference]) == 0
    assert case.conversation_id in capsys.readouterr().out


def test_errors_are_typed_or_usage(setup: tuple[Path, Path, DocumentCase], tmp_path: Path) -> None:
    vault, secret, _ = setup
    out = tmp_path / "x.pdf"
    with pytest.raises(CaseNotFoundError):
        _run(
            [
                "render",
                "follow-up-plan",
                *_vault_args(vault, secret),
                "--case",
                "1999-001",
                "--out",
                str(out),
            ]
        )
    with pytest.raises(PassphraseInputError):
        _run(
            [
                "render",
                "pupil-handout",
                "--vault",
                str(vault),
                "--user",
                USER,
                "--passphrase-file",
                str(tmp_path / "missing.txt"),
                "--out",
                str(out),
            ]
        )
    with pytest.raises(SystemExit):  # argparse usage error: no --case
        _run(["render", "follow-up-plan", *_vault_args(vault, secret), "--out", str(out)])
    with pytest.raises(SystemExit):
        _run(
            [
                "render",
                "pupil-handout",
                *_vault_args(vault, secret),
                "--out",
                str(out),
                "--pseudonymise",
            ]
        )
    assert not out.exists()
