"""User names: one normal form (NFC), refused control and direction characters, any case."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ehbc_desktop.services.access import access
from ehbc_desktop.vault.errors import InvalidUserNameError, UserExistsError
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from ehbc_desktop.vault.usernames import normalise_user_name, same_user, user_key

PASSPHRASE = "zeven zonnige zeilboten op de schelde"
OTHER = "groene kikker springt hoog"
COMPOSED, DECOMPOSED = "Chlo\u00eb", "Chloe\u0308"


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("", "empty"),
        ("   ", "only spaces"),
        ("an\npeeters", "newline"),
        ("an\rpeeters", "carriage return"),
        ("an\tpeeters", "tab"),
        ("an\x00", "NUL"),
        ("an\u202epeeters", "right-to-left override"),
        ("an\u202dpeeters", "left-to-right override"),
        ("an\u2066peeters", "isolate"),
        ("an\u200fpeeters", "right-to-left mark"),
        ("an\u2028peeters", "line separator"),
        ("an\u200bpeeters", "zero-width space"),
        ("x" * 65, "too long"),
    ],
)
def test_refused_names(name: str, why: str) -> None:
    with pytest.raises(InvalidUserNameError):
        normalise_user_name(name)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (DECOMPOSED, COMPOSED),
        (COMPOSED, COMPOSED),
        ("  An Peeters ", "An Peeters"),
        ("Zoë-Marie O'Neill", "Zoë-Marie O'Neill"),
        ("juf.an", "juf.an"),
    ],
)
def test_accepted_names_are_stored_in_nfc(typed: str, stored: str) -> None:
    assert normalise_user_name(typed) == stored


@given(st.text(alphabet=st.characters(categories=["L", "M", "N", "Zs", "P"]), min_size=1))
def test_every_form_and_case_of_a_name_is_the_same_user(name: str) -> None:
    for form in ("NFC", "NFD", "NFKC"):
        other = unicodedata.normalize(form, name)
        if unicodedata.normalize("NFC", other) == unicodedata.normalize("NFC", name):
            assert same_user(other, name)
    assert same_user(name.upper(), name.lower()) == (
        user_key(name.upper()) == user_key(name.lower())
    )
    assert same_user(name, name)


def test_a_decomposed_name_logs_in_composed_and_in_any_case(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    session, _code = access.create(folder, "Sint-Test", DECOMPOSED, PASSPHRASE,
                                   kdf=FAST_TEST_PARAMS)  # fmt: skip
    assert session.user == COMPOSED
    session.close()
    assert access.vault_info(folder).users == (COMPOSED,)
    for typed in (COMPOSED, DECOMPOSED, "chloë", "CHLOË", " Chloë "):
        opened = access.unlock(folder, typed, PASSPHRASE)
        assert opened.user == COMPOSED  # the audit log always names the stored form
        opened.close()


def test_add_user_refuses_a_case_or_form_variant_and_bad_characters(tmp_path: Path) -> None:
    session, _code = access.create(tmp_path / "v", "Sint-Test", "An", PASSPHRASE,
                                   kdf=FAST_TEST_PARAMS)  # fmt: skip
    try:
        session.add_user(COMPOSED, OTHER)
        for variant in (DECOMPOSED, "CHLOË", "an"):
            with pytest.raises(UserExistsError):
                session.add_user(variant, OTHER)
        for bad in ("Jan\nJanssens", "Jan\u202eJanssens"):
            with pytest.raises(InvalidUserNameError):
                session.add_user(bad, OTHER)
        assert session.vault.info.users == ("An", COMPOSED)
    finally:
        session.close()
