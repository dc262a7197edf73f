"""What the teacher reads after finishing a conversation: saved, step 3 planned, what next."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import ConversationKind, FollowUpKind, FollowUpOutcome
from ehbc_desktop.domain.rules import EscalationAdvice
from ehbc_desktop.domain.rules.escalation import EscalationProposal
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ehbc_desktop.services.conversations.conversations import FinishedConversation

_CONTEXT = "ConversationOutcome"

_SAVED = QT_TRANSLATE_NOOP("ConversationOutcome", "The conversation was saved in the case file.")
_NEXT = QT_TRANSLATE_NOOP("ConversationOutcome", "Next talk planned on %1.")
_STEP3 = QT_TRANSLATE_NOOP(
    "ConversationOutcome",
    "The repair agreement was recorded. Step 3 is planned as two separate talks: with the "
    "bully on %1 and with the victim on %2.",
)
_HELD = QT_TRANSLATE_NOOP("ConversationOutcome", "The planned follow-up was marked as held.")
_PROPOSALS: dict[EscalationProposal, str] = {
    EscalationProposal.PROPOSE_CONFRONTATIONAL: QT_TRANSLATE_NOOP("ConversationOutcome",
        "The bullying has not stopped. The step plan proposes to switch to the confrontational "
        "approach: talk with the bully directly (only with the victim's consent). Record the new "
        "choice at the choice moment."),
    EscalationProposal.PROPOSE_FURTHER_STEPS: QT_TRANSLATE_NOOP("ConversationOutcome",
        "The bullying has not stopped, not even with the confrontational approach. Consider "
        "further steps: the care team, the CLB or the police."),
    EscalationProposal.CONTINUE_OR_REPEAT: QT_TRANSLATE_NOOP("ConversationOutcome",
        "The bullying has decreased but not stopped: keep following up and repeat the approach "
        "where needed."),
}  # fmt: skip
_NOT_STOPPED = QT_TRANSLATE_NOOP(
    "ConversationOutcome",
    "The bullying has not stopped. Look again at the approach: after a non-confrontational "
    "approach the step plan proposes the confrontational one.",
)
_STOPPED = QT_TRANSLATE_NOOP(
    "ConversationOutcome",
    "The bullying has stopped. Keep following up for a while before you close the case.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def step3_dates(record: CaseRecord, result: FinishedConversation) -> tuple[str, str] | None:
    """The planned dates of the two separate step-3 talks (bully, victim), if planned."""
    planned = {f.id: f for f in record.follow_ups if f.id in set(result.follow_up_ids)}
    bully = [f.planned_on for f in planned.values() if f.kind is FollowUpKind.RESTORATIVE_BULLY]
    victim = [f.planned_on for f in planned.values() if f.kind is FollowUpKind.RESTORATIVE_VICTIM]
    if not bully or not victim:
        return None
    return format_date(min(bully)), format_date(min(victim))


def escalation_text(values: Mapping[str, Any], advice: EscalationAdvice | None) -> str:
    """The proposal after a follow-up talk: nothing to add when the outcome was 'stopped'."""
    outcome = values.get("outcome")
    if not outcome:
        return ""
    if outcome == FollowUpOutcome.STOPPED.value:
        return _tr(_STOPPED)
    if advice is not None and advice.proposal in _PROPOSALS:
        return _tr(_PROPOSALS[advice.proposal])
    return _tr(_NOT_STOPPED)


def outcome_lines(
    kind: ConversationKind,
    values: Mapping[str, Any],
    result: FinishedConversation,
    record: CaseRecord,
    advice: EscalationAdvice | None,
) -> list[str]:
    """The paragraphs of the confirmation shown after finishing."""
    lines = [_tr(_SAVED)]
    if kind is ConversationKind.RESTORATIVE:
        dates = step3_dates(record, result)
        if dates is not None:
            lines.append(_tr(_STEP3).replace("%1", dates[0]).replace("%2", dates[1]))
    conversation = next((c for c in record.conversations if c.id == result.conversation_id), None)
    if conversation is not None and conversation.next_date is not None:
        lines.append(_tr(_NEXT).replace("%1", format_date(conversation.next_date)))
    if kind is ConversationKind.FOLLOW_UP:
        if result.held_follow_up_id:
            lines.append(_tr(_HELD))
        text = escalation_text(values, advice)
        if text:
            lines.append(f"<b>➜ {text}</b>")
    return lines
