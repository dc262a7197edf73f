"""Translated words for the step plan: steps, states, reasons, triage and recommendation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    ApproachReason,
    Classification,
    KeyCriterion,
)
from ehbc_desktop.domain.recommendation import Recommendation, RecommendationOutcome
from ehbc_desktop.domain.rules.escalation import EscalationAdvice, EscalationProposal
from ehbc_desktop.domain.rules.reasons import RuleReason
from ehbc_desktop.domain.stepplan import Step, StepReason, StepState, StepStatus
from ehbc_desktop.domain.triage import TriageProposal
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.vocabulary import capitalised, label

_CONTEXT = "Steps"

#: The mark in front of each step on the bar.
STATE_MARKS = {
    StepState.DONE: "✓",
    StepState.CURRENT: "▶",
    StepState.TODO: "○",
    StepState.NOT_APPLICABLE: "–",
    StepState.BLOCKED: "⚠",
}

REASONS: dict[StepReason, str] = {
    StepReason.NOT_ON_ROUTE: QT_TRANSLATE_NOOP(
        "Steps", "Not part of this route: the case follows the school's own policy."
    ),
    StepReason.ROUTE_UNKNOWN: QT_TRANSLATE_NOOP(
        "Steps", "Only needed when the triage finds classic bullying or a conflict."
    ),
    StepReason.NO_OBSERVATION: QT_TRANSLATE_NOOP(
        "Steps", "Not needed: the bullied pupil reported personally."
    ),
    StepReason.IN_OBSERVATION: QT_TRANSLATE_NOOP(
        "Steps",
        "The bullied pupil does not report personally yet: keep watching discreetly and "
        "note what you see.",
    ),
    StepReason.CARE_TEAM_MISSING: QT_TRANSLATE_NOOP(
        "Steps", "The severity is noted; the talk with the care team is still missing."
    ),
    StepReason.PARENTS_BLOCKED_BY_WISH: QT_TRANSLATE_NOOP(
        "Steps",
        "The pupil (12 or older, judged competent) asked not to involve the parents.",
    ),
    StepReason.NO_APPROACH_CHOSEN: QT_TRANSLATE_NOOP(
        "Steps", "First choose an approach at the choice moment."
    ),
    StepReason.ESCALATION_PROPOSED: QT_TRANSLATE_NOOP(
        "Steps",
        "The non-confrontational approach has not stopped the bullying: consider the "
        "confrontational approach.",
    ),
    StepReason.BULLY_CONTACT_WITHOUT_CONSENT: QT_TRANSLATE_NOOP(
        "Steps",
        "The bullied pupil has not agreed yet that you approach the bully. Record the "
        "pupil's consent first.",
    ),
    StepReason.RESTORATIVE_UNFINISHED: QT_TRANSLATE_NOOP(
        "Steps", "A restorative conversation was started but is not finished yet."
    ),
    StepReason.OPTIONAL: QT_TRANSLATE_NOOP("Steps", "Only when it is needed."),
    StepReason.AFTERCARE_NOT_NEEDED: QT_TRANSLATE_NOOP(
        "Steps", "Marked as not needed for this case."
    ),
    StepReason.NOT_EVALUATED: QT_TRANSLATE_NOOP(
        "Steps", "No follow-up has checked yet whether the bullying stopped."
    ),
    StepReason.EVALUATION_DECREASED: QT_TRANSLATE_NOOP(
        "Steps", "The bullying decreased but has not stopped: keep following up."
    ),
    StepReason.EVALUATION_NOT_STOPPED: QT_TRANSLATE_NOOP(
        "Steps", "The bullying has not stopped: repeat the approach or take further steps."
    ),
}

RULE_REASONS: dict[RuleReason, str] = {
    RuleReason.NO_CONSENT_RECORDED: QT_TRANSLATE_NOOP(
        "Steps", "No consent of the bullied pupil is recorded."
    ),
    RuleReason.CONSENT_REFUSED: QT_TRANSLATE_NOOP(
        "Steps", "The bullied pupil does not want the bully to be approached."
    ),
    RuleReason.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP(
        "Steps", "The bullied pupil withdrew the earlier consent."
    ),
}

ESCALATION: dict[EscalationProposal, str] = {
    EscalationProposal.CONTINUE_OR_REPEAT: QT_TRANSLATE_NOOP(
        "Steps",
        "The bullying has decreased: keep going with this approach, repeat it where needed "
        "and keep following up.",
    ),
    EscalationProposal.PROPOSE_CONFRONTATIONAL: QT_TRANSLATE_NOOP(
        "Steps",
        "The non-confrontational approach has not stopped the bullying: consider the "
        "confrontational approach.",
    ),
    EscalationProposal.PROPOSE_FURTHER_STEPS: QT_TRANSLATE_NOOP(
        "Steps",
        "The confrontational approach has not stopped the bullying either: take further "
        "steps with the care team (CLB, police or another body).",
    ),
}



def _tr(text: str) -> str:
    """Translate a text of this module's catalogue context."""
    return QCoreApplication.translate(_CONTEXT, text)


