"""Plain sentences for the method's refusals (consent, 12+ rule, restorative conversation)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.rules import RuleReason
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP

_CONTEXT = "Refusals"

REASON_TEXTS: dict[RuleReason, str] = {
    RuleReason.NO_CONSENT_RECORDED: QT_TRANSLATE_NOOP("Refusals",
        "The victim's consent to approach the bully has not been recorded yet. Ask the victim "
        "first; talk to the bully only when the victim agrees."),
    RuleReason.CONSENT_REFUSED: QT_TRANSLATE_NOOP("Refusals",
        "The victim does not want the bully to be approached. Respect that and talk with the "
        "victim again before you go further."),
    RuleReason.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP("Refusals",
        "The victim withdrew the consent to approach the bully. Talk with the victim again "
        "before you go further."),
    RuleReason.PARENTS_WISH_STANDS: QT_TRANSLATE_NOOP("Refusals",
        "This pupil (12 or older, judged able to decide) asked not to involve the parents. "
        "Only go ahead for a serious reason, such as the duty to report, and write it down."),
    RuleReason.PARENTS_NOT_YET_JUDGED: QT_TRANSLATE_NOOP("Refusals",
        "This pupil asked not to involve the parents, and nobody has judged yet whether the "
        "pupil can make that choice. Until then the wish stands; only a serious reason, "
        "written down, lets you go ahead."),
    RuleReason.RESTORATIVE_VICTIM_NOT_ASKED: QT_TRANSLATE_NOOP("Refusals",
        "First ask the victim whether they really want a restorative conversation."),
    RuleReason.RESTORATIVE_VICTIM_NOT_WILLING: QT_TRANSLATE_NOOP("Refusals",
        "The victim does not want a restorative conversation, so it can not take place."),
    RuleReason.RESTORATIVE_BULLY_NOT_ASKED: QT_TRANSLATE_NOOP("Refusals",
        "First ask the bully whether they see what went wrong and want to make it right."),
    RuleReason.RESTORATIVE_BULLY_NO_ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("Refusals",
        "The bully does not acknowledge the wrong, so a restorative conversation can not take "
        "place yet."),
    RuleReason.RESTORATIVE_BULLY_NOT_WILLING: QT_TRANSLATE_NOOP("Refusals",
        "The bully does not want to make it right, so a restorative conversation can not take "
        "place yet."),
}  # fmt: skip

_GENERAL = QT_TRANSLATE_NOOP("Refusals", "The step plan does not allow this step yet.")
_GRID_EMPTY = QT_TRANSLATE_NOOP(
    "Refusals", "Step 2 is not complete: choose the parties and write down their answers."
)
_AGREEMENT_ROW = QT_TRANSLATE_NOOP(
    "Refusals", "Agreement %1 is not complete: every agreement needs who, what and by when."
)
_AGREEMENT = QT_TRANSLATE_NOOP(
    "Refusals", "An agreement is not complete: every agreement needs who, what and by when."
)
_NEXT_DATE = QT_TRANSLATE_NOOP(
    "Refusals", "Fill in the date of the next talk: every conversation ends with a next date."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def refusal_message(reasons: Iterable[RuleReason]) -> str:
    """One sentence per reason the rule refused (the general one when none is known)."""
    texts = [_tr(REASON_TEXTS[r]) for r in reasons if r in REASON_TEXTS]
    return " ".join(dict.fromkeys(texts)) or _tr(_GENERAL)


def grid_message(gaps: int) -> str:
    """Step 2 of the restorative conversation lacks `gaps` answers (0: no parties at all)."""
    if gaps <= 0:
        return _tr(_GRID_EMPTY)
    return QCoreApplication.translate(
        "Refusals",
        "Step 2 is not complete: every party must answer every question (%n answer(s) missing).",
        None,
        gaps,
    )


def agreement_message(row: int) -> str:
    """The agreement on row `row` (0-based; -1 unknown) lacks who, what or by when."""
    if row < 0:
        return _tr(_AGREEMENT)
    return _tr(_AGREEMENT_ROW).replace("%1", str(row + 1))


def next_date_message() -> str:
    """The conversation has no next date."""
    return _tr(_NEXT_DATE)
