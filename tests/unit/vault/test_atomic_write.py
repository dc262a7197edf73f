"""Atomic replacement: whole new file or whole old file; failures are typed, no temp left."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from ehbc_desktop.vault.atomic_write import write_atomic
from ehbc_desktop.vault.errors import VaultWriteError


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "file"
    write_atomic(target, b"one", "test")
    write_atomic(target, b"two", "test")
    assert target.read_bytes() == b"two"
    assert [path.name for path in tmp_path.iterdir()] == ["file"]


def test_missing_folder_is_a_write_error(tmp_path: Path) -> None:
    with pytest.raises(VaultWriteError) as caught:
        write_atomic(tmp_path / "missing" / "file", b"x", "keyslots")
    assert caught.value.operation == "keyslots"
    assert caught.value.errno == errno.ENOENT


def test_failed_replace_keeps_the_old_target_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.mkdir()
    (target / "inside").write_bytes(b"old")
    with pytest.raises(VaultWriteError):
        write_atomic(target, b"new", "test")
    assert (target / "inside").read_bytes() == b"old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["target"]
