"""Translated words for follow-up outcomes, agreement states, day warnings and closing gaps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.enums import AgreementStatus, ConversationKind, FollowUpOutcome
from ehbc_desktop.domain.planning import DayKind
from ehbc_desktop.domain.rules.agreements import AgreementStanding
from ehbc_desktop.domain.rules.closing import ClosingGap
from ehbc_desktop.domain.rules.escalation import EscalationProposal
from ehbc_desktop.ui.case.timeline_text import due_text
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP

_CONTEXT = "FollowUpTexts"

OUTCOME_LABELS: dict[FollowUpOutcome, str] = {
    FollowUpOutcome.STOPPED: QT_TRANSLATE_NOOP("FollowUpTexts", "the bullying has stopped"),
    FollowUpOutcome.DECREASED: QT_TRANSLATE_NOOP("FollowUpTexts", "the bullying has decreased"),
    FollowUpOutcome.UNCHANGED: QT_TRANSLATE_NOOP("FollowUpTexts", "nothing has changed"),
    FollowUpOutcome.WORSE: QT_TRANSLATE_NOOP("FollowUpTexts", "the bullying got worse"),
}

STATUS_LABELS: dict[AgreementStatus, str] = {
    AgreementStatus.OPEN: QT_TRANSLATE_NOOP("FollowUpTexts", "open"),
    AgreementStatus.DONE: QT_TRANSLATE_NOOP("FollowUpTexts", "done"),
    AgreementStatus.NOT_KEPT: QT_TRANSLATE_NOOP("FollowUpTexts", "not kept"),
    AgreementStatus.NO_LONGER_RELEVANT: QT_TRANSLATE_NOOP("FollowUpTexts", "no longer relevant"),
}

STANDING_LABELS: dict[AgreementStanding, str] = {
    AgreementStanding.OPEN: QT_TRANSLATE_NOOP("FollowUpTexts", "open"),
    AgreementStanding.DUE_TODAY: QT_TRANSLATE_NOOP("FollowUpTexts", "due today"),
    AgreementStanding.OVERDUE: QT_TRANSLATE_NOOP("FollowUpTexts", "OVERDUE"),
    AgreementStanding.DONE: QT_TRANSLATE_NOOP("FollowUpTexts", "done"),
    AgreementStanding.NOT_KEPT: QT_TRANSLATE_NOOP("FollowUpTexts", "not kept"),
    AgreementStanding.NO_LONGER_RELEVANT: QT_TRANSLATE_NOOP(
        "FollowUpTexts", "no longer relevant"
    ),
}

CONVERSATION_LABELS: dict[ConversationKind, str] = {
    ConversationKind.VICTIM: QT_TRANSLATE_NOOP("FollowUpTexts", "conversation with the victim"),
    ConversationKind.BULLY: QT_TRANSLATE_NOOP("FollowUpTexts", "conversation with the bully"),
    ConversationKind.PARENTS_VICTIM: QT_TRANSLATE_NOOP(
        "FollowUpTexts", "conversation with the victim's parents"
    ),
    ConversationKind.PARENTS_BULLY: QT_TRANSLATE_NOOP(
        "FollowUpTexts", "conversation with the bully's parents"
    ),
    ConversationKind.PARENTS_OTHER: QT_TRANSLATE_NOOP(
        "FollowUpTexts", "conversation with other parents"
    ),
    ConversationKind.RESTORATIVE: QT_TRANSLATE_NOOP("FollowUpTexts", "restorative conversation"),
    ConversationKind.GROUP: QT_TRANSLATE_NOOP("FollowUpTexts", "group conversation"),
    ConversationKind.FOLLOW_UP: QT_TRANSLATE_NOOP("FollowUpTexts", "follow-up conversation"),
    ConversationKind.INVOLVED: QT_TRANSLATE_NOOP(
        "FollowUpTexts", "conversation with those involved"
    ),
}

DAY_WARNINGS: dict[DayKind, str] = {
    DayKind.WEEKEND: QT_TRANSLATE_NOOP(
        "FollowUpTexts", "This day falls in a weekend: the school is closed."
    ),
    DayKind.HOLIDAY: QT_TRANSLATE_NOOP(
        "FollowUpTexts", "This day falls in a school holiday: pupils are not at school."
    ),
}

GAP_LABELS: dict[ClosingGap, str] = {
    ClosingGap.BULLYING_NOT_STOPPED: QT_TRANSLATE_NOOP(
        "FollowUpTexts", "The last follow-up does not say that the bullying has stopped."
    ),
    ClosingGap.AFTERCARE_MISSING: QT_TRANSLATE_NOOP(
        "FollowUpTexts", "No aftercare for the group was recorded."
    ),
    ClosingGap.PARENTS_NOT_INFORMED: QT_TRANSLATE_NOOP(
        "FollowUpTexts", "The parents were not informed, although that is allowed."
    ),
    ClosingGap.AGREEMENTS_OPEN: QT_TRANSLATE_NOOP(
        "FollowUpTexts", "Some agreements are still open."
    ),
}

ESCALATION_LABELS: dict[EscalationProposal, str] = {
    EscalationProposal.CONTINUE_OR_REPEAT: QT_TRANSLATE_NOOP(
        "FollowUpTexts",
        "The approach is working but the bullying has not stopped yet. Keep going or repeat "
        "the approach, and plan the next follow-up.",
    ),
    EscalationProposal.PROPOSE_CONFRONTATIONAL: QT_TRANSLATE_NOOP(
        "FollowUpTexts",
        "The non-confrontational approach did not stop the bullying. Consider the "
        "confrontational approach now, and plan the next follow-up.",
    ),
    EscalationProposal.PROPOSE_FURTHER_STEPS: QT_TRANSLATE_NOOP(
        "FollowUpTexts",
        "The confrontational approach did not stop the bullying either. Take further steps: "
        "discuss the case in the care team and contact the CLB.",
    ),
}

# Step codes a planned follow-up may carry (the step plan's steps and the step-3 talks).
STEP_LABELS: dict[str, str] = {
    "report": QT_TRANSLATE_NOOP("FollowUpTexts", "look at the report"),
    "observation": QT_TRANSLATE_NOOP("FollowUpTexts", "keep observing"),
    "triage": QT_TRANSLATE_NOOP("FollowUpTexts", "find out what is going on"),
    "involved_conversation": QT_TRANSLATE_NOOP(
        "FollowUpTexts", "conversation with those involved"
    ),
    "severity": QT_TRANSLATE_NOOP("FollowUpTexts", "assess how serious it is"),
    "victim_conversation": QT_TRANSLATE_NOOP("FollowUpTexts", "conversation with the victim"),
    "parents": QT_TRANSLATE_NOOP("FollowUpTexts", "talk with the parents"),
    "choice": QT_TRANSLATE_NOOP("FollowUpTexts", "choose the approach"),
    "intervention": QT_TRANSLATE_NOOP("FollowUpTexts", "carry out the approach"),
    "other_parents": QT_TRANSLATE_NOOP("FollowUpTexts", "inform other parents"),
    "aftercare": QT_TRANSLATE_NOOP("FollowUpTexts", "aftercare for the group"),
    "evaluation": QT_TRANSLATE_NOOP("FollowUpTexts", "evaluate: has the bullying stopped?"),
    "close": QT_TRANSLATE_NOOP("FollowUpTexts", "close the case"),
    "restorative_step3": QT_TRANSLATE_NOOP(
        "FollowUpTexts", "separate talks after the restorative conversation"
    ),
    "general": QT_TRANSLATE_NOOP("FollowUpTexts", "follow-up conversation"),
    "group": QT_TRANSLATE_NOOP("FollowUpTexts", "follow-up with the group"),
    "agreement": QT_TRANSLATE_NOOP("FollowUpTexts", "agreement falls due"),
}

_GENERIC_ADVICE = QT_TRANSLATE_NOOP(
    "FollowUpTexts",
    "The bullying has not stopped. Repeat the approach or take a further step (after a "
    "non-confrontational approach, the confrontational one), and plan the next follow-up.",
)


def tr(text: str) -> str:
    """Translate a source text of this module's context."""
    return QCoreApplication.translate(_CONTEXT, text)


