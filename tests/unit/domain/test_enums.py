"""The enum vocabulary: columns of the choice moment and the approach of each choice."""

from __future__ import annotations

from ehbc_desktop.domain.enums import Approach, ApproachChoice, ApproachReason


def test_reasons_fall_in_the_two_columns_of_the_choice_moment() -> None:
    non = [r for r in ApproachReason if r.approach is Approach.NON_CONFRONTATIONAL]
    conf = [r for r in ApproachReason if r.approach is Approach.CONFRONTATIONAL]
    assert len(non) == 5
    assert len(conf) == 6


def test_each_choice_belongs_to_one_approach() -> None:
    assert ApproachChoice.CONFRONTATIONAL.approach is Approach.CONFRONTATIONAL
    assert ApproachChoice.NON_CONFRONTATIONAL_GROUP.approach is Approach.NON_CONFRONTATIONAL
    assert ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL.approach is Approach.NON_CONFRONTATIONAL
