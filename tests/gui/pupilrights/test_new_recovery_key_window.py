"""An administrator makes a new recovery key from the Vault menu: after a warning, the new key
is shown on the sheet to print, and the old key opens nothing any more."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ehbc_desktop.services.access import access
from ehbc_desktop.vault import recovery_code
from ehbc_desktop.vault.errors import WrongCredentialsError
from tests.document_case import pdf_text
from tests.gui.conftest import USER


def test_a_new_recovery_key_from_the_vault_menu(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault_and_code: tuple[Path, str]
) -> None:
    folder, old = made_vault_and_code
    ctx = make_window(folder)
    gui.unlock(ctx)
    action = ctx.window.menus.vault.new_recovery_key
    assert action.isEnabled()
    action.trigger()
    box: Any = gui.dialog(ctx.window, "newRecoveryKeyBox")
    assert "vernietig het oude blad" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    preview: Any = gui.dialog(ctx.window, "recoverySheetPreview")
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=20_000)
    text = pdf_text(bytes(preview._bytes.data()))
    assert old not in text
    shown = next(word for word in text.split() if word.count("-") == 7)
    preview.reject()
    make_window.dispose(ctx)
    with pytest.raises(WrongCredentialsError):
        access.unlock_with_recovery(folder, old, USER)
    session = access.unlock_with_recovery(folder, shown, USER)
    assert recovery_code.normalise(shown) != recovery_code.normalise(old)
    session.close()
