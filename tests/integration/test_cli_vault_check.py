"""`ehbc vault check` checks the evidence files too: missing, damaged, orphaned, left-over temps."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path

import pytest

from ehbc_desktop.__main__ import main
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "paarse olifant danst traag"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A vault with one case holding one 200 kB evidence file; returns its folder."""
    folder = tmp_path / "vault"
    session, _code = access.create(folder, "Sint-Test", "an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    case_id = CaseService(session).create_case("Dossier")
    data = os.urandom(200_000)
    EvidenceService(session).add_stream(case_id, io.BytesIO(data), EvidenceInput("foto"))
    session.add_user("bert", "bert zijn zin is lang")
    session.close()
    return folder


def _blob(folder: Path) -> Path:
    (blob,) = [p for p in (folder / "blobs").iterdir() if not p.name.startswith(".")]
    return blob


def _check(
    capsys: pytest.CaptureFixture[str], folder: Path, secret: Path, *extra: str
) -> tuple[int, str]:
    args = ["vault", "check", "--vault", str(folder), "--user", "an"]
    code = main([*args, "--passphrase-file", str(secret), *extra])
    out, err = capsys.readouterr()
    return code, out + err


def test_a_whole_vault_is_in_order(
    folder: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _check(capsys, folder, secret)
    assert code == 0 and "Kluis in orde." in out
    assert "Bewijsstukken: 1" in out


def test_a_missing_evidence_file_is_named(
    folder: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _blob(folder).unlink()
    code, out = _check(capsys, folder, secret, "--quick")
    assert code == 1 and "bewijsbestand ontbreekt" in out and "in orde" not in out


def test_a_damaged_evidence_file_is_named_and_quick_still_sees_a_cut(
    folder: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blob = _blob(folder)
    data = bytearray(blob.read_bytes())
    data[100_000] ^= 0x01
    blob.write_bytes(bytes(data))
    code, out = _check(capsys, folder, secret)
    assert code == 1 and "bewijsbestand is beschadigd" in out and "in orde" not in out
    # --quick does not decrypt, so a flipped bit passes it; a shortened file does not.
    assert _check(capsys, folder, secret, "--quick")[0] == 0
    blob.write_bytes(bytes(data[:-5000]))
    code, out = _check(capsys, folder, secret, "--quick")
    assert code == 1 and "verkeerde grootte" in out


def test_an_orphan_is_named_and_repair_removes_it_after_saying_so(
    folder: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    orphan = folder / "blobs" / ("ab" * 16)
    orphan.write_bytes(b"left by a killed import")
    code, out = _check(capsys, folder, secret)
    assert code == 1 and "los bewijsbestand zonder dossier" in out and "--repair" in out
    assert orphan.exists()
    code, out = _check(capsys, folder, secret, "--repair")
    assert f"wordt verwijderd: blobs/{orphan.name}" in out
    assert code == 0 and "Kluis in orde." in out
    assert not orphan.exists()
    assert _blob(folder).exists()  # the real evidence file stays


def test_only_an_admin_may_repair(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    orphan = folder / "blobs" / ("cd" * 16)
    orphan.write_bytes(b"x")
    secret = tmp_path / "bert.txt"
    secret.write_text("bert zijn zin is lang\n", encoding="utf-8")
    args = ["vault", "check", "--vault", str(folder), "--user", "bert", "--repair"]
    assert main([*args, "--passphrase-file", str(secret)]) == 1
    assert "beheerder" in capsys.readouterr().err
    assert orphan.exists()


def test_unlock_removes_its_own_stale_temp_files_and_says_so(
    folder: Path, secret: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blob_temp = folder / "blobs" / (".tmp-" + "ef" * 16)
    slot_temp = folder / ".keyslots.json.0123456789ab.tmp"
    foreign = folder / "notes-of-someone.txt"
    for path in (blob_temp, slot_temp, foreign):
        path.write_bytes(b"half written")
    code, out = _check(capsys, folder, secret)
    assert not blob_temp.exists() and not slot_temp.exists()
    assert foreign.exists()  # not ours: never removed
    assert "opgeruimd bij het openen: blobs/.tmp-" in out
    assert code == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows uses the profile ACL")
def test_the_vault_folder_is_private_and_every_file_in_it_too(folder: Path) -> None:
    session = access.unlock(folder, "an", PASSPHRASE)
    try:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE((folder / "blobs").stat().st_mode) == 0o700
        files = [p for p in folder.rglob("*") if p.is_file()]
        assert {"vault.db", "vault.db-wal", "vault.commit", "keyslots.json", "vault.lock"} <= {
            p.name for p in files
        }
        assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {
            p.name: oct(0o600) for p in files
        }
    finally:
        session.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_unlock_tightens_the_modes_of_an_older_vault(folder: Path) -> None:
    folder.chmod(0o755)
    (folder / "vault.db").chmod(0o644)
    access.unlock(folder, "an", PASSPHRASE).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "vault.db").stat().st_mode) == 0o600


def test_backups_lists_the_backups_to_restore_and_a_restored_vault_opens(
    folder: Path, secret: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "usb"
    args = ["--vault", str(folder), "--user", "an", "--passphrase-file", str(secret)]
    assert main(["backup", *args, "--to", str(target)]) == 0
    capsys.readouterr()
    assert main(["backups", "--to", str(target)]) == 0
    (listed,) = capsys.readouterr().out.split()
    assert Path(listed).parent == target
    restored = tmp_path / "restored"
    assert main(["restore", "--from", listed, "--vault", str(restored)]) == 0
    assert (restored / "vault.commit").is_file()
    code, out = _check(capsys, restored, secret)
    assert code == 0 and "Kluis in orde." in out
    assert main(["backups", "--to", str(tmp_path / "empty")]) == 1
