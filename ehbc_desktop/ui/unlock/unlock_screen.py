"""The unlock screen's behaviour: open the vault in the background, explain every failure."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ehbc_desktop.ui.backend import Backend, VaultSummary
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.ui.unlock.unlock_view import UnlockView
from ehbc_desktop.vault.errors import TooManyAttemptsError

if TYPE_CHECKING:
    from ehbc_desktop.services.session import VaultSession


class UnlockScreen(QWidget):
    """Owns an UnlockView and turns its input into an open VaultSession.

    The error texts (`ui.errors`) are imported when an error is shown: starting needs none.
    """

    sig_unlocked = Signal(object)
    """The vault is open (and its passphrase is usable); carries the VaultSession."""

    sig_info_loaded = Signal()
    """The school's name and the user names are on screen."""

    def __init__(
        self,
        backend: Backend,
        runner: BackgroundRunner,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._runner = runner
        self._settings = settings
        self._users: list[str] = []
        self._wait_until = 0.0
        self.view = UnlockView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._on_countdown_timeout)
        self.view.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.view.passphrase_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.view.recovery_button.clicked.connect(self._on_recovery_button_clicked)
        self.setFocusProxy(self.view.passphrase_edit)

    def load(self) -> None:
        """Read the school and user names (no passphrase needed) and fill the screen."""
        self.view.set_busy(True)
        self._runner.run_in_background(
            self._backend.vault_info, self._on_info_loaded, self._on_info_failed, owner=self
        )

    def set_info(self, info: VaultSummary) -> None:
        """Show the school and user names read elsewhere (at start-up)."""
        self._on_info_loaded(info)

    def show_load_error(self, exc: BaseException) -> None:
        """Explain why the vault's names could not be read (damaged, no access, ...)."""
        self._on_info_failed(exc)

    def _on_info_loaded(self, info: Any) -> None:
        assert isinstance(info, VaultSummary)
        self.view.set_busy(False)
        self._users = list(info.users)
        self.view.school_label.setText(info.school)
        self.view.user_combo.clear()
        self.view.user_combo.addItems(self._users)
        if self._settings.last_user in self._users:
            self.view.user_combo.setCurrentText(self._settings.last_user)
        self.view.passphrase_edit.setFocus()
        self.sig_info_loaded.emit()

    def _on_info_failed(self, exc: BaseException) -> None:
        from ehbc_desktop.ui.errors import message_for

        self.view.set_busy(False)
        self.view.unlock_button.setEnabled(False)
        self.view.show_message(message_for(exc))

    def _on_unlock_button_clicked(self) -> None:
        if not self.view.unlock_button.isEnabled():
            return
        user = self.view.user_combo.currentText()
        passphrase = self.view.passphrase_edit.text()
        if not passphrase:
            self.view.show_message(self.tr("Type your passphrase first."))
            return
        self.view.show_message("")
        self.view.set_busy(True)
        self._runner.run_in_background(
            lambda: self._backend.unlock(user, passphrase),
            lambda session: self._on_vault_opened(session, user),
            self._on_unlock_failed,
            owner=self,
        )

    def _on_unlock_failed(self, exc: BaseException) -> None:
        from ehbc_desktop.ui.errors import message_for

        self.view.set_busy(False)
        self.view.passphrase_edit.clear()
        self.view.passphrase_edit.setFocus()
        if isinstance(exc, TooManyAttemptsError):
            self._wait_until = time.monotonic() + exc.wait_seconds
            self._on_countdown_timeout()
            self._countdown.start()
            return
        self.view.show_message(message_for(exc))

    def _on_countdown_timeout(self) -> None:
        from ehbc_desktop.ui.errors import wait_message

        remaining = self._wait_until - time.monotonic()
        if remaining <= 0:
            self._countdown.stop()
            self.view.unlock_button.setEnabled(True)
            self.view.show_message(self.tr("You can try again now."))
            return
        self.view.unlock_button.setEnabled(False)
        self.view.show_message(wait_message(math.ceil(remaining)))

    def _on_recovery_button_clicked(self) -> None:
        # Imported here: the recovery path is rare and start-up should stay light.
        from ehbc_desktop.ui.unlock.passphrase_dialogs import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(self._users, self.view.user_combo.currentText(), self)
        dialog.setObjectName("recoveryKeyDialog")
        dialog.accepted.connect(lambda: self._unlock_with_recovery(dialog.code(), dialog.user()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _unlock_with_recovery(self, code: str, user: str) -> None:
        self.view.show_message("")
        self.view.set_busy(True)
        self._runner.run_in_background(
            lambda: self._backend.unlock_with_recovery(code, user),
            lambda session: self._on_vault_opened(session, user),
            self._on_unlock_failed,
            owner=self,
        )

    def _on_vault_opened(self, session: VaultSession, user: str) -> None:
        self._settings.last_user = user
        self.view.passphrase_edit.clear()
        if session.must_change_passphrase:
            self._ask_new_passphrase(session)
            return
        self.view.set_busy(False)
        self.sig_unlocked.emit(session)

    def _ask_new_passphrase(self, session: VaultSession) -> None:
        from ehbc_desktop.ui.unlock.passphrase_dialogs import NewPassphraseDialog

        dialog = NewPassphraseDialog(self, session.passphrase_context(),
                                     new_box_key=not session.has_box_key)
        dialog.setObjectName("newPassphraseDialog")

        def save() -> None:
            new = dialog.passphrase()
            self._runner.run_in_background(
                lambda: session.change_passphrase(new),
                lambda _result: self._on_passphrase_changed(session),
                lambda exc: self._on_passphrase_change_failed(session, exc),
                owner=self,
            )

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_passphrase_changed(self, session: VaultSession) -> None:
        self.view.set_busy(False)
        self.sig_unlocked.emit(session)

    def _on_passphrase_change_failed(self, session: VaultSession, exc: BaseException) -> None:
        from ehbc_desktop.ui.errors import message_for

        self.view.show_message(message_for(exc))
        self._ask_new_passphrase(session)
