"""User names: one normal form (NFC), refused characters, and case-insensitive comparison.

The one place that decides what a user name is; the key-slot file, the vault and the user
commands all call it, so "Chloë" typed composed or decomposed, or as "chloë", is one user.
"""

from __future__ import annotations

import unicodedata

from ehbc_desktop.vault.errors import InvalidUserNameError

MAX_LENGTH = 64

# Bidirectional embeddings, overrides and isolates: they make a name read differently from
# what it is (U+202A-U+202E, U+2066-U+2069), plus the invisible marks that do the same.
_BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)


def normalise_user_name(name: str) -> str:
    """Return `name` in its stored form: NFC, outer spaces removed.

    Raises:
        InvalidUserNameError: the name is empty, longer than MAX_LENGTH, or holds a control
            character (newline, tab, ...), a format character or a direction override.
    """
    value = unicodedata.normalize("NFC", name).strip()
    if not value or len(value) > MAX_LENGTH:
        raise InvalidUserNameError()
    for char in value:
        if char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            raise InvalidUserNameError()
    return value


def user_key(name: str) -> str:
    """The comparison key of a name: NFC, case-folded, outer spaces removed (never raises)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).strip().casefold())


def same_user(first: str, second: str) -> bool:
    """True when two names denote the same user (case and Unicode form do not matter)."""
    return user_key(first) == user_key(second)
