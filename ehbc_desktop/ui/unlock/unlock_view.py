"""The unlock screen's widgets: school, user, passphrase, messages; no behaviour."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class UnlockView(QWidget):
    """A centred card with the school's name, a user list and a passphrase field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.title_label = QLabel(self.tr("EHBC Desktop"))
        self.title_label.setObjectName("screenTitle")
        # The method's own name, the same in every language.
        self.method_label = QLabel("Eerste Hulp Bij Cyberpesten")
        self.method_label.setObjectName("hintLabel")
        self.school_label = QLabel()
        self.school_label.setObjectName("schoolName")
        self.school_label.setWordWrap(True)
        self.intro_label = QLabel(
            self.tr("The case files are locked. Choose your name and type your passphrase.")
        )
        self.intro_label.setWordWrap(True)
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(self.tr("Your name"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setDefault(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Unlocking"))
        self.busy_bar.hide()
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.recovery_button = QPushButton(self.tr("Use the &recovery key"))
        self.recovery_button.setObjectName("linkButton")
        self.recovery_button.setFlat(True)
        self._lay_out()

    def _lay_out(self) -> None:
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(520)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.user_combo)
        phrase_label = QLabel(self.tr("&Passphrase:"))
        phrase_label.setBuddy(self.passphrase_edit)
        form.addRow(name_label, self.user_combo)
        form.addRow(phrase_label, self.passphrase_edit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        inner = QVBoxLayout(card)
        inner.setSpacing(14)
        inner.addWidget(self.title_label)
        inner.addWidget(self.method_label)
        inner.addWidget(self.school_label)
        inner.addWidget(self.intro_label)
        inner.addLayout(form)
        inner.addWidget(self.busy_bar)
        inner.addWidget(self.message_label)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        # The stretches centre the card; no Qt.AlignmentFlag here: the first use of the Qt
        # namespace makes PySide6 build all its enums (about 50 ms before the first paint).

        self.setTabOrder(self.user_combo, self.passphrase_edit)
        self.setTabOrder(self.passphrase_edit, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recovery_button)

    def set_busy(self, busy: bool) -> None:
        """Show the busy bar and block input while the vault opens."""
        self.busy_bar.setVisible(busy)
        for widget in (self.user_combo, self.passphrase_edit, self.unlock_button,
                       self.recovery_button):  # fmt: skip
            widget.setEnabled(not busy)

    def show_message(self, text: str) -> None:
        """Show an error or hint under the fields (empty hides it)."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
