"""Adding a colleague (with a starting passphrase) and changing one's own passphrase."""

from __future__ import annotations

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

from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.ui.firststart.pages import strength_text
from ehbc_desktop.ui.firststart.strength import assess
from ehbc_desktop.ui.users.texts import role_label


class AddColleagueDialog(QDialog):
    """Name, role and a starting passphrase the colleague must change at their first unlock."""

    def __init__(self, proposal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_colleague_dialog")
        self.setWindowTitle(self.tr("Add a colleague"))
        intro = QLabel(self.tr(
            "Give the starting passphrase to your colleague in person, never by e-mail. At the "
            "first unlock the program asks them to choose their own."), self)  # fmt: skip
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("colleague_name")
        self.role_box = QComboBox(self)
        self.role_box.setObjectName("colleague_role")
        for role in (UserRole.MEMBER, UserRole.CLB_WORKER, UserRole.ADMINISTRATOR):
            self.role_box.addItem(role_label(role), role.value)
        self.passphrase_edit = QLineEdit(proposal, self)
        self.passphrase_edit.setObjectName("colleague_passphrase")
        self.passphrase_edit.setAccessibleName(self.tr("Starting passphrase"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Role:"), self.role_box)
        form.addRow(self.tr("&Starting passphrase:"), self.passphrase_edit)
        form.addRow("", self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update)
        self.passphrase_edit.textChanged.connect(self._update)
        self._update()

    def name(self) -> str:
        """The colleague's user name."""
        return self.name_edit.text().strip()

    def role(self) -> UserRole:
        """The chosen role."""
        return UserRole(str(self.role_box.currentData()))

    def passphrase(self) -> str:
        """The starting passphrase."""
        return self.passphrase_edit.text()

    def _update(self) -> None:
        strength = assess(self.passphrase())
        self.hint.setText(strength_text(strength))
        self.ok_button.setEnabled(bool(self.name()) and strength.acceptable)


class ChangePassphraseDialog(QDialog):
    """The current passphrase once more, then the new one twice (with the strength meter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.current_edit = self._secret("change_current")
        self.new_edit = self._secret("change_new")
        self.repeat_edit = self._secret("change_repeat")
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current_edit)
        form.addRow(self.tr("&New passphrase:"), self.new_edit)
        form.addRow(self.tr("&Repeat:"), self.repeat_edit)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save the new passphrase"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.textChanged.connect(self._update)
        self._update()

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def current(self) -> str:
        """The current passphrase as typed."""
        return self.current_edit.text()

    def new(self) -> str:
        """The new passphrase."""
        return self.new_edit.text()

    def _update(self) -> None:
        strength = assess(self.new())
        self.meter.setValue(strength.score)
        self.hint.setText(strength_text(strength))
        same = self.new() == self.repeat_edit.text()
        self.ok_button.setEnabled(bool(self.current()) and strength.acceptable and same)
        self.message.setText("" if same or not self.repeat_edit.text()
                             else self.tr("The two passphrases are not the same yet."))
        self.message.setVisible(bool(self.message.text()))  # no empty error box
