"""Recovery codes: readable groups, an unambiguous alphabet, typos caught by the checksum."""

from __future__ import annotations

import pytest

from ehbc_desktop.vault import recovery_code as rc
from ehbc_desktop.vault.errors import MistypedRecoveryCodeError, WrongCredentialsError

FIXED_DATA = "0123456789ABCDEFGHJKMNPQRSTV"
FIXED = rc.format_code(FIXED_DATA + rc._checksum(FIXED_DATA))


def test_new_code_is_eight_groups_of_four_from_the_alphabet() -> None:
    code = rc.new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 8
    assert all(len(group) == 4 for group in groups)
    assert set("".join(groups)) <= set(rc.ALPHABET)
    assert not set("ILOU") & set(code)
    assert rc.normalise(code) == "".join(groups)


def test_codes_are_random() -> None:
    assert len({rc.new_recovery_code() for _ in range(50)}) == 50


def test_lenient_input_is_accepted() -> None:
    sloppy = FIXED.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert rc.normalise(sloppy) == rc.normalise(FIXED)
    assert rc.secret_of(sloppy) == rc.secret_of(FIXED)


def test_every_single_character_typo_is_caught() -> None:
    bare = rc.normalise(FIXED)
    for position in range(len(bare)):
        for replacement in rc.ALPHABET:
            if replacement == bare[position]:
                continue
            typo = bare[:position] + replacement + bare[position + 1 :]
            with pytest.raises(MistypedRecoveryCodeError):
                rc.normalise(typo)


def test_swapped_neighbours_are_caught() -> None:
    bare = rc.normalise(FIXED)
    for position in range(len(bare) - 1):
        swapped = bare[:position] + bare[position + 1] + bare[position] + bare[position + 2 :]
        with pytest.raises(MistypedRecoveryCodeError):
            rc.normalise(swapped)


@pytest.mark.parametrize("code", ["", "ABCD", FIXED + "-AAAA", FIXED[:-1] + "U"])
def test_wrong_length_or_letters_are_caught(code: str) -> None:
    with pytest.raises(MistypedRecoveryCodeError):
        rc.normalise(code)


def test_a_typo_is_a_kind_of_wrong_credentials() -> None:
    assert issubclass(MistypedRecoveryCodeError, WrongCredentialsError)
