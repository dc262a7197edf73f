"""Escalation when an approach does not stop the bullying (DOMAIN 2.6 rule 2, seed 002)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import Approach, FollowUpOutcome
from ehbc_desktop.domain.rules.followups import latest_decision, latest_held


class EscalationProposal(StrEnum):
    """What the application proposes after the latest evaluation of the current approach."""

    NONE = "none"  # no approach yet, not evaluated yet, or the bullying stopped
    CONTINUE_OR_REPEAT = "continue_or_repeat"  # it decreased: keep going, repeat, follow up
    PROPOSE_CONFRONTATIONAL = "propose_confrontational"  # non-confrontational did not stop it
    PROPOSE_FURTHER_STEPS = "propose_further_steps"  # confrontational did not stop it either


@dataclass(frozen=True, slots=True)
class EscalationAdvice:
    """The proposal, the approach it is about, and the follow-up it rests on."""

    proposal: EscalationProposal
    approach: Approach | None = None
    follow_up_id: str | None = None
    outcome: FollowUpOutcome | None = None


_NOT_STOPPED = frozenset({FollowUpOutcome.UNCHANGED, FollowUpOutcome.WORSE})


def escalation_advice(record: CaseRecord) -> EscalationAdvice:
    """Propose the next approach from the latest follow-up held after the latest decision.

    Only follow-ups held on a later day than the decision count: a follow-up on the day of a
    change of approach is taken to be the evaluation that led to the change. The latest such
    follow-up with an outcome decides:

    ========== ======================== ============================
    outcome    after non-confrontational after confrontational
    ========== ======================== ============================
    stopped    NONE                     NONE
    decreased  CONTINUE_OR_REPEAT       CONTINUE_OR_REPEAT
    unchanged  PROPOSE_CONFRONTATIONAL  PROPOSE_FURTHER_STEPS
    worse      PROPOSE_CONFRONTATIONAL  PROPOSE_FURTHER_STEPS
    ========== ======================== ============================

    "Decreased" counts as working but not done (DOMAIN: "stopped or decreased? yes -> keep
    following up"). Further steps mean an external consultation or the care team.

    Args:
        record: The case.

    Returns:
        The advice; NONE without a decision or without an evaluation after it.
    """
    decision = latest_decision(record)
    if decision is None:
        return EscalationAdvice(EscalationProposal.NONE)
    approach = decision.choice.approach
    held = latest_held(record.follow_ups, after=decision.decided_at.date())
    if held is None or held.outcome is None:
        return EscalationAdvice(EscalationProposal.NONE, approach)
    if held.outcome in _NOT_STOPPED:
        proposal = (
            EscalationProposal.PROPOSE_CONFRONTATIONAL
            if approach is Approach.NON_CONFRONTATIONAL
            else EscalationProposal.PROPOSE_FURTHER_STEPS
        )
    elif held.outcome is FollowUpOutcome.DECREASED:
        proposal = EscalationProposal.CONTINUE_OR_REPEAT
    else:
        proposal = EscalationProposal.NONE
    return EscalationAdvice(proposal, approach, held.id, held.outcome)
