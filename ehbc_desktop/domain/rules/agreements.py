"""Agreements (who, what, by when) and the repair agreement: completeness and lateness."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum

from ehbc_desktop.domain.entities import Agreement, SupportFigure
from ehbc_desktop.domain.enums import AgreementStatus


class AgreementPart(StrEnum):
    """A required part of an agreement or of a repair agreement."""

    WHO = "who"
    WHAT = "what"
    DUE = "due"
    ENGAGEMENTS = "engagements"
    SUPPORT_FIGURES = "support_figures"
    TERM = "term"
    EVALUATION_DATE = "evaluation_date"


class AgreementStanding(StrEnum):
    """How an agreement stands on a given day (for lists and badges)."""

    OPEN = "open"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    DONE = "done"
    NOT_KEPT = "not_kept"
    NO_LONGER_RELEVANT = "no_longer_relevant"


_SETTLED_STANDING = {
    AgreementStatus.DONE: AgreementStanding.DONE,
    AgreementStatus.NOT_KEPT: AgreementStanding.NOT_KEPT,
    AgreementStatus.NO_LONGER_RELEVANT: AgreementStanding.NO_LONGER_RELEVANT,
}


def agreement_missing_parts(who: str, what: str, due: date | None) -> tuple[AgreementPart, ...]:
    """The parts of an agreement that are still missing (all three are required).

    Args:
        who: Who does it.
        what: What they do.
        due: By when.

    Returns:
        WHO, WHAT and/or DUE, in that order; empty when the agreement is complete.
    """
    missing: list[AgreementPart] = []
    if not who.strip():
        missing.append(AgreementPart.WHO)
    if not what.strip():
        missing.append(AgreementPart.WHAT)
    if due is None:
        missing.append(AgreementPart.DUE)
    return tuple(missing)


def repair_agreement_missing_parts(
    engagements: Sequence[str],
    support_figures: Sequence[SupportFigure],
    term: date | None,
    evaluation_on: date | None,
) -> tuple[AgreementPart, ...]:
    """The parts of a repair agreement that are still missing (all four are required).

    Args:
        engagements: The bully's engagements (blank lines do not count).
        support_figures: The bully's support figures (a figure needs a name).
        term: The term to realise the engagements.
        evaluation_on: The date of the follow-up meeting that evaluates them.

    Returns:
        ENGAGEMENTS, SUPPORT_FIGURES, TERM and/or EVALUATION_DATE; empty when complete.
    """
    missing: list[AgreementPart] = []
    if not any(e.strip() for e in engagements):
        missing.append(AgreementPart.ENGAGEMENTS)
    if not any(f.name.strip() for f in support_figures):
        missing.append(AgreementPart.SUPPORT_FIGURES)
    if term is None:
        missing.append(AgreementPart.TERM)
    if evaluation_on is None:
        missing.append(AgreementPart.EVALUATION_DATE)
    return tuple(missing)


def is_settled(agreement: Agreement) -> bool:
    """An agreement is settled once it is no longer OPEN (done, not kept, no longer relevant)."""
    return agreement.status is not AgreementStatus.OPEN


def is_overdue(agreement: Agreement, today: date) -> bool:
    """An agreement is overdue when it is still open and its date lies before today."""
    return agreement.status is AgreementStatus.OPEN and agreement.due < today


def agreement_standing(agreement: Agreement, today: date) -> AgreementStanding:
    """The standing of an agreement today: its settled status, or open / due today / overdue."""
    if agreement.status is not AgreementStatus.OPEN:
        return _SETTLED_STANDING[agreement.status]
    if agreement.due < today:
        return AgreementStanding.OVERDUE
    if agreement.due == today:
        return AgreementStanding.DUE_TODAY
    return AgreementStanding.OPEN


def overdue_agreements(agreements: Iterable[Agreement], today: date) -> tuple[Agreement, ...]:
    """The overdue agreements, oldest due date first."""
    return tuple(sorted((a for a in agreements if is_overdue(a, today)), key=lambda a: a.due))


def open_agreements(agreements: Iterable[Agreement]) -> tuple[Agreement, ...]:
    """The agreements that are still open, earliest due date first."""
    return tuple(sorted((a for a in agreements if not is_settled(a)), key=lambda a: a.due))
