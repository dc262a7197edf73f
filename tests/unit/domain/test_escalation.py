"""Escalation: a non-confrontational approach that does not stop the bullying leads onward."""

from __future__ import annotations

import pytest

from ehbc_desktop.domain.enums import Approach, ApproachChoice, FollowUpOutcome
from ehbc_desktop.domain.rules import EscalationProposal, escalation_advice
from tests.builders.records import CaseBuilder, days

NC_GROUP = ApproachChoice.NON_CONFRONTATIONAL_GROUP
NC_INDIVIDUAL = ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL
CONF = ApproachChoice.CONFRONTATIONAL


@pytest.mark.parametrize(
    ("choice", "outcome", "proposal"),
    [
        (NC_GROUP, FollowUpOutcome.UNCHANGED, EscalationProposal.PROPOSE_CONFRONTATIONAL),
        (NC_INDIVIDUAL, FollowUpOutcome.WORSE, EscalationProposal.PROPOSE_CONFRONTATIONAL),
        (NC_GROUP, FollowUpOutcome.DECREASED, EscalationProposal.CONTINUE_OR_REPEAT),
        (NC_GROUP, FollowUpOutcome.STOPPED, EscalationProposal.NONE),
        (CONF, FollowUpOutcome.UNCHANGED, EscalationProposal.PROPOSE_FURTHER_STEPS),
        (CONF, FollowUpOutcome.WORSE, EscalationProposal.PROPOSE_FURTHER_STEPS),
        (CONF, FollowUpOutcome.DECREASED, EscalationProposal.CONTINUE_OR_REPEAT),
        (CONF, FollowUpOutcome.STOPPED, EscalationProposal.NONE),
    ],
)
def test_outcome_after_approach(
    choice: ApproachChoice, outcome: FollowUpOutcome, proposal: EscalationProposal
) -> None:
    record = CaseBuilder().decision(choice, days(0)).held(days(7), outcome).build()
    advice = escalation_advice(record)
    assert advice.proposal is proposal
    assert advice.approach is choice.approach
    assert advice.outcome is outcome
    assert advice.follow_up_id == record.follow_ups[0].id


def test_no_decision_no_proposal() -> None:
    record = CaseBuilder().held(days(7), FollowUpOutcome.WORSE).build()
    assert escalation_advice(record).proposal is EscalationProposal.NONE


def test_no_evaluation_after_the_decision_no_proposal() -> None:
    record = CaseBuilder().held(days(0), FollowUpOutcome.WORSE).decision(NC_GROUP, days(1)).build()
    advice = escalation_advice(record)
    assert advice.proposal is EscalationProposal.NONE
    assert advice.approach is Approach.NON_CONFRONTATIONAL


def test_follow_up_on_the_day_of_the_decision_belongs_to_the_previous_approach() -> None:
    record = (
        CaseBuilder()
        .decision(NC_GROUP, days(0))
        .held(days(7), FollowUpOutcome.UNCHANGED)
        .decision(CONF, days(7))
        .build()
    )
    assert escalation_advice(record).proposal is EscalationProposal.NONE


def test_new_confrontational_decision_resets_then_escalates_further() -> None:
    builder = (
        CaseBuilder()
        .decision(NC_GROUP, days(0))
        .held(days(7), FollowUpOutcome.UNCHANGED)
        .decision(CONF, days(8))
    )
    assert escalation_advice(builder.build()).proposal is EscalationProposal.NONE
    builder.held(days(15), FollowUpOutcome.WORSE)
    assert escalation_advice(builder.build()).proposal is EscalationProposal.PROPOSE_FURTHER_STEPS


def test_latest_follow_up_decides() -> None:
    record = (
        CaseBuilder()
        .decision(NC_GROUP, days(0))
        .held(days(14), FollowUpOutcome.STOPPED)
        .held(days(7), FollowUpOutcome.WORSE)
        .build()
    )
    assert escalation_advice(record).proposal is EscalationProposal.NONE
