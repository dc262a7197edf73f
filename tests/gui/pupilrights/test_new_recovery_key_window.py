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
from tests.gui.conftest import USER
from tests.readers import pdf_text


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


def test_an_older_vault_says_plainly_that_sealed_cases_need_a_new_grant(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault_and_code: tuple[Path, str]
) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.conftest import PASSPHRASE
    from tests.security.test_recovery_keeps_sealed_access import _as_made_before

    folder, code = made_vault_and_code
    session = access.unlock(folder, USER, PASSPHRASE)
    _as_made_before(folder, session, code)
    session.close()
    ctx = make_window(folder)
    screen = gui.unlock_screen(ctx)
    qtbot.mouseClick(screen.view.recovery_button, Qt.MouseButton.LeftButton)
    dialog: Any = gui.dialog(screen, "recoveryKeyDialog")
    qtbot.keyClicks(dialog.key_edit, code)
    qtbot.mouseClick(gui.ok_button(dialog), Qt.MouseButton.LeftButton)
    new: Any = gui.dialog(screen, "newPassphraseDialog")
    assert new.box_key_label.isVisibleTo(new)
    assert "opnieuw toegang geeft" in new.box_key_label.text()
