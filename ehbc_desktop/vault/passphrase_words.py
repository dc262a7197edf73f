"""Generated multi-word passphrases for archives, from a shipped list of simple Dutch words.

The list (package resource ``wordlist-nl.txt``) holds 2048 distinct lowercase ASCII words, so each
word adds exactly 11 bits: six words give 66 bits, far beyond guessing even at the scrypt
work factor's cost. Words are chosen with `secrets` (a CSPRNG) and joined with hyphens.
"""

from __future__ import annotations

import math
import re
import secrets
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from ehbc_desktop.package_data import resource

WORDLIST_PATH = resource("wordlist-nl.txt")
DEFAULT_WORDS = 6
MIN_WORDS = 4
SEPARATOR = "-"
_WORD = re.compile(r"[a-z]{3,9}")


class WordListError(Exception):
    """The shipped word list is missing or malformed."""


@cache
def load_wordlist(path: Path = WORDLIST_PATH) -> tuple[str, ...]:
    """The words of a word list file (``#`` lines are comments); checked for form and duplicates.

    Raises:
        WordListError: missing file, a malformed word, a duplicate, or fewer than 1024 words.
    """
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise WordListError("word list unreadable") from exc
    words = tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
    if any(_WORD.fullmatch(word) is None for word in words):
        raise WordListError("malformed word in the word list")
    if len(set(words)) != len(words):
        raise WordListError("duplicate word in the word list")
    if len(words) < 1024:
        raise WordListError("word list too short")
    return words


def passphrase_entropy_bits(
    words: int = DEFAULT_WORDS, wordlist: Sequence[str] | None = None
) -> float:
    """Bits of entropy of a generated passphrase of ``words`` words."""
    size = len(wordlist if wordlist is not None else load_wordlist())
    return words * math.log2(size)


def generate_passphrase(words: int = DEFAULT_WORDS, wordlist: Sequence[str] | None = None) -> str:
    """A random passphrase such as ``"molen-tulp-..."`` (66 bits with six words of 2048).

    Raises:
        ValueError: fewer than four words asked.
    """
    if words < MIN_WORDS:
        raise ValueError("too few words for a strong passphrase")
    choices = wordlist if wordlist is not None else load_wordlist()
    return SEPARATOR.join(secrets.choice(choices) for _ in range(words))
