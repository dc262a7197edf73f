"""Agreements (who, what, by when), repair agreements, overdue and settled agreements."""

from __future__ import annotations

from ehbc_desktop.domain.entities import SupportFigure
from ehbc_desktop.domain.enums import AgreementStatus
from ehbc_desktop.domain.rules import (
    AgreementPart,
    AgreementStanding,
    agreement_missing_parts,
    agreement_standing,
    is_overdue,
    is_settled,
    open_agreements,
    overdue_agreements,
    repair_agreement_missing_parts,
)
from tests.builders.records import DAY0, CaseBuilder, days


def test_complete_agreement_misses_nothing() -> None:
    assert agreement_missing_parts("Jan", "apologise", DAY0) == ()


def test_every_missing_part_is_listed() -> None:
    assert agreement_missing_parts(" ", "", None) == (
        AgreementPart.WHO,
        AgreementPart.WHAT,
        AgreementPart.DUE,
    )
    assert agreement_missing_parts("Jan", "  ", DAY0) == (AgreementPart.WHAT,)


def test_repair_agreement_needs_all_four_parts() -> None:
    figure = SupportFigure("Mr. Peeters", "coach")
    assert repair_agreement_missing_parts(["apologise"], [figure], DAY0, days(7)) == ()
    assert repair_agreement_missing_parts([" "], [SupportFigure(" ", "coach")], None, None) == (
        AgreementPart.ENGAGEMENTS,
        AgreementPart.SUPPORT_FIGURES,
        AgreementPart.TERM,
        AgreementPart.EVALUATION_DATE,
    )


def test_overdue_means_open_and_due_before_today() -> None:
    record = (
        CaseBuilder()
        .agreement(days(1))
        .agreement(days(5))
        .agreement(days(0), AgreementStatus.DONE)
        .agreement(days(0), AgreementStatus.NOT_KEPT)
        .build()
    )
    late, due_later, done, not_kept = record.agreements
    assert is_overdue(late, days(2))
    assert not is_overdue(late, days(1))  # due today is not overdue yet
    assert not is_overdue(due_later, days(2))
    assert not is_overdue(done, days(9))
    assert not is_overdue(not_kept, days(9))
    assert overdue_agreements(record.agreements, days(6)) == (late, due_later)


def test_settled_means_no_longer_open() -> None:
    record = (
        CaseBuilder()
        .agreement(days(3))
        .agreement(days(1))
        .agreement(status=AgreementStatus.DONE)
        .agreement(status=AgreementStatus.NO_LONGER_RELEVANT)
        .build()
    )
    first, second, done, irrelevant = record.agreements
    assert not is_settled(first)
    assert is_settled(done)
    assert is_settled(irrelevant)
    assert open_agreements(record.agreements) == (second, first)


def test_standing_of_agreements() -> None:
    record = (
        CaseBuilder()
        .agreement(days(3))
        .agreement(days(1), AgreementStatus.NOT_KEPT)
        .agreement(days(1), AgreementStatus.DONE)
        .agreement(days(1), AgreementStatus.NO_LONGER_RELEVANT)
        .build()
    )
    open_one, not_kept, done, irrelevant = record.agreements
    assert agreement_standing(open_one, days(2)) is AgreementStanding.OPEN
    assert agreement_standing(open_one, days(3)) is AgreementStanding.DUE_TODAY
    assert agreement_standing(open_one, days(4)) is AgreementStanding.OVERDUE
    assert agreement_standing(not_kept, days(9)) is AgreementStanding.NOT_KEPT
    assert agreement_standing(done, days(9)) is AgreementStanding.DONE
    assert agreement_standing(irrelevant, days(0)) is AgreementStanding.NO_LONGER_RELEVANT
