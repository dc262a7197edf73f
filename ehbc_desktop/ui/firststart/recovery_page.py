"""The last first-start page: creates the vault, then shows the recovery key to write down."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)


class RecoveryPage(QWizardPage):
    """Shows progress while the vault is created, then the recovery key and a confirmation.

    The key is shown as plain, non-selectable text on purpose: there is no copy button, so the
    key never lands in the clipboard or its history; the teacher writes it on paper.
    """

    sig_retry_clicked = Signal()
    """The teacher asked to try creating the vault again after an error."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery key"))
        self._created = False
        self.busy_label = QLabel(self.tr("Creating the vault. This takes a few seconds..."))
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Creating the vault"))
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.explain_label = QLabel(
            self.tr(
                "<p>With this recovery key you can still open the vault when every passphrase "
                "is forgotten. It opens every case, the confidential ones too. Write it on "
                "paper now, exactly as shown, and keep the paper in the school safe.</p>"
                "<p>There is no copy button on purpose: a copy on the "
                "computer could be found by someone else.</p><p>An administrator can print it "
                "again later on a sheet for the safe: Vault menu, Print the recovery key.</p>"
            )
        )
        self.explain_label.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.confirm_check = QCheckBox(
            self.tr("I have &written down the recovery key and stored it safely")
        )
        layout = QVBoxLayout(self)
        for widget in (
            self.busy_label,
            self.busy_bar,
            self.error_label,
            self.retry_button,
            self.explain_label,
            self.key_label,
            self.confirm_check,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retry_button.clicked.connect(self.sig_retry_clicked)
        self.confirm_check.toggled.connect(self.completeChanged)
        self.show_busy()

    def show_busy(self) -> None:
        """Show the progress state."""
        self._set_state(busy=True, error="", key="")

    def show_error(self, message: str) -> None:
        """Show why creating failed, with a button to try again."""
        self._set_state(busy=False, error=message, key="")

    def show_key(self, key: str) -> None:
        """Show the recovery key and ask for the confirmation."""
        self._created = True
        self._set_state(busy=False, error="", key=key)
        self.confirm_check.setFocus()

    def _set_state(self, *, busy: bool, error: str, key: str) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self.error_label.setVisible(bool(error))
        self.error_label.setText(error)
        self.retry_button.setVisible(bool(error))
        for widget in (self.explain_label, self.key_label, self.confirm_check):
            widget.setVisible(bool(key))
        self.key_label.setText(key)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Finish only after the vault exists and the key is confirmed as written down."""
        return self._created and self.confirm_check.isChecked()
