"""The restorative conversation: its two preconditions and the step-2 grid rule (DOMAIN 2.8)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ehbc_desktop.domain.entities import RestorativeGridCell
from ehbc_desktop.domain.enums import RestorativeQuestion
from ehbc_desktop.domain.rules.reasons import RuleReason, RuleVerdict


def restorative_preconditions(
    victim_wants_it: bool | None,
    bully_acknowledges: bool | None,
    bully_wants_to_repair: bool | None,
) -> RuleVerdict:
    """Whether a restorative conversation may start: both sides must be willing.

    The victim must really want it, and the bully must acknowledge the wrong and say they want
    to make it right. None means "not asked yet" and counts as not met.

    Args:
        victim_wants_it: The victim really wants the conversation.
        bully_acknowledges: The bully acknowledges what they did wrong.
        bully_wants_to_repair: The bully says they want to make it right.

    Returns:
        Allowed with RESTORATIVE_READY, or refused with every unmet precondition.
    """
    unmet: list[RuleReason] = []
    if victim_wants_it is None:
        unmet.append(RuleReason.RESTORATIVE_VICTIM_NOT_ASKED)
    elif not victim_wants_it:
        unmet.append(RuleReason.RESTORATIVE_VICTIM_NOT_WILLING)
    if bully_acknowledges is None or bully_wants_to_repair is None:
        unmet.append(RuleReason.RESTORATIVE_BULLY_NOT_ASKED)
    if bully_acknowledges is False:
        unmet.append(RuleReason.RESTORATIVE_BULLY_NO_ACKNOWLEDGEMENT)
    if bully_wants_to_repair is False:
        unmet.append(RuleReason.RESTORATIVE_BULLY_NOT_WILLING)
    if unmet:
        return RuleVerdict(False, tuple(unmet))
    return RuleVerdict(True, (RuleReason.RESTORATIVE_READY,))


@dataclass(frozen=True, slots=True)
class GridGap:
    """One question not (yet) answered by one party in step 2."""

    participant_id: str
    question: RestorativeQuestion


def restorative_grid_gaps(
    party_ids: Sequence[str], cells: Iterable[RestorativeGridCell]
) -> tuple[GridGap, ...]:
    """Every (party, question) pair of step 2 that still lacks a non-empty answer.

    Questions may be asked in any order and more than once: a pair counts as answered when any
    of its cells holds more than whitespace. Cells of other participants or with an unknown
    question are ignored.

    Args:
        party_ids: The participant ids of the parties (duplicates are ignored).
        cells: The grid cells recorded so far.

    Returns:
        The gaps, party by party (in the given order), questions in the order of the method.
    """
    answered = {(c.participant_id, c.question) for c in cells if c.answer.strip()}
    parties = list(dict.fromkeys(party_ids))
    return tuple(
        GridGap(party, question)
        for party in parties
        for question in RestorativeQuestion
        if (party, question.value) not in answered
    )


def restorative_grid_complete(
    party_ids: Sequence[str], cells: Iterable[RestorativeGridCell]
) -> bool:
    """Step 2 may be completed: at least one party, and no gaps."""
    return bool(party_ids) and not restorative_grid_gaps(party_ids, cells)