def step_name(step: Step) -> str:
    """The name of a step as the teacher reads it."""
    return capitalised(step)


def state_word(state: StepState) -> str:
    """A word for a step's state (done, now, to do, not needed, blocked)."""
    return label(state)


def status_explanation(status: StepStatus) -> str:
    """Why a step stands where it stands, in words ("" when there is nothing to say)."""
    parts: list[str] = []
    if status.reason is not None:
        parts.append(_tr(REASONS[status.reason]))
    parts.extend(_tr(RULE_REASONS[r]) for r in status.detail if r in RULE_REASONS)
    return " ".join(parts)


def escalation_text(advice: EscalationAdvice) -> str:
    """The escalation proposal in plain words ("" when there is none)."""
    text = ESCALATION.get(advice.proposal)
    return _tr(text) if text else ""


def triage_explanation(proposal: TriageProposal) -> list[str]:
    """Why the program proposes its classification: one sentence per finding."""

    def names(criteria: tuple[KeyCriterion, ...]) -> str:
        return ", ".join(label(c) for c in criteria)

    lines: list[str] = []
    if proposal.holding:
        lines.append(
            QCoreApplication.translate("Steps", "✓ These criteria hold: %1.").replace(
                "%1", names(proposal.holding)
            )
        )
    if proposal.failing:
        lines.append(
            QCoreApplication.translate(
                "Steps", "✗ These criteria do not hold: %1. Without all three it is not bullying."
            ).replace("%1", names(proposal.failing))
        )
    if proposal.unclear:
        lines.append(
            QCoreApplication.translate(
                "Steps",
                "? Still unclear: %1. Look into it further; until then the case is treated "
                "as possible bullying, to protect the pupil.",
            ).replace("%1", names(proposal.unclear))
        )
    if proposal.classification is Classification.CLASSIC_BULLYING:
        lines.append(
            QCoreApplication.translate("Steps", "It does not happen through digital media.")
        )
    elif proposal.classification in (
        Classification.CYBERBULLYING,
        Classification.CYBER_AND_CLASSIC,
    ):
        lines.append(QCoreApplication.translate("Steps", "It happens through digital media."))
    if proposal.classification is Classification.CYBER_AND_CLASSIC:
        lines.append(QCoreApplication.translate("Steps", "It happens offline as well."))
    return lines


def recommendation_text(rec: Recommendation) -> str:
    """The recommendation's headline in words."""
    if rec.outcome is RecommendationOutcome.NOTHING_TICKED:
        return QCoreApplication.translate(
            "Steps", "Tick the reasons that apply: the recommendation appears here."
        )
    if rec.outcome is RecommendationOutcome.ONLY_NEUTRAL:
        return QCoreApplication.translate(
            "Steps", "The teachers' support counts for both approaches: tick more reasons."
        )
    if rec.outcome is RecommendationOutcome.TIE:
        return QCoreApplication.translate(
            "Steps", "The reasons weigh equally: no recommendation. Weigh it with the care team."
        )
    assert rec.choice is not None
    return QCoreApplication.translate("Steps", "Recommended: %1.").replace(
        "%1", label(rec.choice)
    )


def choice_label(choice: ApproachChoice) -> str:
    """An approach choice in words."""
    return label(choice)


def reason_label(reason: ApproachReason) -> str:
    """A choice-moment reason in words."""
    return label(reason)
