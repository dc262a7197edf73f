"""Dialogs of the recovery path: type the recovery key, then choose a new passphrase."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.ui.firststart.pages import strength_text
from ehbc_desktop.ui.firststart.strength import assess


class RecoveryKeyDialog(QDialog):
    """Asks for the recovery key from the paper and whose passphrase it will replace."""

    def __init__(self, users: list[str], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use the recovery key"))
        intro = QLabel(
            self.tr(
                "Type the recovery key exactly as it is written on the paper from the school "
                "safe. Hyphens and spaces do not matter. Afterwards you choose a new passphrase."
            )
        )
        intro.setWordWrap(True)
        self.key_edit = QLineEdit()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key_edit.setFont(font)
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.user_combo = QComboBox()
        self.user_combo.addItems(users)
        if current in users:
            self.user_combo.setCurrentText(current)
        self.user_combo.setAccessibleName(self.tr("Your name"))
        form = QFormLayout()
        form.addRow(self.tr("Recovery &key:"), self.key_edit)
        form.addRow(self.tr("&Name:"), self.user_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open the vault"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def code(self) -> str:
        """The key as typed."""
        return self.key_edit.text().strip()

    def user(self) -> str:
        """The chosen user name."""
        return self.user_combo.currentText()


class NewPassphraseDialog(QDialog):
    """Forces a new passphrase after opening with the recovery key (no way around it)."""

    def __init__(self, parent: QWidget | None = None, context: Sequence[str] = (),
                 *, new_box_key: bool = False) -> None:
        """`context`: the school's and the users' names, which a passphrase may not be.

        `new_box_key`: the recovery key could not give this colleague their own key for
        confidential cases back (a vault made by an older version); the dialog says so.
        """
        super().__init__(parent)
        self._context = tuple(context)
        self.setWindowTitle(self.tr("Choose a new passphrase"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        intro = QLabel(
            self.tr(
                "You opened the vault with the recovery key or with a starting passphrase "
                "from an administrator. Choose your own passphrase now; after that only your "
                "new one opens the vault for you."
            )
        )
        intro.setWordWrap(True)
        self.box_key_label = QLabel(self.tr(
            "This vault was made by an older version of the program, so the recovery key "
            "can not give you back your own key for confidential cases. You get a new one. "
            "Confidential cases that were shielded for you stay closed to you until a "
            "colleague who may open them gives you access again."))
        self.box_key_label.setObjectName("boxKeyLabel")
        self.box_key_label.setWordWrap(True)
        self.box_key_label.setVisible(new_box_key)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("New passphrase"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("hintLabel")
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&New passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Repeat:"), self.repeat_edit)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.hint_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Save the new passphrase")
        )
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.box_key_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        self.repeat_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        self._on_passphrase_edit_text_changed()

    def passphrase(self) -> str:
        """The new passphrase."""
        return self.passphrase_edit.text()

    def _on_passphrase_edit_text_changed(self) -> None:
        strength = assess(self.passphrase_edit.text(), self._context)
        self.meter.setValue(strength.score)
        self.hint_label.setText(strength_text(strength))
        same = self.passphrase_edit.text() == self.repeat_edit.text()
        ok = strength.acceptable and same
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if self.repeat_edit.text() and not same:
            self.message_label.setText(self.tr("The two passphrases are not the same yet."))
        else:
            self.message_label.setText("")
        self.message_label.setVisible(bool(self.message_label.text()))  # no empty error box

    def reject(self) -> None:
        """Escape does nothing: a new passphrase is required."""
