"""The choice moment: weights, ties, neutral reasons, group or individual, monotonicity."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ehbc_desktop.domain.enums import Approach, ApproachChoice, ApproachReason
from ehbc_desktop.domain.recommendation import RecommendationOutcome, recommend

R = ApproachReason
OUTCOME_RANK = {
    RecommendationOutcome.NON_CONFRONTATIONAL: -1,
    RecommendationOutcome.NOTHING_TICKED: 0,
    RecommendationOutcome.ONLY_NEUTRAL: 0,
    RecommendationOutcome.TIE: 0,
    RecommendationOutcome.CONFRONTATIONAL: 1,
}


def test_nothing_ticked_gives_no_recommendation() -> None:
    result = recommend([])
    assert result.outcome is RecommendationOutcome.NOTHING_TICKED
    assert result.approach is None
    assert result.choice is None


def test_teachers_support_does_not_tip_the_balance() -> None:
    result = recommend([R.NC_TEACHERS_SUPPORT, R.C_TEACHERS_SUPPORT])
    assert result.outcome is RecommendationOutcome.ONLY_NEUTRAL
    assert result.approach is None
    assert recommend([R.NC_RECENT, R.C_TEACHERS_SUPPORT]).approach is Approach.NON_CONFRONTATIONAL


def test_equal_weights_are_a_tie() -> None:
    result = recommend([R.NC_RECENT, R.C_LONG_RUNNING])
    assert result.outcome is RecommendationOutcome.TIE
    assert result.choice is None
    assert result.non_confrontational_reasons == (R.NC_RECENT,)
    assert result.confrontational_reasons == (R.C_LONG_RUNNING,)


def test_strong_reason_outweighs_one_ordinary_reason() -> None:
    result = recommend([R.NC_RECENT, R.C_BIG_IMPACT])
    assert result.outcome is RecommendationOutcome.CONFRONTATIONAL
    assert result.choice is ApproachChoice.CONFRONTATIONAL
    assert (result.non_confrontational_score, result.confrontational_score) == (1, 2)


def test_strong_reason_ties_with_two_ordinary_ones() -> None:
    result = recommend([R.NC_RECENT, R.NC_LESS_SERIOUS, R.C_FORCEFUL_CORRECTION])
    assert result.outcome is RecommendationOutcome.TIE


def test_non_confrontational_individual_or_group() -> None:
    individual = recommend([R.NC_RECENT, R.NC_LESS_SERIOUS])
    assert individual.choice is ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL
    assert not individual.group
    group = recommend([R.NC_RECENT, R.NC_BELIEF_IN_GROUP])
    assert group.choice is ApproachChoice.NON_CONFRONTATIONAL_GROUP
    assert group.group


def test_duplicates_count_once() -> None:
    assert recommend([R.NC_RECENT, R.NC_RECENT, R.C_LONG_RUNNING]).outcome is (
        RecommendationOutcome.TIE
    )


REASONS = st.sets(st.sampled_from(list(ApproachReason)))


@given(
    REASONS, st.sampled_from([r for r in ApproachReason if r.approach is Approach.CONFRONTATIONAL])
)
def test_adding_a_confrontational_reason_never_moves_towards_non_confrontational(
    reasons: set[ApproachReason], extra: ApproachReason
) -> None:
    before = OUTCOME_RANK[recommend(reasons).outcome]
    after = OUTCOME_RANK[recommend(reasons | {extra}).outcome]
    assert after >= before


@given(
    REASONS,
    st.sampled_from([r for r in ApproachReason if r.approach is Approach.NON_CONFRONTATIONAL]),
)
def test_adding_a_non_confrontational_reason_never_moves_towards_confrontational(
    reasons: set[ApproachReason], extra: ApproachReason
) -> None:
    before = OUTCOME_RANK[recommend(reasons).outcome]
    after = OUTCOME_RANK[recommend(reasons | {extra}).outcome]
    assert after <= before


@given(REASONS)
def test_reasons_are_split_by_column(reasons: set[ApproachReason]) -> None:
    result = recommend(reasons)
    assert set(result.non_confrontational_reasons) | set(result.confrontational_reasons) == reasons
    assert all(
        r.approach is Approach.NON_CONFRONTATIONAL for r in result.non_confrontational_reasons
    )
    assert (result.approach is None) == (result.choice is None)
