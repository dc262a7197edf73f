"""What statistics know of one case: categories only, never a name, a class or a free text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    BullyingForm,
    CaseStatus,
    Classification,
    ExternalBody,
    FollowUpOutcome,
    GroupMethod,
    Medium,
    ReporterKind,
)

# Platforms are typed freely in the report; statistics only ever name one of these (matched as
# a word, case-insensitively), everything else counts as "other". Order: how they are listed.
KNOWN_PLATFORMS: tuple[tuple[str, str], ...] = (
    ("whatsapp", "WhatsApp"),
    ("snapchat", "Snapchat"),
    ("instagram", "Instagram"),
    ("tiktok", "TikTok"),
    ("facebook", "Facebook"),
    ("youtube", "YouTube"),
    ("discord", "Discord"),
    ("telegram", "Telegram"),
    ("bereal", "BeReal"),
    ("twitter", "X (Twitter)"),
    ("roblox", "Roblox"),
    ("fortnite", "Fortnite"),
    ("minecraft", "Minecraft"),
    ("twitch", "Twitch"),
    ("smartschool", "Smartschool"),
)
PLATFORM_OTHER = "other"
_ALIASES = {"x": "twitter", "insta": "instagram", "snap": "snapchat", "tik tok": "tiktok"}
_WORDS = {**{key: key for key, _label in KNOWN_PLATFORMS}, **_ALIASES}
_PLATFORM_PATTERN = re.compile(
    r"(?<![a-z0-9])(" + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
    + r")(?![a-z0-9])"
)
_ORDER = [key for key, _label in KNOWN_PLATFORMS]


@lru_cache(maxsize=2048)
def platform_keys(text: str) -> tuple[str, ...]:
    """The known platforms a report's free text names (or `other` when it names another one)."""
    folded = text.casefold()
    found = {_WORDS[word] for word in _PLATFORM_PATTERN.findall(folded)}
    if not found:
        return (PLATFORM_OTHER,) if folded.strip() else ()
    return tuple(sorted(found, key=_ORDER.index))


AGE_GROUPS: tuple[str, ...] = ("under_10", "10_11", "12_13", "14_15", "16_17", "18_plus")
UNKNOWN = "unknown"


def age_group(birth: date | None, on: date) -> str:
    """The age group of someone born on `birth`, on the day `on` (12 is a boundary: 12+ rule)."""
    if birth is None or birth > on:
        return UNKNOWN
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if age < 10:
        return "under_10"
    if age >= 18:
        return "18_plus"
    low = age - (age % 2)
    return f"{low}_{low + 1}"


YEARS: tuple[str, ...] = ("1", "2", "3", "4", "5", "6", "7")


def school_year_level(class_name: str) -> str:
    """The year ("leerjaar") a class name starts with, e.g. "3" for "3B"; never the class."""
    match = re.match(r"\s*([1-7])(?!\d)", class_name)
    return match.group(1) if match else UNKNOWN


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """One case as statistics see it.

    A confidential case's facts are its dates, its status and the flag: the store leaves every
    other field empty for it, and counting uses only its dates.
    """

    case_id: str
    opened_on: date
    closed_on: date | None
    status: CaseStatus
    confidential: bool = False
    reported_on: date | None = None
    reporter: ReporterKind | None = None
    media: tuple[Medium, ...] = ()
    platforms: tuple[str, ...] = ()  # keys of KNOWN_PLATFORMS or PLATFORM_OTHER
    forms: tuple[BullyingForm, ...] = ()
    classification: Classification | None = None  # the latest triage
    approaches: tuple[ApproachChoice, ...] = ()  # every choice, oldest first
    group_methods: tuple[GroupMethod, ...] = ()
    restorative_held: bool = False
    care_team: bool = False
    outside_bodies: tuple[ExternalBody, ...] = ()
    formal_report: bool = False
    last_outcome: FollowUpOutcome | None = None
    stopped_on: date | None = None  # the first follow-up that found the bullying stopped
    victim_ages: tuple[str, ...] = ()  # AGE_GROUPS or UNKNOWN, one per victim
    victim_years: tuple[str, ...] = ()  # YEARS or UNKNOWN, one per victim


# Least favourable first: when two follow-ups were held on the same day, the worse one counts.
_OUTCOME_ORDER = (
    FollowUpOutcome.WORSE,
    FollowUpOutcome.UNCHANGED,
    FollowUpOutcome.DECREASED,
    FollowUpOutcome.STOPPED,
)


def last_outcome(held: list[tuple[date, FollowUpOutcome]]) -> FollowUpOutcome | None:
    """The outcome of the last held follow-up (the least favourable of a day's several)."""
    if not held:
        return None
    last_day = max(day for day, _outcome in held)
    outcomes = {outcome for day, outcome in held if day == last_day}
    return next(o for o in _OUTCOME_ORDER if o in outcomes)


def first_stopped(held: list[tuple[date, FollowUpOutcome]]) -> date | None:
    """The day of the first held follow-up that found the bullying stopped."""
    days = [day for day, outcome in held if outcome is FollowUpOutcome.STOPPED]
    return min(days) if days else None
