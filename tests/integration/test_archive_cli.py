"""The evidence, archive and backup commands, run through the main CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from ehbc_desktop.__main__ import main
from ehbc_desktop.services.access import access
from ehbc_desktop.services.evidence.evidence import EvidenceService
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.builders.archive import ARCHIVE_PASSPHRASE, vault_with_cases
from tests.builders.vault import PASSPHRASE


def _run(*argv: str | Path) -> int:
    return main([str(a) for a in argv], kdf=FAST_TEST_PARAMS)


def test_commands_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    session, _ids = vault_with_cases(tmp_path / "a", count=1)
    session.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    archive_pass = tmp_path / "archive-pass.txt"
    archive_pass.write_text(ARCHIVE_PASSPHRASE + "\n")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("verkeerd\n")
    vault = ("--vault", tmp_path / "a", "--user", "juf.an", "--passphrase-file", pass_file)
    evidence_file = tmp_path / "bericht.txt"
    evidence_file.write_text("dreigend bericht")

    assert _run("evidence", "add", *vault, "--case", "2026-0001", evidence_file) == 0
    assert _run("evidence", "verify", *vault, "--case", "2026-0001") == 0
    assert capsys.readouterr().out.count("in orde") == 3
    out = tmp_path / "x.ehbc"
    assert _run("archive", "export", *vault, "--case", "2026-0001",
                "--archive-passphrase-file", archive_pass, "--out", out) == 0  # fmt: skip
    assert _run("archive", "verify", "--archive-passphrase-file", wrong, out) == 1
    assert "wachtwoordzin van het archief klopt niet" in capsys.readouterr().err
    assert _run("archive", "verify", "--archive-passphrase-file", archive_pass, out) == 0
    assert "2026-0001: 3 bewijsstuk(ken)" in capsys.readouterr().out

    b, _code = access.create(
        tmp_path / "b", "Sint-Rita", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS
    )
    b.close()
    vault_b = ("--vault", tmp_path / "b", "--user", "juf.an", "--passphrase-file", pass_file)
    assert _run("archive", "import", *vault_b, "--archive-passphrase-file", archive_pass, out) == 0
    assert _run("archive", "import", *vault_b, "--archive-passphrase-file", archive_pass,
                out, "--on-conflict", "copy") == 0  # fmt: skip
    printed = capsys.readouterr().out
    assert "Ingelezen: 2026-0001\n" in printed and "Ingelezen: 2026-0001-2" in printed

    assert _run("backup", *vault_b, "--to", tmp_path / "backups") == 0
    (backup,) = (tmp_path / "backups").iterdir()
    assert _run("restore", "--from", backup, "--vault", tmp_path / "b") == 1
    assert "lege of nieuwe map" in capsys.readouterr().err
    assert _run("restore", "--from", backup, "--vault", tmp_path / "c") == 0
    restored = access.unlock(tmp_path / "c", "juf.an", PASSPHRASE)
    try:
        assert len(restored.vault.info.users) == 1
        with restored.unit() as s:
            assert s.execute(text("SELECT count(*) FROM cases")).scalar() == 2
        assert EvidenceService(restored).blobs.list_ids()
    finally:
        restored.close()


def test_export_without_a_passphrase_file_proposes_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session, _ids = vault_with_cases(tmp_path / "a", count=1)
    session.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE)
    vault = ("--vault", tmp_path / "a", "--user", "juf.an", "--passphrase-file", pass_file)
    out = tmp_path / "x.ehbc"
    assert _run("archive", "export", *vault, "--case", "2026-0001", "--no-documents",
                "--out", out) == 0  # fmt: skip
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("Wachtwoordzin"))
    proposed = line.split(": ", 1)[1]
    assert len(proposed.split("-")) == 6
    (tmp_path / "p2").write_text(proposed)
    assert _run("archive", "verify", "--archive-passphrase-file", tmp_path / "p2", out) == 0
    assert "Documenten: 0" in capsys.readouterr().out
    assert _run("evidence", "verify", *vault, "--case", "2099-0001") == 1
    assert "geen dossier met referentie 2099-0001" in capsys.readouterr().err
