"""Generated archive passphrases and the shipped Dutch word list."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from ehbc_desktop.vault.age_format import generate_passphrase
from ehbc_desktop.vault.passphrase_words import (
    WordListError,
    load_wordlist,
    passphrase_entropy_bits,
)


def test_shipped_list_has_2048_distinct_simple_words() -> None:
    words = load_wordlist()
    assert len(words) == 2048 == len(set(words))
    assert all(re.fullmatch(r"[a-z]{3,9}", word) for word in words)


def test_no_two_words_differ_only_in_spelling_that_sounds_alike() -> None:
    def sound(word: str) -> str:
        word = word.replace("ij", "ei").replace("au", "ou").replace("dt", "t")
        return re.sub(r"d$", "t", word)

    words = load_wordlist()
    assert len({sound(word) for word in words}) == len(words)


def test_six_words_give_at_least_66_bits() -> None:
    assert passphrase_entropy_bits(6) == pytest.approx(66.0)
    assert passphrase_entropy_bits(6) >= 60


def test_generated_passphrases_use_list_words_and_differ() -> None:
    words = set(load_wordlist())
    phrases = {generate_passphrase() for _ in range(50)}
    assert len(phrases) == 50
    for phrase in phrases:
        parts = phrase.split("-")
        assert len(parts) == 6 and set(parts) <= words
    assert len(generate_passphrase(8).split("-")) == 8


def test_words_are_spread_over_the_list() -> None:
    # 4,000 draws over 2048 words: a broken generator (fixed index, tiny subset) shows at once.
    drawn = [w for _ in range(1000) for w in generate_passphrase(4).split("-")]
    assert len(set(drawn)) > 1200
    assert max(drawn.count(w) for w in set(drawn)) < 15
    assert math.log2(len(load_wordlist())) == 11


def test_too_few_words_and_bad_lists_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        generate_passphrase(3)
    short = tmp_path / "short.txt"
    short.write_text("molen\ntulp\n")
    with pytest.raises(WordListError):
        load_wordlist(short)
    dup = tmp_path / "dup.txt"
    dup.write_text("\n".join(["molen"] * 1100))
    with pytest.raises(WordListError):
        load_wordlist(dup)
    with pytest.raises(WordListError):
        load_wordlist(tmp_path / "missing.txt")


def test_no_word_is_a_common_insult_or_vulgar() -> None:
    # The program handles bullying cases: a generated passphrase must never read as an insult.
    unwanted = {
        "aap", "varken", "eikel", "poes", "zak", "dwerg", "kut", "lul", "hoer", "slet", "trut",
        "sukkel", "debiel", "mongool", "borst", "muts", "koe", "gans", "dom", "dik", "vet",
    }  # fmt: skip
    assert not unwanted & set(load_wordlist())
