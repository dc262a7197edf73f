"""The first-start wizard and the unlock screen on an in-memory backend: every path, no vault.

The real vault's side of these paths (files written, attempts counted, damage detected) is
tested in tests/unit/vault and end to end in test_main_flow.py and test_vault_problems.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for, wait_message
from ehbc_desktop.ui.firststart.wizard import PAGE_RECOVERY, FirstStartWizard
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.ui.unlock.unlock_screen import UnlockScreen
from ehbc_desktop.vault.errors import (
    JournalDamagedError,
    TooManyAttemptsError,
    UnknownUserError,
    VaultDamagedError,
    VaultInUseError,
    VaultRolledBackError,
    VaultWriteError,
    WrongCredentialsError,
)
from tests.gui.memory_backend import PASSPHRASE, RECOVERY_KEY, MemoryBackend, MemorySession

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[BackgroundRunner]:
    """The real worker: the screens' calls reach the backend off the GUI thread."""
    runner = BackgroundRunner()
    yield runner
    runner.wait_for_done(10_000)


def _unlock_screen(
    qtbot: QtBot, backend: MemoryBackend, runner: BackgroundRunner, tmp_path: Path
) -> UnlockScreen:
    screen = UnlockScreen(backend, runner, AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.sig_info_loaded, timeout=10_000):
        screen.load()
    return screen


def _try(qtbot: QtBot, screen: UnlockScreen, passphrase: str) -> None:
    screen.view.passphrase_edit.setText(passphrase)
    qtbot.mouseClick(screen.view.unlock_button, LEFT)
    qtbot.waitUntil(screen.view.message_label.isVisible, timeout=10_000)


@pytest.mark.parametrize(
    "error",
    [WrongCredentialsError(), UnknownUserError(), VaultInUseError(), VaultWriteError("open"),
     VaultRolledBackError("database-older"), JournalDamagedError("journal")],
    ids=lambda error: type(error).__name__,
)  # fmt: skip
def test_each_unlock_failure_is_explained_and_the_teacher_may_try_again(
    qtbot: QtBot, runner: BackgroundRunner, tmp_path: Path, error: Exception
) -> None:
    backend = MemoryBackend(unlock_errors=[error])
    screen = _unlock_screen(qtbot, backend, runner, tmp_path)
    _try(qtbot, screen, PASSPHRASE)
    assert screen.view.message_label.text() == message_for(error)
    assert screen.view.passphrase_edit.text() == ""
    assert screen.view.unlock_button.isEnabled()
    with qtbot.waitSignal(screen.sig_unlocked, timeout=10_000) as opened:
        screen.view.passphrase_edit.setText(PASSPHRASE)
        qtbot.mouseClick(screen.view.unlock_button, LEFT)
    assert isinstance(opened.args[0], MemorySession)


def test_a_wrong_passphrase_is_refused_and_the_right_one_remembers_the_user(
    qtbot: QtBot, runner: BackgroundRunner, tmp_path: Path
) -> None:
    backend = MemoryBackend(users=("An Peeters", "Bert Claes"))
    screen = _unlock_screen(qtbot, backend, runner, tmp_path)
    assert [screen.view.user_combo.itemText(i) for i in range(2)] == list(backend.users)
    screen.view.user_combo.setCurrentText("Bert Claes")
    _try(qtbot, screen, "dit is de verkeerde zin")
    assert screen.view.message_label.text() == message_for(WrongCredentialsError())
    with qtbot.waitSignal(screen.sig_unlocked, timeout=10_000) as opened:
        screen.view.passphrase_edit.setText(PASSPHRASE)
        qtbot.keyClick(screen.view.passphrase_edit, Qt.Key.Key_Return)
    assert opened.args[0].user == "Bert Claes"
    assert screen.view.passphrase_edit.text() == ""
    again = _unlock_screen(qtbot, backend, runner, tmp_path)
    assert again.view.user_combo.currentText() == "Bert Claes"


def test_an_empty_passphrase_is_asked_for_without_calling_the_vault(
    qtbot: QtBot, runner: BackgroundRunner, tmp_path: Path
) -> None:
    backend = MemoryBackend()
    screen = _unlock_screen(qtbot, backend, runner, tmp_path)
    _try(qtbot, screen, "")
    assert screen.view.message_label.text() == QCoreApplication.translate(
        "UnlockScreen", "Type your passphrase first."
    )
    assert backend.unlocked == []


