"""The one strength check: the report's weak phrases are refused wherever a passphrase enters."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ehbc_desktop.services.access import access
from ehbc_desktop.services.access.passphrase_strength import (
    StrengthHint,
    assess,
    require_strong,
    suggest_passphrase,
)
from ehbc_desktop.services.archive.archive_export import ArchiveExportService
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.errors import PassphraseTooWeakError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.vault import passphrase_words
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

SCHOOL, USER = "Testschool Gent", "An Peeters"

# The three phrases the hand-written meter rated strong, plus other classic mistakes.
WEAK = [
    ("password1password1password1", StrengthHint.REPETITIVE),
    ("wachtwoordwachtwoordwachtwoord", StrengthHint.REPETITIVE),
    ("Testschool Gent 2026 An Peeters", StrengthHint.NAMES),
    ("a", StrengthHint.TOO_SHORT),
    ("", StrengthHint.EMPTY),
    ("An Peeters Testschool", StrengthHint.NAMES),
    ("Gent2026Peeters!", StrengthHint.NAMES),
    ("abcdefghijklmnop", StrengthHint.REPETITIVE),
    ("qwertyuiopasdfgh", StrengthHint.COMMON),
    ("Wachtwoord2024!!", StrengthHint.NAMES),
]
STRONG = [
    "mijn fiets heeft zeven versnellingen",
    "paarse olifant danst traag",
    "kies hier een lange zin",
    "zeven zonnige zeilboten op de schelde",
]


@pytest.mark.parametrize(("phrase", "hint"), WEAK)
def test_weak_phrases_are_refused_with_their_reason(phrase: str, hint: StrengthHint) -> None:
    strength = assess(phrase, (SCHOOL, USER))
    assert not strength.acceptable
    assert strength.hint is hint
    with pytest.raises(PassphraseTooWeakError) as refused:
        require_strong(phrase, (SCHOOL, USER))
    assert refused.value.strength.hint is hint


@pytest.mark.parametrize("phrase", STRONG)
def test_sentences_of_own_words_pass(phrase: str) -> None:
    strength = assess(phrase, (SCHOOL, USER))
    assert strength.acceptable and strength.hint is StrengthHint.STRONG
    assert strength.score >= 3


def test_the_names_make_the_difference() -> None:
    """Without the school and the user as dictionary the third phrase would pass."""
    phrase = "Testschool Gent 2026 An Peeters"
    assert not assess(phrase, (SCHOOL, USER)).acceptable
    assert assess(phrase, ("Andere School", "Jan")).guesses_log10 > assess(
        phrase, (SCHOOL, USER)
    ).guesses_log10


@settings(max_examples=25)
@given(st.integers(min_value=0, max_value=10_000))
def test_every_suggested_phrase_passes(_n: int) -> None:
    assert assess(suggest_passphrase(), (SCHOOL, USER)).acceptable


@settings(max_examples=25)
@given(st.lists(st.sampled_from(passphrase_words.load_wordlist()), min_size=1, max_size=2))
def test_one_or_two_words_of_the_bundled_list_never_pass(words: list[str]) -> None:
    assert not assess(" ".join(words), (SCHOOL, USER)).acceptable


def test_a_very_long_passphrase_is_judged_quickly_and_passes() -> None:
    assert assess("zeven zonnige zeilboten op de schelde " * 20, ()).acceptable


@pytest.mark.parametrize("phrase", [p for p, _ in WEAK if p])
def test_vault_creation_refuses_weak_phrases(tmp_path: Path, phrase: str) -> None:
    with pytest.raises(PassphraseTooWeakError):
        access.create(tmp_path / "v", SCHOOL, USER, phrase, kdf=FAST_TEST_PARAMS)
    assert not (tmp_path / "v" / "keyslots.json").exists()


def test_new_users_passphrase_changes_and_archives_use_the_same_check(
    vault_session: VaultSession, tmp_path: Path
) -> None:
    school = vault_session.vault.info.school
    weak_for_this_vault = f"{school} 2026 juf.an"
    with pytest.raises(PassphraseTooWeakError):
        vault_session.add_user("meester.tom", weak_for_this_vault)
    with pytest.raises(PassphraseTooWeakError):
        vault_session.add_user("meester.tom", "meester.tom meester.tom")  # their own name
    with pytest.raises(PassphraseTooWeakError):
        vault_session.change_passphrase("password1password1password1")
    case = CaseService(vault_session).create_case("Groepschat")
    for phrase in ("a", "wachtwoordwachtwoordwachtwoord"):
        with pytest.raises(PassphraseTooWeakError):
            ArchiveExportService(vault_session).export([case], tmp_path / "x.ehbc", phrase)
    assert not (tmp_path / "x.ehbc").exists()
