"""Triage: propose a classification from the three key criteria and check a recorded triage."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from ehbc_desktop.domain.entities import CaseRecord, Triage
from ehbc_desktop.domain.enums import Classification, CriterionAnswer, KeyCriterion

CYBER_CLASSIFICATIONS = frozenset({Classification.CYBERBULLYING, Classification.CYBER_AND_CLASSIC})
OTHER_ROUTE_CLASSIFICATIONS = frozenset({Classification.CLASSIC_BULLYING, Classification.CONFLICT})


class TriageNote(StrEnum):
    """Explanation codes of a triage proposal."""

    ALL_CRITERIA_HOLD = "all_criteria_hold"
    CRITERION_FAILS = "criterion_fails"  # at least one key criterion is answered "no"
    CRITERIA_UNCLEAR = "criteria_unclear"  # none fails, at least one is unclear
    DIGITAL = "digital"
    NOT_DIGITAL = "not_digital"
    ALSO_OFFLINE = "also_offline"


class TriageProblem(StrEnum):
    """Why a recorded triage is not valid."""

    CRITERION_MISSING = "criterion_missing"
    PROPOSAL_INCONSISTENT = "proposal_inconsistent"  # proposed does not follow from the answers
    OVERRIDE_WITHOUT_REASON = "override_without_reason"


@dataclass(frozen=True, slots=True)
class TriageProposal:
    """The proposed classification with what it rests on."""

    classification: Classification
    uncertain: bool  # some criterion is unclear: the user should look again
    holding: tuple[KeyCriterion, ...]
    failing: tuple[KeyCriterion, ...]
    unclear: tuple[KeyCriterion, ...]
    notes: tuple[TriageNote, ...]


def propose_classification(
    criteria: Mapping[KeyCriterion, CriterionAnswer], digital: bool, also_offline: bool
) -> TriageProposal:
    """Propose a classification from the key criteria (DOMAIN 2.2).

    Any criterion answered NO -> CONFLICT. Otherwise it is (possibly) bullying: digital ->
    CYBERBULLYING, or CYBER_AND_CLASSIC when it also happens offline; not digital ->
    CLASSIC_BULLYING. When some criterion is UNCLEAR (or missing) and none is NO, the bullying
    classification is still proposed, flagged ``uncertain``: treating a possible bullying case
    as bullying keeps the victim protected, and the user confirms or overrides with a reason.

    Args:
        criteria: The answers; a missing criterion counts as UNCLEAR.
        digital: It happens through digital media.
        also_offline: Classic (offline) bullying happens as well.

    Returns:
        The proposal with the criteria that hold, fail and are unclear, and explanation codes.
    """
    answers = {c: criteria.get(c, CriterionAnswer.UNCLEAR) for c in KeyCriterion}
    holding = tuple(c for c, a in answers.items() if a is CriterionAnswer.YES)
    failing = tuple(c for c, a in answers.items() if a is CriterionAnswer.NO)
    unclear = tuple(c for c, a in answers.items() if a is CriterionAnswer.UNCLEAR)
    notes: list[TriageNote] = []
    if failing:
        notes.append(TriageNote.CRITERION_FAILS)
    elif unclear:
        notes.append(TriageNote.CRITERIA_UNCLEAR)
    else:
        notes.append(TriageNote.ALL_CRITERIA_HOLD)
    notes.append(TriageNote.DIGITAL if digital else TriageNote.NOT_DIGITAL)
    if also_offline:
        notes.append(TriageNote.ALSO_OFFLINE)
    if failing:
        classification = Classification.CONFLICT
    elif not digital:
        classification = Classification.CLASSIC_BULLYING
    elif also_offline:
        classification = Classification.CYBER_AND_CLASSIC
    else:
        classification = Classification.CYBERBULLYING
    return TriageProposal(
        classification, bool(unclear) and not failing, holding, failing, unclear, tuple(notes)
    )


def triage_problems(triage: Triage) -> tuple[TriageProblem, ...]:
    """Check a triage before it is stored; empty when it is valid.

    The proposal is recomputed from the answers (a CYBER_AND_CLASSIC proposal implies that it
    also happens offline) and must match; a classification that differs from the proposal
    needs an override reason that is more than whitespace.

    Args:
        triage: The triage to check.

    Returns:
        The problems found, in a fixed order.
    """
    problems: list[TriageProblem] = []
    if any(c not in triage.criteria for c in KeyCriterion):
        problems.append(TriageProblem.CRITERION_MISSING)
    offline = triage.proposed is Classification.CYBER_AND_CLASSIC
    expected = propose_classification(triage.criteria, triage.digital, offline).classification
    if expected is not triage.proposed:
        problems.append(TriageProblem.PROPOSAL_INCONSISTENT)
    if triage.classification is not triage.proposed and not triage.override_reason.strip():
        problems.append(TriageProblem.OVERRIDE_WITHOUT_REASON)
    return tuple(problems)


def current_triage(record: CaseRecord) -> Triage | None:
    """The triage that counts: the most recently decided one (revisions are kept)."""
    latest: Triage | None = None
    for triage in record.triages:
        if latest is None or triage.decided_at >= latest.decided_at:
            latest = triage
    return latest


def current_classification(record: CaseRecord) -> Classification | None:
    """The classification of the latest triage, or None before triage."""
    triage = current_triage(record)
    return triage.classification if triage is not None else None
