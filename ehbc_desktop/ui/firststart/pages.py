"""The first-start wizard's input pages: welcome, school and user, passphrase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from ehbc_desktop.ui.firststart.strength import (
    Strength,
    StrengthHint,
    assess,
    suggest_passphrase,
)

MAX_NAME_LENGTH = 120


class WelcomePage(QWizardPage):
    """Says what the program is for and what the set-up will ask."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to EHBC Desktop"))
        text = QLabel(
            self.tr(
                "<p>EHBC Desktop helps you handle a cyberbullying case step by step, from the "
                "first report to the last follow-up conversation.</p>"
                "<p>Everything you record is kept in an encrypted <b>vault</b> on this PC. "
                "Only people who know a passphrase can open it.</p>"
                "<p>In the next steps you enter the name of the school and your own name, "
                "choose a passphrase, and receive a recovery key to keep on paper.</p>"
            )
        )
        text.setWordWrap(True)
        self.practice_box = QGroupBox(self.tr("Not ready to start yet?"))
        practice_text = QLabel(self.tr(
            "Practise first with an invented case at an invented school. It opens in a "
            "separate, clearly marked window with a guide that takes you from the report to "
            "closing. It needs no set-up and writes nothing into the vault you create here."
        ))  # fmt: skip
        practice_text.setWordWrap(True)
        self.practice_button = QPushButton(self.tr("&Practise with an invented case"))
        box = QVBoxLayout(self.practice_box)
        box.addWidget(practice_text)
        box.addWidget(self.practice_button)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.practice_box)
        layout.addStretch(1)


class SchoolPage(QWizardPage):
    """The school's name and the first user's name."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("School and user"))
        self.setSubTitle(
            self.tr("Your name is shown on the unlock screen and in the log of every change.")
        )
        self.school_edit = QLineEdit()
        self.school_edit.setMaxLength(MAX_NAME_LENGTH)
        self.school_edit.setPlaceholderText(self.tr("for example: Sint-Jozefscollege Aalst"))
        self.school_edit.setAccessibleName(self.tr("School name"))
        self.user_edit = QLineEdit()
        self.user_edit.setMaxLength(MAX_NAME_LENGTH)
        self.user_edit.setPlaceholderText(self.tr("for example: An Peeters"))
        self.user_edit.setAccessibleName(self.tr("Your name"))
        form = QFormLayout(self)
        form.addRow(self.tr("&School name:"), self.school_edit)
        form.addRow(self.tr("&Your name:"), self.user_edit)
        self.registerField("school*", self.school_edit)
        self.registerField("user*", self.user_edit)

    def isComplete(self) -> bool:
        """Both names must contain more than spaces."""
        return bool(self.school_edit.text().strip() and self.user_edit.text().strip())


def strength_text(strength: Strength) -> str:
    """The plain-language hint under the passphrase field."""
    texts = {
        StrengthHint.EMPTY: QCoreApplication.translate(
            "PassphrasePage",
            "Choose a sentence of at least four words that only you know, "
            "for example: 'my bike has seven gears and a blue bell'.",
        ),
        StrengthHint.TOO_SHORT: QCoreApplication.translate(
            "PassphrasePage", "Too short: use at least 12 characters; a short sentence works well."
        ),
        StrengthHint.NAMES: QCoreApplication.translate(
            "PassphrasePage",
            "Too easy to guess: the school's name, a user's name or a year are the first things "
            "an attacker tries. Use words of your own.",
        ),
        StrengthHint.REPETITIVE: QCoreApplication.translate(
            "PassphrasePage", "Too easy to guess: avoid repeated characters and rows like 1234."
        ),
        StrengthHint.COMMON: QCoreApplication.translate(
            "PassphrasePage", "Too easy to guess: this is a well-known password. Use a sentence."
        ),
        StrengthHint.ADD_WORDS: QCoreApplication.translate(
            "PassphrasePage",
            "Not strong enough yet: add a few more words, or take a suggested phrase.",
        ),
        StrengthHint.STRONG: QCoreApplication.translate("PassphrasePage", "Strong passphrase."),
    }
    if strength.hint is StrengthHint.EMPTY:
        return texts[strength.hint]
    return f"{texts[strength.hint]} ({_Counts().text(strength)})"


class _Counts(QObject):
    """Plural texts need `self.tr(text, "", n)`: the form lupdate reads as a plural."""

    def text(self, strength: Strength) -> str:
        characters = self.tr("%n character(s)", "", strength.length)
        words = self.tr("%n word(s)", "", strength.words)
        return f"{characters}, {words}"


class PassphrasePage(QWizardPage):
    """The passphrase, typed twice, with live feedback on its strength."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "The passphrase opens the vault. Nobody can recover it for you: "
                "only the recovery key of the next step can replace it."
            )
        )
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.show_check = QCheckBox(self.tr("S&how what I type"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("hintLabel")
        self.match_label = QLabel()
        self.match_label.setObjectName("hintLabel")
        self.suggest_button = QPushButton(self.tr("S&uggest a phrase of random words"))
        self.suggest_button.setAccessibleName(self.tr("Suggest a passphrase"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Repeat:"), self.repeat_edit)
        form.addRow("", self.show_check)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.hint_label)
        form.addRow("", self.suggest_button)
        form.addRow("", self.match_label)
        self.suggest_button.clicked.connect(self._on_suggest_button_clicked)
        self.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        self.repeat_edit.textChanged.connect(self._on_passphrase_edit_text_changed)
        self.show_check.toggled.connect(self._on_show_check_toggled)
        self._on_passphrase_edit_text_changed()

    def passphrase(self) -> str:
        """The passphrase as typed."""
        return self.passphrase_edit.text()

    def isComplete(self) -> bool:
        """Strong enough, and typed the same twice."""
        text = self.passphrase_edit.text()
        return assess(text, self._context()).acceptable and text == self.repeat_edit.text()

    def _context(self) -> tuple[str, ...]:
        """The names a passphrase must not be built from: the school and the user."""
        wizard = self.wizard()
        if wizard is None:
            return ()
        return (str(wizard.field("school") or ""), str(wizard.field("user") or ""))

    def initializePage(self) -> None:
        """Judge again now that the school and user names are known."""
        self._on_passphrase_edit_text_changed()

    def _on_suggest_button_clicked(self) -> None:
        phrase = suggest_passphrase()
        self.show_check.setChecked(True)  # a suggested phrase must be seen to be written down
        self.passphrase_edit.setText(phrase)
        self.repeat_edit.setText(phrase)

    def _on_passphrase_edit_text_changed(self) -> None:
        strength = assess(self.passphrase_edit.text(), self._context())
        self.meter.setValue(strength.score)
        self.meter.setProperty("strength", strength.score)
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        self.hint_label.setText(strength_text(strength))
        repeat = self.repeat_edit.text()
        if repeat and repeat != self.passphrase_edit.text():
            self.match_label.setText(self.tr("The two passphrases are not the same yet."))
        elif repeat:
            self.match_label.setText(self.tr("Both passphrases are the same."))
        else:
            self.match_label.setText("")
        self.completeChanged.emit()

    def _on_show_check_toggled(self, checked: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if checked else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)
