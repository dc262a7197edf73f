"""The first-start wizard: collects school, user and passphrase, then creates the vault once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard

from ehbc_desktop.ui.backend import Backend
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.firststart.pages import PassphrasePage, SchoolPage, WelcomePage
from ehbc_desktop.ui.firststart.recovery_page import RecoveryPage

if TYPE_CHECKING:
    from ehbc_desktop.services.session import VaultSession

PAGE_WELCOME, PAGE_SCHOOL, PAGE_PASSPHRASE, PAGE_RECOVERY = range(4)


class FirstStartWizard(QWizard):
    """Set-up of a new vault. Cancel before the passphrase page's commit writes nothing."""

    sig_vault_created = Signal(object)
    """The vault exists and the recovery key was confirmed; carries the open VaultSession."""

    sig_cancelled = Signal()
    """The teacher stopped the set-up before anything was written."""

    sig_practice_requested = Signal()
    """The teacher wants to practise first, in the separate practice vault."""

    def __init__(
        self, backend: Backend, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._runner = runner
        self._session: VaultSession | None = None
        self.setWindowTitle(self.tr("Set up EHBC Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.welcome_page = WelcomePage()
        self.school_page = SchoolPage()
        self.passphrase_page = PassphrasePage()
        self.passphrase_page.setCommitPage(True)
        self.recovery_page = RecoveryPage()
        self.setPage(PAGE_WELCOME, self.welcome_page)
        self.setPage(PAGE_SCHOOL, self.school_page)
        self.setPage(PAGE_PASSPHRASE, self.passphrase_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))
        self.currentIdChanged.connect(self._on_wizard_current_id_changed)
        self.recovery_page.sig_retry_clicked.connect(self._start_creating)
        self.welcome_page.practice_button.clicked.connect(self.sig_practice_requested)

    def set_practice_offered(self, offered: bool) -> None:
        """Show or hide the welcome page's offer to practise first."""
        self.welcome_page.practice_box.setVisible(offered)

    def _on_wizard_current_id_changed(self, page_id: int) -> None:
        if page_id == PAGE_RECOVERY:
            # From here on the vault exists (or is being made): no way back, no cancel.
            self.setOption(QWizard.WizardOption.NoCancelButton, True)
            self._start_creating()

    def _start_creating(self) -> None:
        school = self.school_page.school_edit.text().strip()
        user = self.school_page.user_edit.text().strip()
        passphrase = self.passphrase_page.passphrase()
        self.recovery_page.show_busy()
        self._runner.run_in_background(
            lambda: self._backend.create(school, user, passphrase),
            self._on_create_succeeded,
            self._on_create_failed,
            owner=self,
        )

    def _on_create_succeeded(self, result: Any) -> None:
        session, recovery_key = result
        self._session = session
        self.recovery_page.show_key(recovery_key)
        # Forget the passphrase fields now that the vault is made.
        self.passphrase_page.passphrase_edit.clear()
        self.passphrase_page.repeat_edit.clear()

    def _on_create_failed(self, exc: BaseException) -> None:
        self.recovery_page.show_error(message_for(exc))

    def accept(self) -> None:
        """Finish: hand the open session to the owner."""
        if self._session is None:
            return
        session, self._session = self._session, None
        self.recovery_page.key_label.clear()
        super().accept()
        self.sig_vault_created.emit(session)

    def reject(self) -> None:
        """Cancel (or Escape): only possible before the vault is created."""
        if self.currentId() == PAGE_RECOVERY:
            return
        super().reject()
        self.sig_cancelled.emit()

    def keyPressEvent(self, event: Any) -> None:
        """Escape must not close the embedded wizard after the vault was created."""
        if event.key() == Qt.Key.Key_Escape and self.currentId() == PAGE_RECOVERY:
            event.ignore()
            return
        super().keyPressEvent(event)
