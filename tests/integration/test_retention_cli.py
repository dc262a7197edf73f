"""`ehbc retention list` and `ehbc retention purge [--dry-run]` over a real vault."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ehbc_desktop.__main__ import main
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.case.closing import ClosingService
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "paarse olifant danst traag"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_list_dry_run_and_purge(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "vault"
    secret = tmp_path / "p.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    session, _ = access.create(folder, "School", "an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    cases = CaseService(session)
    old = cases.create_case("Oud", [ParticipantInput("Wannes", "Oud", "1A", Role.VICTIM)],
                            opened_on=date(2012, 9, 10))  # fmt: skip
    cases.create_case("Nieuw", [], opened_on=date(2026, 9, 10))
    closing = ClosingService(session)
    day = date(2013, 6, 1)
    closing.close(old, day, {g: "x" for g in closing.checklist(old, day).gaps})
    reference = cases.get_case(old).case.reference
    session.close()
    opts = ["--vault", str(folder), "--user", "an", "--passphrase-file", str(secret)]

    code, out = _run(capsys, "retention", "list", *opts)
    assert code == 0 and out.startswith(f"{reference}\t2012-09-10\t2013-06-01\t")
    code, out = _run(capsys, "--lang", "en", "retention", "purge", "--dry-run", *opts)
    assert code == 0 and reference in out and "Nothing was changed" in out
    code, out = _run(capsys, "--lang", "en", "retention", "purge", "--yes", *opts)
    assert code == 0 and f"Deleted: {reference}" in out and "Older backups" in out
    code, out = _run(capsys, "--lang", "en", "retention", "list", *opts)
    assert "No closed cases past their retention date" in out
    session = access.unlock(folder, "an", PASSPHRASE)
    assert [c.title for c in CaseService(session).list_cases()] == ["Nieuw"]
    session.close()
