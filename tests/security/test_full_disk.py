"""A full disk at every write path: said as "schijf vol", nothing half left, the vault intact.

A real full disk: a small tmpfs, filled to the last byte. Mounting needs root (a CI container or
this project's test machine); elsewhere these tests are skipped.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from ehbc_desktop.__main__ import main
from ehbc_desktop.services.access import access
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.builders.vault import PASSPHRASE, USER, DocumentCase, build_case, new_vault

SIZE = "16m"


def _fill(folder: Path) -> Path:
    """Fill the file system of `folder` until writing fails with ENOSPC."""
    filler = folder / "filler.bin"
    # Unbuffered: a buffered file would retry its failed flush on close and raise there.
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 65536)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    with contextlib.suppress(OSError), open(folder / "filler-tail.bin", "wb", buffering=0) as out:
        while True:
            out.write(b"\0")
    return filler


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A mounted tmpfs of a few MB (skipped where mounting is not allowed)."""
    mount = shutil.which("mount")
    point = tmp_path / "disk"
    point.mkdir()
    if mount is None or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run([mount, "-t", "tmpfs", "-o", f"size={SIZE}", "tmpfs", str(point)],
                          capture_output=True, check=False)  # fmt: skip
    if done.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


def _vault_args(folder: Path, secret: Path) -> list[str]:
    return ["--vault", str(folder), "--user", USER, "--passphrase-file", str(secret)]


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, DocumentCase]:
    folder = tmp_path / "vault"
    session = new_vault(folder)
    case = build_case(session)
    session.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return folder, secret, case


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str]:
    code = main([str(a) for a in argv], kdf=FAST_TEST_PARAMS)
    return code, capsys.readouterr().err


def test_backup_on_a_full_disk_says_so_and_leaves_no_folder(
    setup: tuple[Path, Path, DocumentCase], small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, secret, _case = setup
    _fill(small_disk)
    target = small_disk / "nieuw" / "backups"
    code, err = _run(capsys, "backup", *_vault_args(folder, secret), "--to", target)
    assert code == 1
    assert "schijf is vol" in err.lower() and "Onverwachte" not in err
    assert err.splitlines()[-1].startswith("ehbc: ")
    assert not (small_disk / "nieuw").exists()  # no empty target folder left behind
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler-tail.bin", "filler.bin"]


@pytest.mark.parametrize("writer", ["render", "archive"])
def test_a_document_or_archive_on_a_full_disk_says_so_and_leaves_nothing(
    setup: tuple[Path, Path, DocumentCase], small_disk: Path,
    capsys: pytest.CaptureFixture[str], writer: str,
) -> None:  # fmt: skip
    folder, secret, case = setup
    _fill(small_disk)
    target = small_disk / "uit.bin"
    if writer == "render":
        argv: list[str | Path] = ["render", "case-summary", *_vault_args(folder, secret),
                                  "--case", case.reference, "--out", target]  # fmt: skip
    else:
        archive_secret = folder.parent / "archief.txt"
        archive_secret.write_text("kroon-pijl-paars-penning-snoek-waker\n", encoding="utf-8")
        argv = ["archive", "export", *_vault_args(folder, secret), "--case", case.reference,
                "--archive-passphrase-file", archive_secret, "--out", target]  # fmt: skip
    code, err = _run(capsys, *argv)
    assert code == 1
    assert "schijf" in err.lower() and "vol" in err.lower() and "Onverwachte" not in err
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler-tail.bin", "filler.bin"]


def test_unlocking_a_vault_on_a_full_disk_says_disk_full(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = small_disk / "vault"
    session = new_vault(folder)
    build_case(session)
    session.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    filler = _fill(small_disk)
    code, err = _run(capsys, "cases", "list", *_vault_args(folder, secret))
    assert code == 1
    assert "schijf is vol" in err.lower(), err
    assert "(I/O)" not in err and "Onverwachte" not in err
    filler.unlink(missing_ok=True)
    (small_disk / "filler-tail.bin").unlink(missing_ok=True)
    access.unlock(folder, USER, PASSPHRASE).close()  # with room again, the vault is whole
