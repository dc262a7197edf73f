"""The 12+ parent rule: a standing wish of a competent pupil from 12 blocks parent contact."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ehbc_desktop.domain.enums import ConversationKind
from ehbc_desktop.domain.rules import (
    RuleReason,
    age_on,
    override_reason_valid,
    parent_verdict,
    parent_verdicts_for_kind,
)
from tests.builders.records import DAY0, CaseBuilder, days

BORN_13 = date(2013, 1, 15)  # 13 on DAY0
BORN_10 = date(2015, 6, 1)  # 10 on DAY0


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        (date(2014, 3, 2), date(2026, 3, 2), 12),
        (date(2014, 3, 3), date(2026, 3, 2), 11),
        (date(2014, 2, 28), date(2026, 3, 1), 12),
        (date(2012, 2, 29), date(2024, 2, 28), 11),
        (date(2012, 2, 29), date(2024, 2, 29), 12),
        (date(2012, 2, 29), date(2025, 3, 1), 13),
        (date(2030, 1, 1), date(2026, 1, 1), 0),
    ],
)
def test_age_on(born: date, day: date, age: int) -> None:
    assert age_on(born, day) == age


@given(st.dates(min_value=date(1990, 1, 1)), st.dates(min_value=date(1990, 1, 1)))
def test_age_never_decreases_over_time(born: date, day: date) -> None:
    later = date(day.year + 1, 3, 1) if day.year < 9999 else day
    assert age_on(born, later) >= age_on(born, day)


def test_no_wish_does_not_block() -> None:
    record = CaseBuilder().victim(birth_date=BORN_13).build()
    verdict = parent_verdict(record, "victim", DAY0)
    assert verdict.allowed
    assert verdict.reason is RuleReason.PARENTS_NO_WISH
    assert verdict.wish_id is None


def test_standing_wish_of_competent_12_plus_pupil_blocks() -> None:
    record = CaseBuilder().victim(birth_date=BORN_13).wish().build()
    verdict = parent_verdict(record, "victim", DAY0)
    assert verdict.blocked
    assert verdict.reason is RuleReason.PARENTS_WISH_STANDS
    assert verdict.wish_id == record.parent_wishes[0].id
    assert verdict.override_id is None


def test_wish_of_under_12_pupil_does_not_block() -> None:
    record = CaseBuilder().victim(birth_date=BORN_10).wish().build()
    verdict = parent_verdict(record, "victim", DAY0)
    assert verdict.allowed
    assert verdict.reason is RuleReason.PARENTS_UNDER_12


def test_pupil_turning_12_makes_the_wish_count() -> None:
    record = CaseBuilder().victim(birth_date=date(2014, 3, 10)).wish().build()
    assert parent_verdict(record, "victim", date(2026, 3, 9)).reason is RuleReason.PARENTS_UNDER_12
    assert parent_verdict(record, "victim", date(2026, 3, 10)).blocked


def test_pupil_judged_not_competent_is_not_blocked() -> None:
    record = CaseBuilder().victim(birth_date=BORN_13).wish(competent=False).build()
    verdict = parent_verdict(record, "victim", DAY0)
    assert verdict.allowed
    assert verdict.reason is RuleReason.PARENTS_NOT_COMPETENT


def test_withdrawn_wish_does_not_block() -> None:
    record = CaseBuilder().victim(birth_date=BORN_13).wish(withdrawn_on=days(2)).build()
    verdict = parent_verdict(record, "victim", days(3))
    assert verdict.allowed
    assert verdict.reason is RuleReason.PARENTS_WISH_WITHDRAWN


def test_latest_wish_counts() -> None:
    record = (
        CaseBuilder().victim(birth_date=BORN_13).wish(on=days(0)).wish(on=days(2), no_parents=False)
    ).build()
    assert parent_verdict(record, "victim", days(3)).reason is RuleReason.PARENTS_NO_WISH


def test_unknown_birth_date_lets_the_competence_judgement_decide() -> None:
    record = CaseBuilder().victim().wish().build()
    assert parent_verdict(record, "victim", DAY0).blocked


def test_override_after_the_wish_lifts_the_block() -> None:
    record = CaseBuilder().victim(birth_date=BORN_13).wish(on=days(0)).override(on=days(1)).build()
    verdict = parent_verdict(record, "victim", days(1))
    assert verdict.allowed
    assert verdict.reason is RuleReason.PARENTS_OVERRIDDEN
    assert verdict.override_id == record.parent_overrides[0].id


def test_override_before_a_newer_wish_does_not_lift_it() -> None:
    record = CaseBuilder().victim(birth_date=BORN_13).override(on=days(0)).wish(on=days(1)).build()
    assert parent_verdict(record, "victim", days(2)).blocked


def test_override_without_reason_does_not_lift_the_block() -> None:
    record = (
        CaseBuilder().victim(birth_date=BORN_13).wish(on=days(0)).override(on=days(1), reason="  ")
    ).build()
    assert parent_verdict(record, "victim", days(1)).blocked


def test_override_for_another_pupil_does_not_count() -> None:
    record = (
        CaseBuilder()
        .victim(birth_date=BORN_13)
        .bully(birth_date=BORN_13)
        .wish()
        .override(pupil="bully", on=days(1))
        .build()
    )
    assert parent_verdict(record, "victim", days(1)).blocked


def test_override_reason_validation() -> None:
    assert override_reason_valid("serious situation, duty to report")
    assert not override_reason_valid("")
    assert not override_reason_valid(" \n\t")


def test_verdicts_by_conversation_kind() -> None:
    record = (
        CaseBuilder()
        .victim(birth_date=BORN_13)
        .bully(birth_date=BORN_13)
        .wish(pupil="bully")
        .build()
    )
    victims = parent_verdicts_for_kind(record, ConversationKind.PARENTS_VICTIM, DAY0)
    bullies = parent_verdicts_for_kind(record, ConversationKind.PARENTS_BULLY, DAY0)
    assert [(v.pupil_participant_id, v.blocked) for v in victims] == [("victim", False)]
    assert [(v.pupil_participant_id, v.blocked) for v in bullies] == [("bully", True)]
    assert parent_verdicts_for_kind(record, ConversationKind.PARENTS_OTHER, DAY0) == ()
