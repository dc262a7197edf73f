"""The typed settings: defaults, limits, versioning, and window state kept apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from ehbc_desktop.ui.settings import (
    DEFAULT_AUTO_LOCK_MINUTES,
    MAX_AUTO_LOCK_MINUTES,
    SETTINGS_VERSION,
    AppSettings,
)


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = AppSettings(path)
    assert settings.language == "nl_BE"
    assert settings.auto_lock_minutes == DEFAULT_AUTO_LOCK_MINUTES
    settings.language = "en"
    settings.auto_lock_minutes = 12
    settings.set_window_state("main/geometry", QByteArray(b"\x01\x02"))
    settings.sync()
    again = AppSettings(path)
    assert (again.language, again.auto_lock_minutes) == ("en", 12)
    assert again.window_state("main/geometry") == QByteArray(b"\x01\x02")
    text = path.read_text()
    assert f"version={SETTINGS_VERSION}" in text
    assert "[user]" in text and "[window]" in text


def test_bad_values_fall_back_or_are_clamped(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[user]\nlanguage=xx\nauto_lock_minutes=lots\n")
    settings = AppSettings(path)
    assert settings.language == "nl_BE"
    assert settings.auto_lock_minutes == DEFAULT_AUTO_LOCK_MINUTES
    settings.auto_lock_minutes = 10_000
    assert settings.auto_lock_minutes == MAX_AUTO_LOCK_MINUTES
    with pytest.raises(ValueError, match="language"):
        settings.language = "fr"


def test_dialogs_remember_their_size(qtbot: object, tmp_path: Path) -> None:
    from ehbc_desktop.ui.dialogs.settings_dialog import SettingsDialog

    settings = AppSettings(tmp_path / "settings.ini")
    first = SettingsDialog(settings)
    first.show()
    first.resize(640, 420)
    first.close()
    second = SettingsDialog(settings)
    second.show()
    assert (second.width(), second.height()) == (640, 420)
    second.close()
