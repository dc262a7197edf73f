"""The one vocabulary: the Dutch and English word for every domain enum member.

The words are declared once, in `resources/vocabulary.toml`; the window, the printed documents
and the command line look them up here. Documents and the command line name their language;
the window uses the current one, which the language switch sets (`use_language`), so its words
follow a live switch like the rest of the window.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Any

from ehbc_desktop.package_data import resource

LANGUAGES = ("nl", "en")
_DOMAIN = "ehbc_desktop.domain."
_Words = dict[str, dict[str, tuple[str, str]]]
# The window's language: its source language (English) until a catalogue is applied.
_window = {"lang": "en"}


def language_of(locale_name: str) -> str:
    """ "nl_BE", "nl" -> "nl"; anything else -> "en"."""
    return "nl" if locale_name.split("_", maxsplit=1)[0] == "nl" else "en"


def use_language(locale_name: str) -> None:
    """Make `locale_name` ("nl_BE", "nl" or "en") the language of `label` without one."""
    _window["lang"] = language_of(locale_name)


def current_language() -> str:
    """The language the window shows its words in ("nl" or "en")."""
    return _window["lang"]


def section_of(kind: type[StrEnum]) -> str:
    """The vocabulary section of an enum: its module below the domain plus its class name."""
    module = kind.__module__.removeprefix(_DOMAIN)
    return f"{module}.{kind.__name__}"


@cache
def _words() -> _Words:
    import tomllib  # here: the unlock screen needs no domain words (5 ms at start-up)

    with resource("vocabulary.toml").open("rb") as handle:
        data = tomllib.load(handle)
    found: _Words = {}
    _collect(data, "", found)
    return found


def _collect(table: dict[str, Any], prefix: str, found: _Words) -> None:
    for key, value in table.items():
        if isinstance(value, dict) and all(isinstance(v, list) for v in value.values()):
            found[prefix + key] = {member: (pair[0], pair[1]) for member, pair in value.items()}
        elif isinstance(value, dict):
            _collect(value, f"{prefix}{key}.", found)


def words_of(kind: type[StrEnum]) -> dict[str, tuple[str, str]]:
    """Every (Dutch, English) pair of an enum, by stored value ({} for an enum without words)."""
    return _words().get(section_of(kind), {})


def label(member: StrEnum, lang: str | None = None) -> str:
    """The word for an enum member in `lang` (default: the window's current language).

    A member without a word shows its stored value with spaces, never an error: a test keeps
    every domain member covered.
    """
    pair = words_of(type(member)).get(member.value)
    if pair is None:
        return member.value.replace("_", " ")
    return pair[0] if (lang or _window["lang"]) == "nl" else pair[1]


def capitalised(member: StrEnum, lang: str | None = None) -> str:
    """The word with its first letter in capitals, for the start of a cell or a title."""
    word = label(member, lang)
    return word[:1].upper() + word[1:]


def labels(members: tuple[StrEnum, ...] | list[StrEnum], lang: str | None = None) -> str:
    """Several members as one comma-separated line."""
    return ", ".join(label(member, lang) for member in members)


def label_of(kind: type[StrEnum], value: str, lang: str | None = None) -> str | None:
    """The word for a stored value of `kind`, or None when `value` is not one of its members."""
    if value not in {member.value for member in kind}:
        return None
    return label(kind(value), lang)
