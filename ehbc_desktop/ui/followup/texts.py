"""Translated words for follow-up outcomes, agreement states, day warnings and closing gaps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ConversationKind,
    FollowUpKind,
    FollowUpOutcome,
)
from ehbc_desktop.domain.planning import DayKind
from ehbc_desktop.domain.rules.agreements import AgreementStanding
from ehbc_desktop.domain.rules.closing import ClosingGap
from ehbc_desktop.domain.rules.escalation import EscalationProposal
from ehbc_desktop.domain.stepplan import Step
from ehbc_desktop.ui.case.timeline_text import due_text
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.vocabulary import label, label_of

_CONTEXT = "FollowUpTexts"

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
    return label(outcome) if outcome is not None else ""


def status_label(status: AgreementStatus) -> str:
    """An agreement's status in words."""
    return label(status)


def standing_label(standing: AgreementStanding) -> str:
    """How an agreement stands today in words (overdue in capitals: it must stand out)."""
    text = label(standing)
    return text.upper() if standing is AgreementStanding.OVERDUE else text


def conversation_label(kind: ConversationKind | None, held_on: object = None) -> str:
    """The conversation an agreement was made in, with its date; or "outside a conversation"."""
    if kind is None:
        return tr(QT_TRANSLATE_NOOP("FollowUpTexts", "outside a conversation"))
    text = label(kind)
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
    for steps in (FollowUpKind, Step):
        word = label_of(steps, step)
        if word is not None:
            return word
    return due_text(step, kind)
