"""The choice moment (DOMAIN 2.6): recommend an approach from the ticked reasons; the user decides.

Weights of the reasons (each ticked reason adds its weight to its own column):

=========================== ====== ===========================================================
reason                      weight why
=========================== ====== ===========================================================
NC_RECENT                   1
NC_LESS_SERIOUS             1
NC_LIMITED_SUPPORT          1
NC_BELIEF_IN_GROUP          1      also makes the non-confrontational proposal a group one
NC_TEACHERS_SUPPORT         0      stands in both columns: it never tips the balance
C_LONG_RUNNING              1
C_HIGH_STATUS               1
C_BIG_IMPACT                2      strong: the victim's wellbeing is at stake
C_VICTIM_ALONE              2      strong: nobody around the victim to rely on
C_FORCEFUL_CORRECTION       2      strong: the behaviour must stop quickly
C_TEACHERS_SUPPORT          0      stands in both columns: it never tips the balance
=========================== ====== ===========================================================

The column with the higher total is recommended. Equal totals above zero give TIE (no
recommendation: the user weighs it); nothing ticked gives NOTHING_TICKED, and only the
"teachers support" reasons give ONLY_NEUTRAL. Adding a confrontational reason never moves the
outcome towards the non-confrontational side (and vice versa).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ehbc_desktop.domain.enums import Approach, ApproachChoice, ApproachReason

REASON_WEIGHTS: dict[ApproachReason, int] = {
    ApproachReason.NC_RECENT: 1,
    ApproachReason.NC_LESS_SERIOUS: 1,
    ApproachReason.NC_LIMITED_SUPPORT: 1,
    ApproachReason.NC_BELIEF_IN_GROUP: 1,
    ApproachReason.NC_TEACHERS_SUPPORT: 0,
    ApproachReason.C_LONG_RUNNING: 1,
    ApproachReason.C_HIGH_STATUS: 1,
    ApproachReason.C_BIG_IMPACT: 2,
    ApproachReason.C_VICTIM_ALONE: 2,
    ApproachReason.C_FORCEFUL_CORRECTION: 2,
    ApproachReason.C_TEACHERS_SUPPORT: 0,
}

GROUP_REASONS = frozenset({ApproachReason.NC_BELIEF_IN_GROUP})


class RecommendationOutcome(StrEnum):
    """What the recommendation amounts to."""

    NOTHING_TICKED = "nothing_ticked"
    ONLY_NEUTRAL = "only_neutral"  # only "teachers support the chosen approach" ticked
    TIE = "tie"
    NON_CONFRONTATIONAL = "non_confrontational"
    CONFRONTATIONAL = "confrontational"


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The recommended approach (if any) with the reasons and totals of each column."""

    outcome: RecommendationOutcome
    approach: Approach | None
    choice: ApproachChoice | None  # the concrete choice to preselect, None without a winner
    group: bool  # the non-confrontational side would be a group approach
    non_confrontational_reasons: tuple[ApproachReason, ...]
    confrontational_reasons: tuple[ApproachReason, ...]
    non_confrontational_score: int
    confrontational_score: int


def recommend(reasons: Iterable[ApproachReason]) -> Recommendation:
    """Recommend an approach from the ticked reasons (see the module docstring for weights).

    Args:
        reasons: The ticked reasons, in any order; duplicates count once.

    Returns:
        The recommendation; ``approach`` and ``choice`` are None without a winner.
    """
    ticked = set(reasons)
    ordered = [r for r in ApproachReason if r in ticked]
    nc = tuple(r for r in ordered if r.approach is Approach.NON_CONFRONTATIONAL)
    c = tuple(r for r in ordered if r.approach is Approach.CONFRONTATIONAL)
    nc_score = sum(REASON_WEIGHTS[r] for r in nc)
    c_score = sum(REASON_WEIGHTS[r] for r in c)
    group = bool(ticked & GROUP_REASONS)
    approach: Approach | None = None
    choice: ApproachChoice | None = None
    if not ordered:
        outcome = RecommendationOutcome.NOTHING_TICKED
    elif nc_score == c_score == 0:
        outcome = RecommendationOutcome.ONLY_NEUTRAL
    elif nc_score == c_score:
        outcome = RecommendationOutcome.TIE
    elif nc_score > c_score:
        outcome = RecommendationOutcome.NON_CONFRONTATIONAL
        approach = Approach.NON_CONFRONTATIONAL
        choice = (
            ApproachChoice.NON_CONFRONTATIONAL_GROUP
            if group
            else ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL
        )
    else:
        outcome = RecommendationOutcome.CONFRONTATIONAL
        approach = Approach.CONFRONTATIONAL
        choice = ApproachChoice.CONFRONTATIONAL
    return Recommendation(outcome, approach, choice, group, nc, c, nc_score, c_score)
