"""A vault or a backup a newer version wrote: the program says to install that version."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from ehbc_desktop.vault import slot_header


def test_the_unlock_screen_asks_for_the_newer_version_and_changes_nothing(
    qtbot: QtBot, make_window: Any, made_vault: Path
) -> None:
    slots = made_vault / slot_header.SLOTS_FILE
    outer = json.loads(slots.read_bytes())
    outer["body"]["version"] = slot_header.FORMAT_VERSION + 1  # as a newer version writes it
    inner = {"body": outer["body"], "mac": outer["mac"]}
    outer["sha256"] = hashlib.sha256(slot_header.canonical(inner)).hexdigest()
    slots.write_bytes(slot_header.canonical(outer) + b"\n")
    before = {path.name: path.read_bytes() for path in made_vault.iterdir() if path.is_file()}

    ctx = make_window(made_vault)
    qtbot.waitUntil(lambda: ctx.window.unlock_screen is not None, timeout=10_000)
    screen = ctx.window.unlock_screen
    qtbot.waitUntil(screen.view.message_label.isVisible, timeout=10_000)
    text = screen.view.message_label.text()
    assert "nieuwere versie" in text, text  # Dutch, the default language
    assert "beschadigd" not in text
    assert not screen.view.unlock_button.isEnabled()
    after = {path.name: path.read_bytes() for path in made_vault.iterdir() if path.is_file()}
    assert after == before


def test_a_backup_of_a_newer_version_is_named_as_such_in_dutch(
    make_window: Any, made_vault: Path
) -> None:
    from ehbc_desktop.services.evidence.evidence_errors import BackupTooNewError
    from ehbc_desktop.ui.errors import message_for

    make_window(made_vault)  # the window's language: Dutch
    text = message_for(BackupTooNewError())
    assert "nieuwere versie" in text and "niets teruggezet" in text, text
