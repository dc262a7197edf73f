"""The step plan engine: from a case's records to the state of every step of the method.

A pure function of the records (``build_step_plan``), linear in the number of records, so the
dashboard can run it for every open case.

What marks a step DONE (on the routes where it applies):

===================== =====================================================================
step                  done when
===================== =====================================================================
REPORT                a Report is recorded
OBSERVATION           the case left observation and at least one Observation was recorded
                      (without observations and outside observation: NOT_APPLICABLE)
TRIAGE                at least one Triage is recorded
INVOLVED_CONVERSATION a finished INVOLVED conversation (classic bullying / conflict only)
SEVERITY              a SeverityAssessment and a CareTeamConsultation are recorded
VICTIM_CONVERSATION   a finished VICTIM conversation
PARENTS               a finished PARENTS_VICTIM conversation; BLOCKED (does not hold the plan)
                      when the 12+ rule keeps every victim's parents out
CHOICE                an ApproachDecision is recorded (and no escalation to the
                      confrontational approach is proposed since)
INTERVENTION          per the latest decision, a finished conversation held on or after the
                      decision day: NC individual -> BULLY or INVOLVED; NC group -> every
                      talk of the chosen method's sequence (``domain.group_methods``);
                      confrontational -> BULLY or RESTORATIVE (the step bar opens the bully
                      conversation first, then the restorative one), and no unfinished
                      RESTORATIVE one since
OTHER_PARENTS         a finished PARENTS_BULLY or PARENTS_OTHER conversation (optional: it
                      never becomes CURRENT)
AFTERCARE             ``rules.closing.aftercare_done`` (group aftercare, or marked not needed)
EVALUATION            the latest follow-up held after the latest decision day (any, without a
                      decision) has outcome STOPPED
CLOSE                 the case status is CLOSED
===================== =====================================================================

Routes: CLASSIC_BULLYING and CONFLICT make SEVERITY up to AFTERCARE NOT_APPLICABLE and add
INVOLVED_CONVERSATION (the school's own policy); before triage INVOLVED_CONVERSATION is
NOT_APPLICABLE. A case in observation (status OBSERVATION, or the victim does not report
personally) has OBSERVATION as its current step and every later step TODO.

CURRENT: for a case that is not closed, the first step that is TODO, or BLOCKED in a way that
holds the plan (the intervention without the victim's consent); it keeps its reason code, so a
blocked current step is CURRENT with reason BULLY_CONTACT_WITHOUT_CONSENT. Optional steps and
steps blocked by the 12+ rule are skipped. A closed case has no CURRENT step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ehbc_desktop.domain.entities import Agreement, CaseRecord, FollowUp
from ehbc_desktop.domain.enums import (
    ApproachChoice,
    CaseStatus,
    Classification,
    ConversationKind,
    FollowUpOutcome,
    ReporterKind,
)
from ehbc_desktop.domain.group_methods import sequence_talks_done
from ehbc_desktop.domain.rules.agreements import overdue_agreements
from ehbc_desktop.domain.rules.closing import aftercare_done
from ehbc_desktop.domain.rules.consent import bully_contact_verdict
from ehbc_desktop.domain.rules.escalation import (
    EscalationAdvice,
    EscalationProposal,
    escalation_advice,
)
from ehbc_desktop.domain.rules.followups import (
    latest_decision,
    latest_held,
    next_follow_up,
    no_next_step_planned,
    overdue_follow_ups,
)
from ehbc_desktop.domain.rules.parents import parent_verdicts_for_kind
from ehbc_desktop.domain.rules.reasons import RuleReason
from ehbc_desktop.domain.triage import OTHER_ROUTE_CLASSIFICATIONS, current_classification


class Step(StrEnum):
    """The steps of the method, in plan order."""

    REPORT = "report"
    OBSERVATION = "observation"
    TRIAGE = "triage"
    INVOLVED_CONVERSATION = "involved_conversation"
    SEVERITY = "severity"
    VICTIM_CONVERSATION = "victim_conversation"
    PARENTS = "parents"
    CHOICE = "choice"
    INTERVENTION = "intervention"
    OTHER_PARENTS = "other_parents"
    AFTERCARE = "aftercare"
    EVALUATION = "evaluation"
    CLOSE = "close"


class StepState(StrEnum):
    """Where one step stands."""

    DONE = "done"
    CURRENT = "current"
    TODO = "todo"
    NOT_APPLICABLE = "not_applicable"
    BLOCKED = "blocked"


class StepReason(StrEnum):
    """Why a step has its state (the UI explains it)."""

    NOT_ON_ROUTE = "not_on_route"
    ROUTE_UNKNOWN = "route_unknown"
    NO_OBSERVATION = "no_observation"
    IN_OBSERVATION = "in_observation"
    CARE_TEAM_MISSING = "care_team_missing"
    PARENTS_BLOCKED_BY_WISH = "parents_blocked_by_wish"
    NO_APPROACH_CHOSEN = "no_approach_chosen"
    ESCALATION_PROPOSED = "escalation_proposed"
    BULLY_CONTACT_WITHOUT_CONSENT = "bully_contact_without_consent"
    RESTORATIVE_UNFINISHED = "restorative_unfinished"
    OPTIONAL = "optional"
    AFTERCARE_NOT_NEEDED = "aftercare_not_needed"
    NOT_EVALUATED = "not_evaluated"
    EVALUATION_DECREASED = "evaluation_decreased"
    EVALUATION_NOT_STOPPED = "evaluation_not_stopped"


_ORDER = {step: index for index, step in enumerate(Step)}
HOLDING_BLOCKS = frozenset({StepReason.BULLY_CONTACT_WITHOUT_CONSENT})


@dataclass(frozen=True, slots=True)
class StepStatus:
    """The state of one step, with its reason code and the rule reasons behind a block."""

    step: Step
    state: StepState
    reason: StepReason | None = None
    detail: tuple[RuleReason, ...] = ()
    optional: bool = False

    @property
    def is_blocked(self) -> bool:
        """The step cannot be done now (BLOCKED, or CURRENT with a blocking reason)."""
        return self.state is StepState.BLOCKED or (
            self.state is StepState.CURRENT and self.reason in HOLDING_BLOCKS
        )


@dataclass(frozen=True, slots=True)
class StepPlan:
    """The whole plan of one case on one day."""

    steps: tuple[StepStatus, ...]  # one per Step, in plan order
    current: Step | None
    next_step: Step | None  # the first required step after the current one
    classification: Classification | None
    in_observation: bool
    approach: ApproachChoice | None
    next_follow_up: date | None
    overdue_follow_ups: tuple[FollowUp, ...]
    overdue_agreements: tuple[Agreement, ...]
    escalation: EscalationAdvice
    no_next_step_planned: bool

    def status(self, step: Step) -> StepStatus:
        """The status of one step."""
        return next(s for s in self.steps if s.step is step)


CYBER_ONLY_STEPS = (
    Step.SEVERITY,
    Step.VICTIM_CONVERSATION,
    Step.PARENTS,
    Step.CHOICE,
    Step.INTERVENTION,
    Step.OTHER_PARENTS,
    Step.AFTERCARE,
)

_INTERVENTION_KINDS = {
    ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL: (
        ConversationKind.BULLY,
        ConversationKind.INVOLVED,
    ),
    ApproachChoice.NON_CONFRONTATIONAL_GROUP: (ConversationKind.GROUP,),
    ApproachChoice.CONFRONTATIONAL: (ConversationKind.BULLY, ConversationKind.RESTORATIVE),
}

#: What the intervention step opens, in order: the first not finished since the decision.
_INTERVENTION_OFFERS = {
    ApproachChoice.NON_CONFRONTATIONAL_INDIVIDUAL: (ConversationKind.BULLY,),
    ApproachChoice.NON_CONFRONTATIONAL_GROUP: (ConversationKind.GROUP,),
    ApproachChoice.CONFRONTATIONAL: (ConversationKind.BULLY, ConversationKind.RESTORATIVE),
}


class _Facts:
    """What the engine needs from the conversations, gathered in one pass."""

    def __init__(self, record: CaseRecord) -> None:
        self.last_finished: dict[ConversationKind, date] = {}
        self.last_unfinished_restorative: date | None = None
        for conv in record.conversations:
            if conv.finished:
                known = self.last_finished.get(conv.kind)
                if known is None or conv.held_on > known:
                    self.last_finished[conv.kind] = conv.held_on
            elif conv.kind is ConversationKind.RESTORATIVE and (
                self.last_unfinished_restorative is None
                or conv.held_on > self.last_unfinished_restorative
            ):
                self.last_unfinished_restorative = conv.held_on

    def finished(self, *kinds: ConversationKind, since: date | None = None) -> bool:
        """A finished conversation of one of ``kinds`` exists (held on or after ``since``)."""
        for kind in kinds:
            held = self.last_finished.get(kind)
            if held is not None and (since is None or held >= since):
                return True
        return False


def intervention_conversation(record: CaseRecord) -> ConversationKind | None:
    """The conversation the intervention step opens (None before an approach is chosen).

    The offers of the approach in order: the one after the last finished since the decision
    (the last offer stays). Confrontational: the conversation with the bully, then the
    restorative one; an unfinished restorative conversation since the decision comes first.
    """
    decision = latest_decision(record)
    if decision is None:
        return None
    since = decision.decided_at.date()
    facts = _Facts(record)
    pending = facts.last_unfinished_restorative
    offers = _INTERVENTION_OFFERS[decision.choice]
    if ConversationKind.RESTORATIVE in offers and pending is not None and pending >= since:
        return ConversationKind.RESTORATIVE
    done = [i for i, kind in enumerate(offers) if facts.finished(kind, since=since)]
    return offers[min(done[-1] + 1, len(offers) - 1)] if done else offers[0]


def _in_observation(record: CaseRecord) -> bool:
    if record.case.status is CaseStatus.OBSERVATION:
        return True
    report = record.report
    return (
        record.case.status is CaseStatus.OPEN
        and report is not None
        and report.reporter_kind is not ReporterKind.VICTIM
        and report.victim_reports_personally is False
    )


def _early_steps(record: CaseRecord, facts: _Facts, other_route: bool | None) -> list[StepStatus]:
    """REPORT, OBSERVATION, TRIAGE and INVOLVED_CONVERSATION (other_route None: no triage)."""
    done, todo, na = StepState.DONE, StepState.TODO, StepState.NOT_APPLICABLE
    steps = [StepStatus(Step.REPORT, done if record.report is not None else todo)]
    if record.observations:
        steps.append(StepStatus(Step.OBSERVATION, done))
    else:
        steps.append(StepStatus(Step.OBSERVATION, na, StepReason.NO_OBSERVATION))
    steps.append(StepStatus(Step.TRIAGE, done if record.triages else todo))
    if other_route is None:
        steps.append(StepStatus(Step.INVOLVED_CONVERSATION, na, StepReason.ROUTE_UNKNOWN))
    elif not other_route:
        steps.append(StepStatus(Step.INVOLVED_CONVERSATION, na, StepReason.NOT_ON_ROUTE))
    else:
        involved = facts.finished(ConversationKind.INVOLVED)
        steps.append(StepStatus(Step.INVOLVED_CONVERSATION, done if involved else todo))
    return steps


def _intervention(record: CaseRecord, facts: _Facts) -> StepStatus:
    decision = latest_decision(record)
    if decision is None:
        return StepStatus(Step.INTERVENTION, StepState.TODO, StepReason.NO_APPROACH_CHOSEN)
    since = decision.decided_at.date()
    done = facts.finished(*_INTERVENTION_KINDS[decision.choice], since=since)
    if decision.choice is ApproachChoice.NON_CONFRONTATIONAL_GROUP and decision.group_method:
        done = sequence_talks_done(record, decision.group_method, since)
    if done and decision.choice is ApproachChoice.CONFRONTATIONAL:
        pending = facts.last_unfinished_restorative
        if pending is not None and pending >= since:
            return StepStatus(Step.INTERVENTION, StepState.TODO, StepReason.RESTORATIVE_UNFINISHED)
    if done:
        return StepStatus(Step.INTERVENTION, StepState.DONE)
    consent = bully_contact_verdict(record)
    if not consent.allowed:
        return StepStatus(
            Step.INTERVENTION,
            StepState.BLOCKED,
            StepReason.BULLY_CONTACT_WITHOUT_CONSENT,
            consent.reasons,
        )
    return StepStatus(Step.INTERVENTION, StepState.TODO)


def _cyber_steps(
    record: CaseRecord, facts: _Facts, today: date, escalation: EscalationAdvice
) -> list[StepStatus]:
    """SEVERITY up to AFTERCARE on the cyberbullying route."""
    done, todo = StepState.DONE, StepState.TODO
    steps: list[StepStatus] = []
    if record.severities and record.care_team:
        steps.append(StepStatus(Step.SEVERITY, done))
    elif record.severities:
        steps.append(StepStatus(Step.SEVERITY, todo, StepReason.CARE_TEAM_MISSING))
    else:
        steps.append(StepStatus(Step.SEVERITY, todo))
    steps.append(
        StepStatus(
            Step.VICTIM_CONVERSATION, done if facts.finished(ConversationKind.VICTIM) else todo
        )
    )
    steps.append(_parents(record, facts, today))
    if not record.approach_decisions:
        steps.append(StepStatus(Step.CHOICE, todo))
    elif escalation.proposal is EscalationProposal.PROPOSE_CONFRONTATIONAL:
        steps.append(StepStatus(Step.CHOICE, todo, StepReason.ESCALATION_PROPOSED))
    else:
        steps.append(StepStatus(Step.CHOICE, done))
    steps.append(_intervention(record, facts))
    if facts.finished(ConversationKind.PARENTS_BULLY, ConversationKind.PARENTS_OTHER):
        steps.append(StepStatus(Step.OTHER_PARENTS, done, optional=True))
    else:
        steps.append(StepStatus(Step.OTHER_PARENTS, todo, StepReason.OPTIONAL, optional=True))
    if record.case.aftercare_not_needed:
        steps.append(StepStatus(Step.AFTERCARE, done, StepReason.AFTERCARE_NOT_NEEDED))
    else:
        steps.append(StepStatus(Step.AFTERCARE, done if aftercare_done(record) else todo))
    return steps


def _parents(record: CaseRecord, facts: _Facts, today: date) -> StepStatus:
    if facts.finished(ConversationKind.PARENTS_VICTIM):
        return StepStatus(Step.PARENTS, StepState.DONE)
    verdicts = parent_verdicts_for_kind(record, ConversationKind.PARENTS_VICTIM, today)
    if verdicts and all(v.blocked for v in verdicts):
        return StepStatus(
            Step.PARENTS,
            StepState.BLOCKED,
            StepReason.PARENTS_BLOCKED_BY_WISH,
            tuple(v.reason for v in verdicts),
        )
    return StepStatus(Step.PARENTS, StepState.TODO)


def _evaluation(record: CaseRecord) -> StepStatus:
    decision = latest_decision(record)
    held = latest_held(record.follow_ups, after=decision.decided_at.date() if decision else None)
    if held is None:
        return StepStatus(Step.EVALUATION, StepState.TODO, StepReason.NOT_EVALUATED)
    if held.outcome is FollowUpOutcome.STOPPED:
        return StepStatus(Step.EVALUATION, StepState.DONE)
    if held.outcome is FollowUpOutcome.DECREASED:
        return StepStatus(Step.EVALUATION, StepState.TODO, StepReason.EVALUATION_DECREASED)
    return StepStatus(Step.EVALUATION, StepState.TODO, StepReason.EVALUATION_NOT_STOPPED)


def _base_states(
    record: CaseRecord, today: date, escalation: EscalationAdvice, in_observation: bool
) -> list[StepStatus]:
    facts = _Facts(record)
    classification = current_classification(record)
    other_route = None if classification is None else classification in OTHER_ROUTE_CLASSIFICATIONS
    steps = _early_steps(record, facts, other_route)
    if other_route:
        steps.extend(
            StepStatus(s, StepState.NOT_APPLICABLE, StepReason.NOT_ON_ROUTE)
            for s in CYBER_ONLY_STEPS
        )
    else:
        steps.extend(_cyber_steps(record, facts, today, escalation))
    steps.append(_evaluation(record))
    closed = record.case.status is CaseStatus.CLOSED
    steps.append(StepStatus(Step.CLOSE, StepState.DONE if closed else StepState.TODO))
    steps.sort(key=lambda s: _ORDER[s.step])
    if in_observation:
        steps = _observation_view(steps)
    return steps


def _observation_view(steps: list[StepStatus]) -> list[StepStatus]:
    """In observation: OBSERVATION waits, every later step is TODO."""
    result: list[StepStatus] = []
    after = False
    for status in steps:
        if status.step is Step.OBSERVATION:
            result.append(StepStatus(Step.OBSERVATION, StepState.TODO, StepReason.IN_OBSERVATION))
            after = True
        elif after:
            result.append(StepStatus(status.step, StepState.TODO, optional=status.optional))
        else:
            result.append(status)
    return result


def _holds_plan(status: StepStatus) -> bool:
    if status.optional:
        return False
    if status.state is StepState.TODO:
        return True
    return status.state is StepState.BLOCKED and status.reason in HOLDING_BLOCKS


def build_step_plan(record: CaseRecord, today: date) -> StepPlan:
    """The state of every step of a case on ``today`` (see the module docstring for the rules).

    Args:
        record: Everything recorded for the case.
        today: The day the plan is made for (overdue and age checks use it).

    Returns:
        The plan: one status per step, the current and next step, follow-up and agreement
        warnings, and the escalation advice.
    """
    escalation = escalation_advice(record)
    in_observation = _in_observation(record)
    steps = _base_states(record, today, escalation, in_observation)
    current: Step | None = None
    next_step: Step | None = None
    if record.case.status is not CaseStatus.CLOSED:
        for index, status in enumerate(steps):
            if not _holds_plan(status):
                continue
            if current is None:
                current = status.step
                steps[index] = StepStatus(
                    status.step, StepState.CURRENT, status.reason, status.detail
                )
            else:
                next_step = status.step
                break
    decision = latest_decision(record)
    upcoming = next_follow_up(record.follow_ups, today)
    return StepPlan(
        steps=tuple(steps),
        current=current,
        next_step=next_step,
        classification=current_classification(record),
        in_observation=in_observation,
        approach=decision.choice if decision else None,
        next_follow_up=upcoming.planned_on if upcoming else None,
        overdue_follow_ups=overdue_follow_ups(record.follow_ups, today),
        overdue_agreements=overdue_agreements(record.agreements, today),
        escalation=escalation,
        no_next_step_planned=no_next_step_planned(record, today),
    )
