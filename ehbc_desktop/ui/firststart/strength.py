"""Passphrase strength: a simple, explainable estimate (length, words, repetition)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

MIN_LENGTH = 12
GOOD_LENGTH = 16
GOOD_WORDS = 4
STRONG_LENGTH = 20
VERY_LONG = 24

# Passwords that appear in every leaked list; a passphrase that is mostly one of these is weak.
_COMMON = (
    "wachtwoord", "paswoord", "password", "welkom", "school", "azerty", "qwerty", "123456",
    "letmein", "geheim", "admin", "leerling", "leerkracht",
)  # fmt: skip


class StrengthHint(StrEnum):
    """What the teacher should do next; the UI turns each into a sentence."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"
    REPETITIVE = "repetitive"
    COMMON = "common"
    ADD_WORDS = "add_words"
    STRONG = "strong"


@dataclass(frozen=True)
class Strength:
    """Score 0 (unusable) to 4 (strong), whether it may be used, and the hint to show."""

    score: int
    acceptable: bool
    hint: StrengthHint
    length: int
    words: int


def _words(passphrase: str) -> int:
    return len([w for w in re.split(r"[\s\-_.,;:]+", passphrase) if len(w) >= 2])


def _is_repetitive(passphrase: str) -> bool:
    lowered = passphrase.lower()
    if len(set(lowered)) <= max(3, len(lowered) // 4):
        return True
    return bool(re.search(r"(.)\1{3,}|0123|1234|2345|3456|4567|5678|6789|abcd", lowered))


def _is_common(passphrase: str) -> bool:
    lowered = re.sub(r"[^a-z0-9]", "", passphrase.lower())
    return any(word in lowered and len(lowered) - len(word) < 6 for word in _COMMON)


def assess(passphrase: str) -> Strength:
    """Estimate how strong `passphrase` is and what would make it stronger."""
    length = len(passphrase)
    words = _words(passphrase)
    if not passphrase:
        return Strength(0, False, StrengthHint.EMPTY, 0, 0)
    if length < MIN_LENGTH:
        return Strength(1 if length >= 8 else 0, False, StrengthHint.TOO_SHORT, length, words)
    if _is_repetitive(passphrase):
        return Strength(1, False, StrengthHint.REPETITIVE, length, words)
    if _is_common(passphrase):
        return Strength(1, False, StrengthHint.COMMON, length, words)
    score = 2
    if length >= GOOD_LENGTH:
        score += 1
    if (words >= GOOD_WORDS and length >= STRONG_LENGTH) or length >= VERY_LONG:
        score += 1
    hint = StrengthHint.STRONG if score >= 4 else StrengthHint.ADD_WORDS
    return Strength(score, True, hint, length, words)
