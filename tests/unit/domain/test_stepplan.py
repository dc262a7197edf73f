"""The step plan engine over every route, approach, escalation and closing."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ApproachChoice,
    CaseStatus,
    Classification,
    ConversationKind,
    FollowUpOutcome,
    ReporterKind,
)
from ehbc_desktop.domain.rules import EscalationProposal, RuleReason
from ehbc_desktop.domain.stepplan import Step, StepPlan, StepReason, StepState, build_step_plan
from tests.builders.records import DAY0, CaseBuilder, days

CUR, DONE, TODO = StepState.CURRENT, StepState.DONE, StepState.TODO
NA, BLOCKED = StepState.NOT_APPLICABLE, StepState.BLOCKED
K = ConversationKind


LATER = days(30)


def plan(record: CaseRecord | CaseBuilder, today: date = LATER) -> StepPlan:
    built = record.build() if isinstance(record, CaseBuilder) else record
    return build_step_plan(built, today)


def states(p: StepPlan) -> dict[Step, StepState]:
    return {s.step: s.state for s in p.steps}


def through_parents(classification: Classification = Classification.CYBERBULLYING) -> CaseBuilder:
    return (
        CaseBuilder()
        .victim()
        .bully()
        .report()
        .triage(classification)
        .severity()
        .conversation(K.VICTIM)
        .conversation(K.PARENTS_VICTIM)
    )


def test_empty_case_starts_with_the_report() -> None:
    p = plan(CaseBuilder())
    assert p.current is Step.REPORT
    assert p.next_step is Step.TRIAGE
    assert [s.step for s in p.steps] == list(Step)
    assert p.status(Step.OBSERVATION).state is NA
    assert p.status(Step.INVOLVED_CONVERSATION).reason is StepReason.ROUTE_UNKNOWN


def test_cyberbullying_route_step_by_step() -> None:
    b = CaseBuilder().victim().bully().report()
    assert plan(b).current is Step.TRIAGE
    b.triage()
    p = plan(b)
    assert p.current is Step.SEVERITY
    assert p.status(Step.INVOLVED_CONVERSATION).reason is StepReason.NOT_ON_ROUTE
    b.severity(care_team=False)
    assert plan(b).status(Step.SEVERITY).reason is StepReason.CARE_TEAM_MISSING
    b.severity()
    assert plan(b).current is Step.VICTIM_CONVERSATION
    b.conversation(K.VICTIM, finished=False)
    assert plan(b).current is Step.VICTIM_CONVERSATION
    b.conversation(K.VICTIM)
    assert plan(b).current is Step.PARENTS
    b.conversation(K.PARENTS_VICTIM)
    assert plan(b).current is Step.CHOICE
    b.decision(ApproachChoice.CONFRONTATIONAL, days(1))
    p = plan(b)
    assert p.current is Step.INTERVENTION
    assert p.status(Step.INTERVENTION).is_blocked
    assert p.status(Step.INTERVENTION).reason is StepReason.BULLY_CONTACT_WITHOUT_CONSENT
    assert p.status(Step.INTERVENTION).detail == (RuleReason.NO_CONSENT_RECORDED,)
    b.consent(on=days(1))
    p = plan(b)
    assert p.current is Step.INTERVENTION
    assert not p.status(Step.INTERVENTION).is_blocked
    b.conversation(K.BULLY, days(2))
    p = plan(b)
    assert p.current is Step.AFTERCARE  # other parents are optional
    assert p.status(Step.OTHER_PARENTS).state is TODO
    assert p.status(Step.OTHER_PARENTS).optional
    b.conversation(K.GROUP, days(3))
    assert plan(b).current is Step.EVALUATION
    b.held(days(10), FollowUpOutcome.STOPPED)
    p = plan(b)
    assert p.current is Step.CLOSE
    assert p.next_step is None
    b.status(CaseStatus.CLOSED)
    p = plan(b)
    assert p.current is None
    assert p.status(Step.CLOSE).state is DONE
    assert CUR not in states(p).values()


def test_cyber_and_classic_follows_the_cyber_route() -> None:
    p = plan(through_parents(Classification.CYBER_AND_CLASSIC))
    assert p.current is Step.CHOICE
    assert p.classification is Classification.CYBER_AND_CLASSIC
    assert p.status(Step.INVOLVED_CONVERSATION).state is NA


def test_classic_and_conflict_routes_use_the_involved_conversation() -> None:
    for classification in (Classification.CLASSIC_BULLYING, Classification.CONFLICT):
        b = CaseBuilder().victim().report().triage(classification)
        p = plan(b)
        assert p.current is Step.INVOLVED_CONVERSATION
        for step in (Step.SEVERITY, Step.VICTIM_CONVERSATION, Step.CHOICE, Step.AFTERCARE):
            assert p.status(step).state is NA
            assert p.status(step).reason is StepReason.NOT_ON_ROUTE
        b.conversation(K.INVOLVED)
        assert plan(b).current is Step.EVALUATION
        b.held(days(5), FollowUpOutcome.STOPPED)
        assert plan(b).current is Step.CLOSE


def test_revised_triage_changes_the_route() -> None:
    b = CaseBuilder().report().triage(Classification.CONFLICT, days(0))
    assert plan(b).current is Step.INVOLVED_CONVERSATION
    b.triage(Classification.CYBERBULLYING, days(2))
    assert plan(b).current is Step.SEVERITY


def test_observation_then_personal_report() -> None:
    b = CaseBuilder(CaseStatus.OBSERVATION).victim().report(ReporterKind.PEER, personally=False)
    b.observation(days(1))
    p = plan(b)
    assert p.in_observation
    assert p.current is Step.OBSERVATION
    assert p.status(Step.OBSERVATION).reason is StepReason.IN_OBSERVATION
    assert p.status(Step.REPORT).state is DONE
    later = [s.state for s in p.steps[list(Step).index(Step.TRIAGE) :]]
    assert set(later) == {TODO}
    b.status(CaseStatus.OPEN).report(ReporterKind.PEER, personally=True)
    p = plan(b)
    assert not p.in_observation
    assert p.status(Step.OBSERVATION).state is DONE
    assert p.current is Step.TRIAGE


def test_open_case_whose_victim_declines_to_report_is_in_observation() -> None:
    p = plan(CaseBuilder().report(ReporterKind.PARENT, personally=False))
    assert p.in_observation
    assert p.current is Step.OBSERVATION


def test_non_confrontational_individual_needs_a_talk_after_the_decision() -> None:
    b = through_parents().consent().conversation(K.BULLY, days(0))
    b.decision(ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL, days(1))
    assert plan(b).current is Step.INTERVENTION  # the talk before the decision does not count
    b.conversation(K.INVOLVED, days(2))
    assert plan(b).status(Step.INTERVENTION).state is DONE


def test_non_confrontational_group_is_done_by_a_group_conversation() -> None:
    b = through_parents().consent().decision(ApproachChoice.NON_CONFRONTATIONAL_GROUP, days(1))
    b.conversation(K.BULLY, days(2))
    assert plan(b).current is Step.INTERVENTION
    b.conversation(K.GROUP, days(2))
    p = plan(b)
    assert p.status(Step.INTERVENTION).state is DONE
    assert p.current is Step.AFTERCARE  # the group talk was the intervention itself
    assert p.approach is ApproachChoice.NON_CONFRONTATIONAL_GROUP


def test_confrontational_with_an_unfinished_restorative_conversation() -> None:
    b = through_parents().consent().decision(ApproachChoice.CONFRONTATIONAL, days(1))
    b.conversation(K.BULLY, days(2)).conversation(K.RESTORATIVE, days(3), finished=False)
    p = plan(b)
    assert p.current is Step.INTERVENTION
    assert p.status(Step.INTERVENTION).reason is StepReason.RESTORATIVE_UNFINISHED
    b.conversation(K.RESTORATIVE, days(4))
    b2 = through_parents().consent().decision(ApproachChoice.CONFRONTATIONAL, days(1))
    b2.conversation(K.BULLY, days(2)).conversation(K.RESTORATIVE, days(4))
    assert plan(b2).status(Step.INTERVENTION).state is DONE


def test_refused_consent_blocks_every_approach() -> None:
    for choice in ApproachChoice:
        b = through_parents().consent(False).decision(choice, days(1))
        status = plan(b).status(Step.INTERVENTION)
        assert status.state is CUR
        assert status.detail == (RuleReason.CONSENT_REFUSED,)


def test_blocked_intervention_ahead_of_the_current_step_shows_blocked() -> None:
    b = CaseBuilder().victim().report().triage().decision()
    p = plan(b)
    assert p.current is Step.SEVERITY
    assert p.status(Step.INTERVENTION).state is BLOCKED


def test_parents_blocked_by_the_12_plus_wish_do_not_hold_the_plan() -> None:
    b = CaseBuilder().victim(birth_date=date(2012, 1, 1)).report().triage().severity()
    b.conversation(K.VICTIM).wish()
    p = plan(b)
    assert p.status(Step.PARENTS).state is BLOCKED
    assert p.status(Step.PARENTS).reason is StepReason.PARENTS_BLOCKED_BY_WISH
    assert p.status(Step.PARENTS).detail == (RuleReason.PARENTS_WISH_STANDS,)
    assert p.current is Step.CHOICE
    b.override(on=DAY0)
    assert plan(b).current is Step.PARENTS


def test_escalation_after_a_failed_non_confrontational_follow_up() -> None:
    b = through_parents().consent().decision(ApproachChoice.NON_CONFRONTATIONAL_GROUP, days(1))
    b.conversation(K.GROUP, days(2)).conversation(K.GROUP, days(3))
    b.held(days(9), FollowUpOutcome.UNCHANGED)
    p = plan(b)
    assert p.escalation.proposal is EscalationProposal.PROPOSE_CONFRONTATIONAL
    assert p.current is Step.CHOICE
    assert p.status(Step.CHOICE).reason is StepReason.ESCALATION_PROPOSED
    assert p.status(Step.EVALUATION).reason is StepReason.EVALUATION_NOT_STOPPED
    b.decision(ApproachChoice.CONFRONTATIONAL, days(10))
    p = plan(b)
    assert p.escalation.proposal is EscalationProposal.NONE
    assert p.current is Step.INTERVENTION
    b.conversation(K.BULLY, days(11)).held(days(20), FollowUpOutcome.WORSE)
    p = plan(b)
    assert p.escalation.proposal is EscalationProposal.PROPOSE_FURTHER_STEPS
    assert p.current is Step.EVALUATION


def test_decreased_keeps_the_evaluation_open() -> None:
    b = through_parents().consent().decision(ApproachChoice.CONFRONTATIONAL, days(1))
    b.conversation(K.BULLY, days(2)).aftercare_not_needed().held(days(9), FollowUpOutcome.DECREASED)
    p = plan(b)
    assert p.current is Step.EVALUATION
    assert p.status(Step.EVALUATION).reason is StepReason.EVALUATION_DECREASED
    assert p.status(Step.AFTERCARE).reason is StepReason.AFTERCARE_NOT_NEEDED
    assert p.escalation.proposal is EscalationProposal.CONTINUE_OR_REPEAT


def test_follow_up_and_agreement_warnings() -> None:
    b = CaseBuilder().report().follow_up(days(1)).follow_up(days(8)).agreement(days(2))
    b.agreement(days(1), AgreementStatus.DONE)
    p = plan(b, days(5))
    assert p.next_follow_up == days(8)
    assert [f.planned_on for f in p.overdue_follow_ups] == [days(1)]
    assert [a.due for a in p.overdue_agreements] == [days(2)]
    assert not p.no_next_step_planned
    assert plan(b, days(9)).no_next_step_planned


# Random records: every builder action may or may not happen, in a fixed order.
ACTIONS = st.fixed_dictionaries(
    {
        "status": st.sampled_from(list(CaseStatus)),
        "report": st.sampled_from([None, True, False]),
        "observation": st.booleans(),
        "triage": st.sampled_from([None, *Classification]),
        "severity": st.sampled_from([None, True, False]),
        "wish": st.booleans(),
        "consent": st.sampled_from([None, True, False]),
        "decisions": st.lists(st.sampled_from(list(ApproachChoice)), max_size=2),
        "conversations": st.lists(
            st.tuples(st.sampled_from(list(ConversationKind)), st.integers(0, 20), st.booleans()),
            max_size=6,
        ),
        "follow_ups": st.lists(
            st.tuples(st.integers(0, 30), st.sampled_from([None, *FollowUpOutcome])), max_size=4
        ),
        "aftercare_not_needed": st.booleans(),
    }
)


def random_record(actions: dict[str, Any]) -> CaseRecord:
    b = CaseBuilder(actions["status"]).victim(birth_date=date(2012, 5, 5)).bully()
    if actions["report"] is not None:
        b.report(ReporterKind.PEER, personally=actions["report"])
    if actions["observation"]:
        b.observation()
    if actions["triage"] is not None:
        b.triage(actions["triage"])
    if actions["severity"] is not None:
        b.severity(care_team=bool(actions["severity"]))
    if actions["wish"]:
        b.wish()
    if actions["consent"] is not None:
        b.consent(bool(actions["consent"]))
    for index, choice in enumerate(actions["decisions"]):
        b.decision(choice, days(index * 5))
    for kind, offset, finished in actions["conversations"]:
        b.conversation(kind, days(offset), finished)
    for offset, outcome in actions["follow_ups"]:
        b.follow_up(days(offset), days(offset) if outcome else None, outcome)
    if actions["aftercare_not_needed"]:
        b.aftercare_not_needed()
    return b.build()


@settings(max_examples=300)
@given(ACTIONS, st.integers(0, 40))
def test_exactly_one_current_step_when_open_none_when_closed(
    actions: dict[str, Any], today_offset: int
) -> None:
    record = random_record(actions)
    p = build_step_plan(record, days(today_offset))
    current = [s.step for s in p.steps if s.state is CUR]
    assert [s.step for s in p.steps] == list(Step)
    if record.case.status is CaseStatus.CLOSED:
        assert current == []
        assert p.current is None
    else:
        assert current == [p.current]
        assert p.status(Step.CLOSE).state in (CUR, TODO)
    if p.next_step is not None:
        assert p.current is not None
        assert list(Step).index(p.next_step) > list(Step).index(p.current)
    for status in p.steps:
        if status.state is DONE:
            assert status.step is not Step.CLOSE or record.case.status is CaseStatus.CLOSED
