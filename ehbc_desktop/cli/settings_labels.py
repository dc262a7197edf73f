"""The school settings in words, for `ehbc settings show` and the --help of `settings set`.

Each setting the command line changes has a Dutch and an English label, a unit for its number,
and a line of help that names what to type for `ehbc settings set NAME VALUE`.
"""

from __future__ import annotations

from typing import NamedTuple


class SettingWords(NamedTuple):
    """How one setting is said: its labels, the unit of its number, and its --help line."""

    dutch: str
    english: str
    unit: str  # a key of UNITS, or "" for a number without unit or a text
    help: str


#: unit: (Dutch one, Dutch more, English one, English more)
UNITS = {
    "day": ("dag", "dagen", "day", "days"),
    "week": ("week", "weken", "week", "weeks"),
    "year": ("jaar", "jaar", "year", "years"),
    "school_year": (
        "schooljaar na het afsluiten",
        "schooljaren na het afsluiten",
        "school year after closing",
        "school years after closing",
    ),
}

#: Every setting `settings set` changes, in the order `settings show` prints them.
SETTING_WORDS = {
    "restorative_follow_up_days": SettingWords(
        "Aparte gesprekken na een herstelgesprek plannen na",
        "Plan the separate talks after a restorative conversation after",
        "day",
        "days until the separate talks after a restorative conversation: 1, 2, 7 or 14",
    ),
    "observation_reminder_days": SettingWords(
        "Herinnering om te observeren elke",
        "Observation reminder every",
        "day",
        "days between two observation reminders",
    ),
    "retention_school_years": SettingWords(
        "Afgesloten dossiers bewaren tot 31 augustus",
        "Keep closed cases until 31 August",
        "school_year",
        "school years a closed case is kept after the one it was closed in",
    ),
    "retention_clb_years": SettingWords(
        "CLB-dossiers bewaren (minstens 10)",
        "Keep CLB files (at least 10)",
        "year",
        "years a CLB file is kept, at least 10",
    ),
    "statistics_threshold": SettingWords(
        "Kleine aantallen in de statistieken verbergen onder",
        "Hide small counts in the statistics below",
        "",
        "statistics show counts below this number as '< N'",
    ),
    "idle_weeks": SettingWords(
        "Open dossiers zonder activiteit markeren na",
        "Flag open cases without activity after",
        "week",
        "weeks without activity before an open case is flagged",
    ),
    "policy_location": SettingWords(
        "Antipestbeleid (link of bestand)",
        "Anti-bullying policy (link or file)",
        "",
        "the school's anti-bullying policy: a link or a file path",
    ),
}

_HOLIDAYS = ("Schoolvakanties", "School holidays")
_HOLIDAYS_WHERE = ("(alleen in het venster te wijzigen)", "(changed in the window only)")
_NOT_SET = ("(niet ingesteld)", "(not set)")


def value_text(name: str, value: object, lang: str) -> str:
    """The value of setting `name` with its unit, in `lang`."""
    english = lang == "en"
    if isinstance(value, str):
        return value or _NOT_SET[english]
    unit = SETTING_WORDS[name].unit
    if not unit:
        return str(value)
    one_nl, more_nl, one_en, more_en = UNITS[unit]
    one, more = (one_en, more_en) if english else (one_nl, more_nl)
    return f"{value} {one if value == 1 else more}"


def setting_label(name: str, lang: str) -> str:
    """The words for setting `name` in `lang`."""
    words = SETTING_WORDS[name]
    return words.english if lang == "en" else words.dutch


def setting_line(name: str, value: object, lang: str) -> str:
    """`label: value  [name]`: the name in brackets is what `settings set` takes."""
    return f"{setting_label(name, lang)}: {value_text(name, value, lang)}  [{name}]"


def holidays_line(count: int, lang: str) -> str:
    """How many holidays are set, and where they are changed (no `settings set` name)."""
    english = lang == "en"
    return f"{_HOLIDAYS[english]}: {count} {_HOLIDAYS_WHERE[english]}"


def names_help() -> str:
    """The --help text of the NAME of `settings set`: each name and what it means."""
    return "; ".join(f"{name}: {words.help}" for name, words in SETTING_WORDS.items())
