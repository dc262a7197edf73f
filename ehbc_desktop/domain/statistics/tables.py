"""The tables of the statistics: which categories each has and how a case falls into them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    BullyingForm,
    Classification,
    ExternalBody,
    GroupMethod,
    Medium,
    ReporterKind,
)
from ehbc_desktop.domain.statistics.facts import (
    AGE_GROUPS,
    KNOWN_PLATFORMS,
    PLATFORM_OTHER,
    UNKNOWN,
    YEARS,
    CaseFacts,
)

CONFIDENTIAL = "confidential"  # a confidential case: counted here, and nowhere else
NONE = "none"


class TableId(StrEnum):
    """The tables, in the order they are shown."""

    CLASSIFICATION = "classification"
    REPORTER = "reporter"
    MEDIA = "media"
    PLATFORMS = "platforms"
    FORMS = "forms"
    APPROACH = "approach"
    GROUP_METHODS = "group_methods"
    STEPS = "steps"
    OUTSIDE_BODIES = "outside_bodies"
    OUTCOME = "outcome"
    VICTIM_AGES = "victim_ages"
    VICTIM_YEARS = "victim_years"


class Step(StrEnum):
    """Escalations and heavier steps a case went through (several per case)."""

    CARE_TEAM = "care_team"
    TO_CONFRONTATIONAL = "to_confrontational"  # the non-confrontational approach did not do
    RESTORATIVE = "restorative"
    OUTSIDE_BODY = "outside_body"
    FORMAL_REPORT = "formal_report"


def classification_key(facts: CaseFacts) -> str:
    """Cyberbullying (also with classic bullying), bullying, conflict, observation only."""
    found = facts.classification
    if found in (Classification.CYBERBULLYING, Classification.CYBER_AND_CLASSIC):
        return "cyberbullying"
    if found is Classification.CLASSIC_BULLYING:
        return "bullying"
    if found is Classification.CONFLICT:
        return "conflict"
    return "observation_only" if facts.status == "observation" else "not_classified"


def approach_key(facts: CaseFacts) -> str:
    """The approach chosen last, or "none" before the choice moment."""
    return facts.approaches[-1].value if facts.approaches else NONE


def steps_of(facts: CaseFacts) -> list[str]:
    """The escalations and heavier steps of a case."""
    steps: list[str] = []
    if facts.care_team:
        steps.append(Step.CARE_TEAM)
    seen_soft = False
    for choice in facts.approaches:
        if choice is ApproachChoice.CONFRONTATIONAL and seen_soft:
            steps.append(Step.TO_CONFRONTATIONAL)
            break
        seen_soft = seen_soft or choice is not ApproachChoice.CONFRONTATIONAL
    if facts.restorative_held:
        steps.append(Step.RESTORATIVE)
    if facts.outside_bodies:
        steps.append(Step.OUTSIDE_BODY)
    if facts.formal_report:
        steps.append(Step.FORMAL_REPORT)
    return steps


@dataclass(frozen=True)
class TableSpec:
    """One table: its categories and the categories one case (or one victim) falls into.

    `single`: every case falls in exactly one category, so the counts add up to the number of
    cases (confidential ones in their own category); such tables get complementary
    suppression. `per_victim`: counted per victim rather than per case.
    """

    id: TableId
    categories: tuple[str, ...]
    keys: Callable[[CaseFacts], list[str]]
    single: bool
    per_victim: bool = False


def _values(items: tuple[StrEnum, ...] | tuple[str, ...]) -> list[str]:
    return [str(item) for item in dict.fromkeys(items)]


def _with(*parts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(key for part in parts for key in part)


TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        TableId.CLASSIFICATION,
        ("cyberbullying", "bullying", "conflict", "observation_only", "not_classified",
         CONFIDENTIAL),
        lambda f: [classification_key(f)],
        single=True,
    ),
    TableSpec(
        TableId.REPORTER,
        _with(tuple(ReporterKind), (UNKNOWN, CONFIDENTIAL)),
        lambda f: [f.reporter.value if f.reporter else UNKNOWN],
        single=True,
    ),
    TableSpec(TableId.MEDIA, tuple(Medium), lambda f: _values(f.media), single=False),
    TableSpec(
        TableId.PLATFORMS,
        _with(tuple(k for k, _ in KNOWN_PLATFORMS), (PLATFORM_OTHER,)),
        lambda f: _values(f.platforms),
        single=False,
    ),
    TableSpec(TableId.FORMS, tuple(BullyingForm), lambda f: _values(f.forms), single=False),
    TableSpec(
        TableId.APPROACH,
        _with(tuple(ApproachChoice), (NONE, CONFIDENTIAL)),
        lambda f: [approach_key(f)],
        single=True,
    ),
    TableSpec(
        TableId.GROUP_METHODS, tuple(GroupMethod), lambda f: _values(f.group_methods),
        single=False,
    ),
    TableSpec(TableId.STEPS, tuple(Step), steps_of, single=False),
    TableSpec(
        TableId.OUTSIDE_BODIES, tuple(ExternalBody), lambda f: _values(f.outside_bodies),
        single=False,
    ),
    TableSpec(
        TableId.OUTCOME,
        ("stopped", "decreased", "unchanged", "worse", NONE, CONFIDENTIAL),
        lambda f: [f.last_outcome.value if f.last_outcome else NONE],
        single=True,
    ),
    TableSpec(
        TableId.VICTIM_AGES, _with(AGE_GROUPS, (UNKNOWN,)), lambda f: list(f.victim_ages),
        single=True, per_victim=True,
    ),
    TableSpec(
        TableId.VICTIM_YEARS, _with(YEARS, (UNKNOWN,)), lambda f: list(f.victim_years),
        single=True, per_victim=True,
    ),
)
