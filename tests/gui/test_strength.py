"""The strength meter of the screens: the program's one check (services.passphrase_strength)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.firststart.strength import StrengthHint, assess


@pytest.mark.parametrize(
    ("passphrase", "hint"),
    [
        ("", StrengthHint.EMPTY),
        ("kort", StrengthHint.TOO_SHORT),
        ("elf tekens!", StrengthHint.TOO_SHORT),
        ("aaaaaaaaaaaaaaaa", StrengthHint.REPETITIVE),
        ("abcd1234abcd1234", StrengthHint.REPETITIVE),
        ("Wachtwoord2024!", StrengthHint.NAMES),  # the year is what gives it away
        ("kast fiets molen", StrengthHint.ADD_WORDS),
        ("mijn fiets heeft zeven versnellingen", StrengthHint.STRONG),
    ],
)
def test_hint_names_what_to_improve(passphrase: str, hint: StrengthHint) -> None:
    assert assess(passphrase).hint is hint


def test_only_reasonable_passphrases_are_accepted() -> None:
    assert not assess("elf tekens!").acceptable
    assert not assess("aaaaaaaaaaaaaaaa").acceptable
    assert not assess("ons huis is groen").acceptable
    assert assess("ons huis is groen en heeft een rode deur").acceptable


@pytest.mark.parametrize(
    "phrase",
    ["password1password1password1", "wachtwoordwachtwoordwachtwoord",
     "Testschool Gent 2026 An Peeters"],
)  # fmt: skip
def test_the_first_start_page_refuses_the_weak_phrases_of_the_report(
    qtbot: QtBot, phrase: str
) -> None:
    from PySide6.QtWidgets import QWizard

    from ehbc_desktop.ui.firststart.pages import PassphrasePage, SchoolPage

    wizard = QWizard()
    qtbot.addWidget(wizard)
    names, page = SchoolPage(), PassphrasePage()
    wizard.addPage(names)
    wizard.addPage(page)
    names.school_edit.setText("Testschool Gent")
    names.user_edit.setText("An Peeters")
    wizard.show()
    wizard.next()
    page.passphrase_edit.setText(phrase)
    page.repeat_edit.setText(phrase)
    assert not page.isComplete()
    assert page.meter.value() <= 2
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    assert page.isComplete()  # the offered phrase of random words is accepted
    assert page.passphrase_edit.echoMode() == page.passphrase_edit.EchoMode.Normal


def test_more_words_score_higher() -> None:
    short = assess("ons huis is groen")
    long = assess("ons huis is groen en heeft een rode deur")
    assert long.score > short.score
    assert long.words == 9


def test_the_hint_counts_characters_and_words(qapp: object) -> None:
    from ehbc_desktop.ui.firststart.pages import strength_text

    text = strength_text(assess("ons huis is groen"))
    assert "17 character" in text and "4 word" in text
