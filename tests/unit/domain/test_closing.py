"""The closing checklist: stopped, aftercare, parents informed where allowed, agreements."""

from __future__ import annotations

from datetime import date

from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ApproachChoice,
    Classification,
    ConversationKind,
    FollowUpKind,
    FollowUpOutcome,
)
from ehbc_desktop.domain.rules import ClosingGap, aftercare_done, closing_gaps
from tests.builders.records import CaseBuilder, days

BORN_13 = date(2013, 1, 15)


def ready() -> CaseBuilder:
    return (
        CaseBuilder()
        .victim(birth_date=BORN_13)
        .triage()
        .conversation(ConversationKind.PARENTS_VICTIM)
        .conversation(ConversationKind.GROUP, days(3))
        .agreement(days(2), AgreementStatus.DONE)
        .held(days(10), FollowUpOutcome.STOPPED)
    )


def test_ready_case_has_no_gaps() -> None:
    assert closing_gaps(ready().build(), days(11)) == ()


def test_empty_case_lists_every_gap() -> None:
    record = CaseBuilder().victim().agreement(days(5)).build()
    assert closing_gaps(record, days(0)) == (
        ClosingGap.BULLYING_NOT_STOPPED,
        ClosingGap.AFTERCARE_MISSING,
        ClosingGap.PARENTS_NOT_INFORMED,
        ClosingGap.AGREEMENTS_OPEN,
    )


def test_last_outcome_must_be_stopped() -> None:
    record = ready().held(days(12), FollowUpOutcome.DECREASED).build()
    assert closing_gaps(record, days(13)) == (ClosingGap.BULLYING_NOT_STOPPED,)


def test_open_agreement_is_a_gap() -> None:
    record = ready().agreement(days(20)).build()
    assert closing_gaps(record, days(11)) == (ClosingGap.AGREEMENTS_OPEN,)


def test_parents_blocked_by_the_wish_are_not_a_gap() -> None:
    record = (
        CaseBuilder()
        .victim(birth_date=BORN_13)
        .wish()
        .aftercare_not_needed()
        .held(days(10), FollowUpOutcome.STOPPED)
        .build()
    )
    assert closing_gaps(record, days(11)) == ()


def test_parents_not_spoken_to_while_allowed_is_a_gap() -> None:
    record = (
        CaseBuilder().victim(birth_date=date(2016, 1, 1)).wish().aftercare_not_needed()
    ).build()
    assert ClosingGap.PARENTS_NOT_INFORMED in closing_gaps(record, days(0))


def test_aftercare_by_group_conversation_follow_up_or_flag() -> None:
    assert aftercare_done(CaseBuilder().conversation(ConversationKind.GROUP).build())
    assert not aftercare_done(
        CaseBuilder().conversation(ConversationKind.GROUP, finished=False).build()
    )
    assert aftercare_done(
        CaseBuilder().follow_up(days(1), days(1), kind=FollowUpKind.GROUP).build()
    )
    assert aftercare_done(CaseBuilder().aftercare_not_needed().build())
    assert not aftercare_done(CaseBuilder().build())


def test_group_approach_needs_aftercare_beyond_its_own_group_conversation() -> None:
    builder = (
        CaseBuilder()
        .decision(ApproachChoice.NON_CONFRONTATIONAL_GROUP)
        .conversation(ConversationKind.GROUP, days(1))
    )
    assert not aftercare_done(builder.build())
    builder.conversation(ConversationKind.GROUP, days(8))
    assert aftercare_done(builder.build())


def test_classic_route_skips_aftercare_and_parents() -> None:
    record = (
        CaseBuilder()
        .victim()
        .triage(Classification.CONFLICT)
        .held(days(3), FollowUpOutcome.STOPPED)
        .build()
    )
    assert closing_gaps(record, days(4)) == ()
