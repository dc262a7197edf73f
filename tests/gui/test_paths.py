"""Where the data lives: the test/CI override, portable mode, or the user's data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehbc_desktop import app


def test_argument_and_environment_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EHBC_VAULT_DIR", str(tmp_path / "from-env"))
    assert app.resolve_paths().vault_dir == tmp_path / "from-env"
    paths = app.resolve_paths(tmp_path / "given")
    assert paths.vault_dir == tmp_path / "given"
    assert paths.settings_file.parent == tmp_path


def test_portable_mode_keeps_everything_beside_the_program(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("EHBC_VAULT_DIR", raising=False)
    monkeypatch.setattr(app, "program_dir", lambda: tmp_path)
    (tmp_path / "portable.txt").write_text("")
    paths = app.resolve_paths()
    assert paths.vault_dir == tmp_path / "EHBC-data" / "vault"
    assert paths.settings_file == tmp_path / "EHBC-data" / "settings.ini"


def test_default_is_the_users_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EHBC_VAULT_DIR", raising=False)
    monkeypatch.setattr(app, "program_dir", lambda: tmp_path)
    paths = app.resolve_paths()
    assert "EHBC Desktop" in str(paths.vault_dir)