def outcome_label(outcome: FollowUpOutcome | None) -> str:
    """What a held follow-up found, or empty."""
    return tr(OUTCOME_LABELS[outcome]) if outcome is not None else ""


def status_label(status: AgreementStatus) -> str:
    """An agreement's status in words."""
    return tr(STATUS_LABELS[status])


def standing_label(standing: AgreementStanding) -> str:
    """How an agreement stands today in words (overdue in capitals: it must stand out)."""
    return tr(STANDING_LABELS[standing])


def conversation_label(kind: ConversationKind | None, held_on: object = None) -> str:
    """The conversation an agreement was made in, with its date; or "outside a conversation"."""
    if kind is None:
        return tr(QT_TRANSLATE_NOOP("FollowUpTexts", "outside a conversation"))
    text = tr(CONVERSATION_LABELS[kind])
    return f"{text} ({format_date(held_on)})" if held_on else text  # type: ignore[arg-type]


def day_warning(kind: DayKind) -> str:
    """Why a day is not a school day."""
    return tr(DAY_WARNINGS[kind]) if kind in DAY_WARNINGS else ""


def gap_label(gap: ClosingGap) -> str:
    """A closing gap in words."""
    return tr(GAP_LABELS[gap])


def escalation_text(proposal: EscalationProposal, outcome: FollowUpOutcome) -> str:
    """The advice after a follow-up that did not find the bullying stopped; empty when it did."""
    if outcome is FollowUpOutcome.STOPPED:
        return ""
    if proposal in ESCALATION_LABELS:
        return tr(ESCALATION_LABELS[proposal])
    return tr(_GENERIC_ADVICE)


def step_words(step: str, kind: str) -> str:
    """The step of an agenda line in words (never the line's free text)."""
    if kind == "agreement":
        step = "agreement"
    if step in STEP_LABELS:
        return tr(STEP_LABELS[step])
    return due_text(step, kind)
