"""The wizard's fixed texts: answer problems, roles and approaches as the teacher reads them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ehbc_desktop.domain.enums import Approach, Role
from ehbc_desktop.formspec import AnswerProblem
from ehbc_desktop.vocabulary import capitalised

_CONTEXT = "WizardTexts"

_PROBLEMS: dict[AnswerProblem, object] = {
    AnswerProblem.REQUIRED: QT_TRANSLATE_NOOP("WizardTexts", "Please answer this question."),
    AnswerProblem.WRONG_TYPE: QT_TRANSLATE_NOOP(
        "WizardTexts", "This answer has the wrong form; please fill it in again."
    ),
    AnswerProblem.INVALID_DATE: QT_TRANSLATE_NOOP("WizardTexts", "Please pick a valid date."),
    AnswerProblem.UNKNOWN_OPTION: QT_TRANSLATE_NOOP(
        "WizardTexts", "Please pick one of the options shown."
    ),
    AnswerProblem.ROW_INCOMPLETE: QT_TRANSLATE_NOOP(
        "WizardTexts", "Every row needs all its boxes filled in (the empty ones are marked)."
    ),
    AnswerProblem.GRID_INCOMPLETE: QT_TRANSLATE_NOOP(
        "WizardTexts", "Every party must answer every question (the empty ones are marked)."
    ),
    AnswerProblem.TOO_FEW_PARTIES: QT_TRANSLATE_NOOP(
        "WizardTexts", "At least two parties must take part."
    ),
}


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it hands back the source string.
    return QCoreApplication.translate(_CONTEXT, str(text))


def problem_text(problem: AnswerProblem) -> str:
    """One sentence that tells the teacher what to do about `problem`."""
    return _tr(_PROBLEMS[problem])


def precondition_text() -> str:
    """Shown beside a precondition that is not met."""
    return _tr(
        QT_TRANSLATE_NOOP(
            "WizardTexts",
            "This condition must be met before the conversation can go on.",
        )
    )


def role_text(role: str) -> str:
    """A role value as the teacher reads it (unknown values are shown as they are)."""
    try:
        return capitalised(Role(role))
    except ValueError:
        return role


def approach_text(approach: Approach) -> str:
    """An approach as the teacher reads it."""
    return capitalised(approach)
