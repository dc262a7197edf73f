"""The group methods as guided sequences: which talks, in which order, and when the next one is.

Each method is a row of stages; each stage has its own conversation form (kind GROUP) and a
suggested gap to the next one. A stage is done by a finished conversation on its form held on
or after the day the group approach was chosen. The class thermometer's stages are
measurements (before and after) around a class talk.

==================  ========================================================================
method              stages (form id, days until the next stage)
==================  ========================================================================
No Blame / support  talk with the bullied pupil (nb_victim, 2) -> meeting of the support
group               group without the bullied pupil (nb_meeting, 7) -> separate follow-up
                    talks a week later (nb_follow_up)
Pikas               a talk with each suspected bully (pikas_bully, 1) -> talk with the
                    bullied pupil (pikas_victim, 7) -> meeting of the bullies to prepare
                    (pikas_group, 2) -> summit with the bullied pupil (pikas_summit)
restorative circle  separate preparatory talks (circle_pre, 3) -> the circle (circle_meeting)
class thermometer   measurement before (thermometer) -> class talk (group, 28) ->
                    measurement after (thermometer)
==================  ========================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import ApproachChoice, ConversationKind, GroupMethod
from ehbc_desktop.domain.rules.followups import latest_decision

#: The stage "form" of a class thermometer measurement (not a conversation form).
THERMOMETER = "thermometer"


@dataclass(frozen=True, slots=True)
class Stage:
    """One stage of a group method.

    Attributes:
        id: stable key (the UI names it).
        form_id: the conversation form of the stage, or THERMOMETER for a measurement.
        days_to_next: the suggested gap to the next stage.
        per_person: held once per person (each suspected bully, each member); one is enough
            to go on, more may follow.
        moment: for a measurement, "before" or "after".
    """

    id: str
    form_id: str
    days_to_next: int = 0
    per_person: bool = False
    moment: str = ""


_NO_BLAME = (
    Stage("victim_talk", "nb_victim", 2),
    Stage("support_meeting", "nb_meeting", 7),
    Stage("separate_follow_ups", "nb_follow_up", 0, per_person=True),
)

SEQUENCES: dict[GroupMethod, tuple[Stage, ...]] = {
    GroupMethod.NO_BLAME: _NO_BLAME,
    GroupMethod.SUPPORT_GROUP: _NO_BLAME,
    GroupMethod.PIKAS: (
        Stage("bully_talks", "pikas_bully", 1, per_person=True),
        Stage("victim_talk", "pikas_victim", 7),
        Stage("bullies_meeting", "pikas_group", 2),
        Stage("summit", "pikas_summit"),
    ),
    GroupMethod.RESTORATIVE_CIRCLE: (
        Stage("preparatory_talks", "circle_pre", 3, per_person=True),
        Stage("circle", "circle_meeting"),
    ),
    GroupMethod.CLASS_THERMOMETER: (
        Stage("measure_before", THERMOMETER, 0, moment="before"),
        Stage("class_talk", "group", 28),
        Stage("measure_after", THERMOMETER, 0, moment="after"),
    ),
}

#: Every stage form and its method (a stage form records the method with the conversation).
STAGE_FORMS: dict[str, GroupMethod] = {
    stage.form_id: method
    for method, stages in SEQUENCES.items()
    if method is not GroupMethod.SUPPORT_GROUP
    for stage in stages
    if stage.form_id not in (THERMOMETER, "group")
}


class StageState(StrEnum):
    """Where a stage stands."""

    DONE = "done"
    NEXT = "next"
    TODO = "todo"


@dataclass(frozen=True, slots=True)
class StageStatus:
    """A stage with its state; `held` counts its finished talks, `last` the latest day."""

    stage: Stage
    state: StageState
    held: int = 0
    last: date | None = None


@dataclass(frozen=True, slots=True)
class SequenceProgress:
    """The chosen group method, every stage's state, the next stage and when it is due."""

    method: GroupMethod
    stages: tuple[StageStatus, ...]
    next_stage: Stage | None
    suggested_on: date | None

    @property
    def finished(self) -> bool:
        """Every stage is done."""
        return self.next_stage is None


def group_method_of(record: CaseRecord) -> GroupMethod | None:
    """The method of the latest decision when it is the group approach, else None."""
    decision = latest_decision(record)
    if decision is None or decision.choice is not ApproachChoice.NON_CONFRONTATIONAL_GROUP:
        return None
    return decision.group_method


def sequence_progress(
    record: CaseRecord, today: date, measured: frozenset[tuple[str, date]] = frozenset()
) -> SequenceProgress | None:
    """The progress of the chosen group method (None without a group approach and method).

    Args:
        record: The case.
        today: The day the suggestion may not fall before.
        measured: The class thermometer measurements of the case, as (moment, day).
    """
    method = group_method_of(record)
    decision = latest_decision(record)
    if method is None or decision is None:
        return None
    since = decision.decided_at.date()
    statuses: list[StageStatus] = []
    next_stage: Stage | None = None
    suggested: date | None = None
    previous_last: date | None = None
    previous_gap = 0
    for stage in SEQUENCES[method]:
        days = _held_days(record, stage, since, measured)
        last = max(days) if days else None
        if days:
            statuses.append(StageStatus(stage, StageState.DONE, len(days), last))
        elif next_stage is None:
            next_stage = stage
            base = previous_last + timedelta(days=previous_gap) if previous_last else today
            suggested = max(base, today)
            statuses.append(StageStatus(stage, StageState.NEXT))
        else:
            statuses.append(StageStatus(stage, StageState.TODO))
        previous_last, previous_gap = last or previous_last, stage.days_to_next
    return SequenceProgress(method, tuple(statuses), next_stage, suggested)


def sequence_talks_done(record: CaseRecord, method: GroupMethod, since: date) -> bool:
    """Every talk of the method's sequence was held (finished) on or after ``since``.

    Measurements of the class thermometer are not talks: its class talk is what counts.
    """
    return all(
        _held_days(record, stage, since, frozenset())
        for stage in SEQUENCES[method]
        if stage.form_id != THERMOMETER
    )


def _held_days(
    record: CaseRecord, stage: Stage, since: date, measured: frozenset[tuple[str, date]]
) -> list[date]:
    if stage.form_id == THERMOMETER:
        return [day for moment, day in measured if moment == stage.moment]
    return [
        c.held_on
        for c in record.conversations
        if c.finished and c.kind is ConversationKind.GROUP and c.form_id == stage.form_id
        and c.held_on >= since
    ]  # fmt: skip
