"""Triage: the proposal from the three key criteria and the validation of a recorded triage."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ehbc_desktop.domain.entities import Triage
from ehbc_desktop.domain.enums import Classification, CriterionAnswer, KeyCriterion
from ehbc_desktop.domain.triage import (
    TriageNote,
    TriageProblem,
    current_classification,
    current_triage,
    propose_classification,
    triage_problems,
)
from tests.builders.records import CaseBuilder, days

YES, NO, UNCLEAR = CriterionAnswer.YES, CriterionAnswer.NO, CriterionAnswer.UNCLEAR
ALL_YES = dict.fromkeys(KeyCriterion, YES)


@pytest.mark.parametrize(
    ("digital", "offline", "expected"),
    [
        (True, False, Classification.CYBERBULLYING),
        (True, True, Classification.CYBER_AND_CLASSIC),
        (False, False, Classification.CLASSIC_BULLYING),
        (False, True, Classification.CLASSIC_BULLYING),
    ],
)
def test_all_criteria_hold(digital: bool, offline: bool, expected: Classification) -> None:
    proposal = propose_classification(ALL_YES, digital, offline)
    assert proposal.classification is expected
    assert not proposal.uncertain
    assert proposal.holding == tuple(KeyCriterion)
    assert proposal.notes[0] is TriageNote.ALL_CRITERIA_HOLD
    assert (TriageNote.DIGITAL in proposal.notes) == digital
    assert (TriageNote.ALSO_OFFLINE in proposal.notes) == offline


@pytest.mark.parametrize("criterion", list(KeyCriterion))
def test_any_criterion_failing_means_conflict(criterion: KeyCriterion) -> None:
    answers = {**ALL_YES, criterion: NO}
    proposal = propose_classification(answers, True, False)
    assert proposal.classification is Classification.CONFLICT
    assert proposal.failing == (criterion,)
    assert not proposal.uncertain
    assert TriageNote.CRITERION_FAILS in proposal.notes


def test_unclear_without_failure_proposes_bullying_flagged_uncertain() -> None:
    answers = {**ALL_YES, KeyCriterion.INTENT: UNCLEAR}
    proposal = propose_classification(answers, True, False)
    assert proposal.classification is Classification.CYBERBULLYING
    assert proposal.uncertain
    assert proposal.unclear == (KeyCriterion.INTENT,)
    assert TriageNote.CRITERIA_UNCLEAR in proposal.notes


def test_unclear_with_a_failure_is_a_certain_conflict() -> None:
    answers = {KeyCriterion.INTENT: UNCLEAR, KeyCriterion.REPETITION: NO}
    proposal = propose_classification(answers, True, False)
    assert proposal.classification is Classification.CONFLICT
    assert not proposal.uncertain
    assert proposal.unclear == (KeyCriterion.INTENT, KeyCriterion.POWER_IMBALANCE)


ANSWERS = st.fixed_dictionaries({c: st.sampled_from(list(CriterionAnswer)) for c in KeyCriterion})


@given(ANSWERS, st.booleans(), st.booleans())
def test_proposal_partitions_the_criteria(
    answers: dict[KeyCriterion, CriterionAnswer], digital: bool, offline: bool
) -> None:
    proposal = propose_classification(answers, digital, offline)
    assert sorted(proposal.holding + proposal.failing + proposal.unclear) == sorted(KeyCriterion)
    is_conflict = proposal.classification is Classification.CONFLICT
    assert is_conflict == bool(proposal.failing)


def recorded(**changes: Any) -> Triage:
    triage = CaseBuilder().triage().build().triages[0]
    return replace(triage, **changes)


def test_valid_triage_has_no_problems() -> None:
    assert triage_problems(recorded()) == ()


def test_override_needs_a_reason() -> None:
    overridden = recorded(classification=Classification.CONFLICT)
    assert triage_problems(overridden) == (TriageProblem.OVERRIDE_WITHOUT_REASON,)
    assert triage_problems(replace(overridden, override_reason="  ")) == (
        TriageProblem.OVERRIDE_WITHOUT_REASON,
    )
    assert triage_problems(replace(overridden, override_reason="only teasing")) == ()


def test_missing_criterion_and_inconsistent_proposal() -> None:
    triage = recorded(criteria={KeyCriterion.INTENT: NO})
    assert triage_problems(triage) == (
        TriageProblem.CRITERION_MISSING,
        TriageProblem.PROPOSAL_INCONSISTENT,
    )


def test_cyber_and_classic_proposal_is_consistent() -> None:
    triage = recorded(
        proposed=Classification.CYBER_AND_CLASSIC, classification=Classification.CYBER_AND_CLASSIC
    )
    assert triage_problems(triage) == ()


def test_latest_triage_counts() -> None:
    record = (
        CaseBuilder()
        .triage(Classification.CONFLICT, days(3))
        .triage(Classification.CYBERBULLYING, days(1))
        .build()
    )
    latest = current_triage(record)
    assert latest is not None
    assert latest.decided_at.date() == days(3)
    assert current_classification(record) is Classification.CONFLICT
    assert current_classification(CaseBuilder().build()) is None
