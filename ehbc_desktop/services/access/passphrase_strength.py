"""The one passphrase strength check: every passphrase the program accepts goes through it.

The estimate is zxcvbn's (how many guesses an attacker with the usual dictionaries, keyboard
patterns, dates and repeats needs), with the school's name, the user names, recent years and
the bundled Dutch word list added as a dictionary it checks against. Two choices make it
stricter than zxcvbn's own score: a passphrase is also checked with its spaces and hyphens
removed (a separator adds almost nothing to guess), and zxcvbn's flat bonus per extra part
(10^4 for each) is left out, so five known names in a row stay five known names.
Vault passphrases (every user) and archive passphrases must reach `MIN_GUESSES_LOG10`.
This module imports nothing heavy: the first-start screen's meter uses it at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ehbc_desktop.vault import passphrase_words

__all__ = [
    "MIN_GUESSES_LOG10",
    "MIN_LENGTH",
    "Strength",
    "StrengthHint",
    "assess",
    "require_strong",
    "suggest_passphrase",
]

MIN_LENGTH = 12
#: At least 10^12 estimated guesses. At 1 s of Argon2id per guess on one core that is 30,000
#: years; even a rented farm of graphics cards against the archive's scrypt stays far off.
MIN_GUESSES_LOG10 = 12.0
# zxcvbn is quadratic in the length (and refuses more than 72 characters); past this the rest
# only makes a phrase stronger.
_CHECKED_LENGTH = 72
_SEPARATORS = re.compile(r"[\s\-_.,;:/+]+")
_YEARS = tuple(str(year) for year in range(1950, 2100))


class StrengthHint(StrEnum):
    """Why a passphrase is weak (or that it is fine); the UI and the CLI word each one."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"
    NAMES = "names"  # the school's or a user's name, or a year
    REPETITIVE = "repetitive"  # repeats or sequences such as abcabc, 1234, qwerty
    COMMON = "common"  # well-known passwords and single dictionary words
    ADD_WORDS = "add_words"  # no single flaw, just too few words
    STRONG = "strong"


@dataclass(frozen=True)
class Strength:
    """Score 0 (unusable) to 4 (very strong), whether it may be used, and what to do next."""

    score: int
    acceptable: bool
    hint: StrengthHint
    length: int
    words: int
    guesses_log10: float


def _tokens(names: Iterable[str]) -> list[str]:
    found: list[str] = []
    for name in names:
        for token in re.split(r"[\W_]+", name.casefold()):
            if token and token not in found:
                found.append(token)
    return found


def _words(passphrase: str) -> int:
    return len([w for w in _SEPARATORS.split(passphrase) if len(w) >= 2])


def _score(guesses_log10: float) -> int:
    return sum(guesses_log10 >= limit for limit in (6.0, 9.0, MIN_GUESSES_LOG10, 15.0))


def _hint(result: dict[str, Any], names: list[str]) -> StrengthHint:
    """The most telling reason among the parts zxcvbn recognised."""
    parts = [m for m in result["sequence"] if m.get("pattern") != "bruteforce"]
    kinds = set()
    for part in parts:
        pattern, source = part.get("pattern"), part.get("dictionary_name")
        if pattern in ("date", "regex") or (
            source == "user_inputs" and str(part.get("matched_word", "")) in (*names, *_YEARS)
        ):
            kinds.add(StrengthHint.NAMES)
        elif pattern in ("repeat", "sequence", "spatial"):
            kinds.add(StrengthHint.REPETITIVE)
        elif pattern == "dictionary" and source != "user_inputs":
            kinds.add(StrengthHint.COMMON)
    for hint in (StrengthHint.NAMES, StrengthHint.REPETITIVE, StrengthHint.COMMON):
        if hint in kinds:
            return hint
    return StrengthHint.ADD_WORDS


def _estimate(password: str, names: list[str]) -> dict[str, Any]:
    # Imported here: the unlock screen must start without zxcvbn's frequency lists.
    from zxcvbn import matching, scoring

    ranked = dict(matching.RANKED_DICTIONARIES)
    extra = [*names, *_YEARS, *passphrase_words.load_wordlist()]
    ranked["user_inputs"] = matching.build_ranked_dict([w.lower() for w in extra])
    matches = matching.omnimatch(password, ranked)
    result: dict[str, Any] = scoring.most_guessable_match_sequence(
        password, matches, _exclude_additive=True
    )
    return result


def assess(passphrase: str, context: Iterable[str] = ()) -> Strength:
    """Estimate how strong `passphrase` is; `context`: the school's and the users' names."""
    length, words = len(passphrase), _words(passphrase)
    if not passphrase:
        return Strength(0, False, StrengthHint.EMPTY, 0, 0, 0.0)
    names = _tokens(context)
    checked = passphrase[:_CHECKED_LENGTH]
    variants = dict.fromkeys((checked, _SEPARATORS.sub("", checked)))
    results = [_estimate(v, names) for v in variants if v]
    result = min(results, key=lambda r: float(r["guesses_log10"]))
    guesses = float(result["guesses_log10"])
    score = _score(guesses)
    if length < MIN_LENGTH:
        return Strength(min(score, 1), False, StrengthHint.TOO_SHORT, length, words, guesses)
    if guesses >= MIN_GUESSES_LOG10:
        return Strength(score, True, StrengthHint.STRONG, length, words, guesses)
    return Strength(score, False, _hint(result, names), length, words, guesses)


def require_strong(passphrase: str, context: Iterable[str] = ()) -> None:
    """Refuse a passphrase below the threshold.

    Raises:
        PassphraseTooWeakError: with the assessment (its hint is the reason to show).
    """
    # Imported here: the first-start screen uses `assess` before the services are loaded.
    from ehbc_desktop.services.errors import PassphraseTooWeakError

    strength = assess(passphrase, context)
    if not strength.acceptable:
        raise PassphraseTooWeakError(strength)


def suggest_passphrase() -> str:
    """A generated multi-word phrase from the bundled Dutch word list (six words, 66 bits)."""
    return passphrase_words.generate_passphrase()