def test_too_many_attempts_show_a_countdown_then_allow_again(
    qtbot: QtBot, runner: BackgroundRunner, tmp_path: Path
) -> None:
    backend = MemoryBackend(unlock_errors=[TooManyAttemptsError(wait_seconds=1.5)])
    screen = _unlock_screen(qtbot, backend, runner, tmp_path)
    _try(qtbot, screen, "fout")
    assert screen.view.message_label.text() == wait_message(2)
    assert not screen.view.unlock_button.isEnabled()
    qtbot.waitUntil(screen.view.unlock_button.isEnabled, timeout=10_000)
    assert screen.view.message_label.text() == QCoreApplication.translate(
        "UnlockScreen", "You can try again now."
    )


def test_unreadable_vault_names_block_unlocking(
    qtbot: QtBot, runner: BackgroundRunner, tmp_path: Path
) -> None:
    backend = MemoryBackend(info_error=VaultDamagedError("slots"))
    screen = UnlockScreen(backend, runner, AppSettings(tmp_path / "settings.ini"))
    qtbot.addWidget(screen)
    screen.show()
    screen.load()
    qtbot.waitUntil(screen.view.message_label.isVisible, timeout=10_000)
    assert screen.view.message_label.text() == message_for(VaultDamagedError("x"))
    assert not screen.view.unlock_button.isEnabled()
    assert backend.unlocked == []


def test_the_recovery_key_opens_and_a_new_passphrase_is_required(
    qtbot: QtBot, runner: BackgroundRunner, tmp_path: Path
) -> None:
    from ehbc_desktop.ui.unlock.passphrase_dialogs import NewPassphraseDialog, RecoveryKeyDialog

    screen = _unlock_screen(qtbot, MemoryBackend(), runner, tmp_path)
    qtbot.mouseClick(screen.view.recovery_button, LEFT)
    key = screen.findChild(RecoveryKeyDialog, "recoveryKeyDialog")
    assert key is not None
    key.key_edit.setText(RECOVERY_KEY.lower().replace("-", " "))
    key.accept()
    qtbot.waitUntil(lambda: screen.findChild(NewPassphraseDialog) is not None, timeout=10_000)
    new = screen.findChild(NewPassphraseDialog)
    assert new is not None
    qtbot.keyClick(new, Qt.Key.Key_Escape)
    assert new.isVisible(), "the new passphrase can not be skipped"
    fresh = "een nieuwe zin voor de kluis van school"
    new.passphrase_edit.setText(fresh)
    new.repeat_edit.setText(fresh)
    with qtbot.waitSignal(screen.sig_unlocked, timeout=10_000) as opened:
        new.accept()
    session = opened.args[0]
    assert session.new_passphrases == [fresh] and not session.must_change_passphrase


def _walk_to_the_key(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    wizard.next()
    wizard.school_page.school_edit.setText("Testschool Gent")
    wizard.school_page.user_edit.setText("An Peeters")
    wizard.next()
    wizard.passphrase_page.passphrase_edit.setText(PASSPHRASE)
    wizard.passphrase_page.repeat_edit.setText(PASSPHRASE)
    assert wizard.passphrase_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_RECOVERY


def _wizard(qtbot: QtBot, backend: MemoryBackend, runner: BackgroundRunner) -> FirstStartWizard:
    wizard = FirstStartWizard(backend, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_first_start_creates_the_vault_once_and_finishes_after_the_key_is_confirmed(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    backend = MemoryBackend(exists=False)
    wizard = _wizard(qtbot, backend, runner)
    _walk_to_the_key(qtbot, wizard)
    page = wizard.recovery_page
    qtbot.waitUntil(lambda: page.key_label.text() == RECOVERY_KEY, timeout=10_000)
    assert backend.created == [("Testschool Gent", "An Peeters", PASSPHRASE)]
    assert wizard.passphrase_page.passphrase_edit.text() == ""
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible(), "no way back once the vault exists"
    page.confirm_check.setChecked(True)
    with qtbot.waitSignal(wizard.sig_vault_created) as created:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert created.args[0].user == "An Peeters"
    assert page.key_label.text() == ""
    assert backend.created == [("Testschool Gent", "An Peeters", PASSPHRASE)]


def test_a_failed_creation_is_explained_and_can_be_tried_again(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    error = VaultWriteError("create", 28)
    backend = MemoryBackend(exists=False, create_errors=[error])
    wizard = _wizard(qtbot, backend, runner)
    _walk_to_the_key(qtbot, wizard)
    page = wizard.recovery_page
    qtbot.waitUntil(page.error_label.isVisible, timeout=10_000)
    assert page.error_label.text() == message_for(error)
    assert page.key_label.text() == ""
    qtbot.mouseClick(page.retry_button, LEFT)
    qtbot.waitUntil(lambda: page.key_label.text() == RECOVERY_KEY, timeout=10_000)
    assert not page.error_label.isVisible()
    assert len(backend.created) == 2
