"""Interoperability with the reference `age` command-line tool, in both directions.

`age` reads a passphrase only from a terminal, so the tests run it on a pseudo-terminal
(`pty.fork`) and type the passphrase at its prompts. The tool is a Debian package the set-up
script installs; without it these tests are skipped.
"""

from __future__ import annotations

import os
import pty
import select
import shutil
import signal
import tarfile
import time
from pathlib import Path

import pytest

from ehbc_desktop.vault.age_format import AgeReader, AgeWriter, generate_passphrase
from ehbc_desktop.vault.archive_tar import ArchiveWriter, read_archive
from ehbc_desktop.vault.stream_aead import CHUNK_SIZE

pytestmark = pytest.mark.skipif(shutil.which("age") is None, reason="age tool not installed")
_SAFETY_NET = 120.0  # only against a hung child; not a performance limit


def run_age(args: list[str], passphrase: str, prompts: int) -> tuple[int, bytes]:
    """Run age on a pseudo-terminal, answering ``prompts`` passphrase prompts."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execvp("age", ["age", *args])
    output = b""
    answered = 0
    deadline = time.monotonic() + _SAFETY_NET
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if not ready:
                continue
            try:
                data = os.read(fd, 1024)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            output += data
            if answered < prompts and output.lower().count(b"passphrase") > answered:
                os.write(fd, passphrase.encode() + b"\n")
                answered += 1
        else:
            os.kill(pid, signal.SIGKILL)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), output


@pytest.mark.parametrize("size", [0, 5, 2 * CHUNK_SIZE + 9])
def test_age_tool_decrypts_our_files(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    passphrase = generate_passphrase()
    encrypted = tmp_path / "ours.age"
    with encrypted.open("wb") as out, AgeWriter(out, passphrase, work_factor=10) as writer:
        writer.write(data)
    decrypted = tmp_path / "plain"
    code, output = run_age(["-d", "-o", str(decrypted), str(encrypted)], passphrase, 1)
    assert code == 0, output
    # age creates its output file lazily, at the first byte: an empty result writes no file.
    assert (decrypted.read_bytes() if decrypted.exists() else b"") == data


def test_age_tool_refuses_our_file_with_a_wrong_passphrase(tmp_path: Path) -> None:
    encrypted = tmp_path / "ours.age"
    with encrypted.open("wb") as out, AgeWriter(out, "juist", work_factor=10) as writer:
        writer.write(b"data")
    code, _ = run_age(["-d", "-o", str(tmp_path / "plain"), str(encrypted)], "fout", 1)
    assert code != 0


@pytest.mark.parametrize("size", [0, 3 * CHUNK_SIZE])
def test_we_decrypt_files_of_the_age_tool(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    source = tmp_path / "plain"
    source.write_bytes(data)
    encrypted = tmp_path / "theirs.age"
    passphrase = "vijver-molen-kaars-tulp-duin-zeef"
    code, output = run_age(["-p", "-o", str(encrypted), str(source)], passphrase, 2)
    assert code == 0, output
    with encrypted.open("rb") as inp:
        assert AgeReader(inp, passphrase).read() == data


def test_any_age_tool_opens_an_archive_as_a_plain_tar(tmp_path: Path) -> None:
    passphrase = generate_passphrase()
    archive = tmp_path / "cases.ehbc"
    with archive.open("wb") as out, ArchiveWriter(out, passphrase, work_factor=10) as writer:
        writer.add_bytes("database/cases.json", b'{"cases": []}')
        writer.add_bytes("evidence/" + "ab" * 16, os.urandom(CHUNK_SIZE + 1))
    tar_path = tmp_path / "cases.tar"
    code, output = run_age(["-d", "-o", str(tar_path), str(archive)], passphrase, 1)
    assert code == 0, output
    with tarfile.open(tar_path) as tar:
        names = tar.getnames()
    assert names == ["format.json", "database/cases.json", "evidence/" + "ab" * 16, "manifest.json"]
    with archive.open("rb") as inp:
        manifest = read_archive(inp, passphrase, lambda name, chunks: b"".join(chunks))
    assert [e.name for e in manifest.entries] == names[1:3]
