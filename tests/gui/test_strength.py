"""The passphrase strength estimate behind the first-start wizard's live feedback."""

from __future__ import annotations

import pytest

from ehbc_desktop.ui.firststart.strength import StrengthHint, assess


@pytest.mark.parametrize(
    ("passphrase", "hint"),
    [
        ("", StrengthHint.EMPTY),
        ("kort", StrengthHint.TOO_SHORT),
        ("elf tekens!", StrengthHint.TOO_SHORT),
        ("aaaaaaaaaaaaaaaa", StrengthHint.REPETITIVE),
        ("abcd1234abcd1234", StrengthHint.REPETITIVE),
        ("Wachtwoord2024!", StrengthHint.COMMON),
        ("ons huis is groen", StrengthHint.ADD_WORDS),
        ("mijn fiets heeft zeven versnellingen", StrengthHint.STRONG),
    ],
)
def test_hint_names_what_to_improve(passphrase: str, hint: StrengthHint) -> None:
    assert assess(passphrase).hint is hint


def test_only_reasonable_passphrases_are_accepted() -> None:
    assert not assess("elf tekens!").acceptable
    assert not assess("aaaaaaaaaaaaaaaa").acceptable
    assert assess("ons huis is groen").acceptable


def test_more_words_score_higher() -> None:
    short = assess("ons huis is groen")
    long = assess("ons huis is groen en heeft een rode deur")
    assert long.score > short.score
    assert long.words == 9


def test_the_hint_counts_characters_and_words(qapp: object) -> None:
    from ehbc_desktop.ui.firststart.pages import strength_text

    text = strength_text(assess("ons huis is groen"))
    assert "17 character" in text and "4 word" in text
