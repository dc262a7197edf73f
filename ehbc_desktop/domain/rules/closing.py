"""The closing checklist: what still stands between an open case and closing it."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import (
    ApproachChoice,
    ConversationKind,
    FollowUpKind,
    FollowUpOutcome,
    GroupMethod,
)
from ehbc_desktop.domain.rules.agreements import is_settled
from ehbc_desktop.domain.rules.followups import latest_decision, latest_held
from ehbc_desktop.domain.rules.parents import parent_verdicts_for_kind
from ehbc_desktop.domain.triage import OTHER_ROUTE_CLASSIFICATIONS, current_classification


class ClosingGap(StrEnum):
    """One reason a case is not ready to be closed."""

    BULLYING_NOT_STOPPED = "bullying_not_stopped"  # the last held follow-up is not "stopped"
    AFTERCARE_MISSING = "aftercare_missing"
    PARENTS_NOT_INFORMED = "parents_not_informed"
    AGREEMENTS_OPEN = "agreements_open"


def bullying_stopped(record: CaseRecord) -> bool:
    """The last held follow-up with an outcome says the bullying stopped."""
    held = latest_held(record.follow_ups)
    return held is not None and held.outcome is FollowUpOutcome.STOPPED


def aftercare_done(record: CaseRecord) -> bool:
    """Aftercare for the group is done, or was marked as not needed on the case.

    Aftercare counts finished GROUP conversations (not the talks of a group method's sequence,
    which are the intervention) plus held GROUP follow-ups. When the chosen approach is the
    non-confrontational group approach without a sequence of its own talks (no method, or the
    class thermometer, whose class talk is the group form), that first group conversation is
    the intervention itself, so aftercare needs a second one (or a held GROUP follow-up).
    """
    from ehbc_desktop.domain.group_methods import STAGE_FORMS  # it imports these rules

    if record.case.aftercare_not_needed:
        return True
    decision = latest_decision(record)
    needed = 1
    if (
        decision is not None
        and decision.choice is ApproachChoice.NON_CONFRONTATIONAL_GROUP
        and decision.group_method in (None, GroupMethod.CLASS_THERMOMETER)
    ):
        needed = 2
    count = sum(
        1
        for c in record.conversations
        if c.kind is ConversationKind.GROUP and c.finished and c.form_id not in STAGE_FORMS
    )
    count += sum(
        1 for f in record.follow_ups if f.kind is FollowUpKind.GROUP and f.held_on is not None
    )
    return count >= needed


def victim_parents_handled(record: CaseRecord, today: date) -> bool:
    """The victim's parents were spoken to, or the 12+ rule keeps every victim's parents out."""
    if any(c.kind is ConversationKind.PARENTS_VICTIM and c.finished for c in record.conversations):
        return True
    verdicts = parent_verdicts_for_kind(record, ConversationKind.PARENTS_VICTIM, today)
    return bool(verdicts) and all(v.blocked for v in verdicts)


def closing_gaps(record: CaseRecord, today: date) -> tuple[ClosingGap, ...]:
    """The gaps that stand between the case and closing it; empty when it may be closed.

    Args:
        record: The case.
        today: The day of closing (the parent rule depends on the pupils' ages).

    Returns:
        The gaps in a fixed order: stopped, aftercare, parents, agreements. On the classic
        bullying and conflict routes the school's own policy applies, so aftercare and parents
        are not checked there.
    """
    gaps: list[ClosingGap] = []
    cyber_route = current_classification(record) not in OTHER_ROUTE_CLASSIFICATIONS
    if not bullying_stopped(record):
        gaps.append(ClosingGap.BULLYING_NOT_STOPPED)
    if cyber_route and not aftercare_done(record):
        gaps.append(ClosingGap.AFTERCARE_MISSING)
    if cyber_route and not victim_parents_handled(record, today):
        gaps.append(ClosingGap.PARENTS_NOT_INFORMED)
    if not all(is_settled(a) for a in record.agreements):
        gaps.append(ClosingGap.AGREEMENTS_OPEN)
    return tuple(gaps)
