"""Sentences about a pupil's wish and its judgement, for every screen with a parent action."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.enums import Competence, JudgeRole
from ehbc_desktop.domain.rules import RuleReason
from ehbc_desktop.services.rights.pupil_wish import PupilWishStatus
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.vocabulary import label

_VERDICTS: dict[RuleReason, str] = {
    RuleReason.PARENTS_WISH_STANDS: QT_TRANSLATE_NOOP(
        "PupilWish", "Parents' conversations and letters are refused."),
    RuleReason.PARENTS_NOT_YET_JUDGED: QT_TRANSLATE_NOOP(
        "PupilWish", "Until someone judges the pupil's competence, parents' conversations and "
        "letters are refused."),
    RuleReason.PARENTS_OVERRIDDEN: QT_TRANSLATE_NOOP(
        "PupilWish", "Overridden with a written reason: the parents may be involved."),
    RuleReason.PARENTS_NOT_COMPETENT: QT_TRANSLATE_NOOP(
        "PupilWish", "Judged not competent: the parents may be involved."),
    RuleReason.PARENTS_UNDER_12: QT_TRANSLATE_NOOP(
        "PupilWish", "Under 12: the parents are informed."),
    RuleReason.PARENTS_WISH_WITHDRAWN: QT_TRANSLATE_NOOP(
        "PupilWish", "The pupil withdrew the wish."),
}  # fmt: skip


_NO_WISH = QT_TRANSLATE_NOOP("PupilWish", "%1: no wish about the parents recorded.")
_NO_OBJECTION = QT_TRANSLATE_NOOP(
    "PupilWish", "%1 does not object to involving the parents (%2).")
_WISH = QT_TRANSLATE_NOOP(
    "PupilWish", "%1 asks that the parents are not involved. Competence: %2%3, %4.")
_ACCORDING_TO = QT_TRANSLATE_NOOP("PupilWish", " according to %1")
_OTHERS = QT_TRANSLATE_NOOP("PupilWish", "About others: %1.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PupilWish", text)


def competence_label(competence: Competence) -> str:
    """"competent", "not competent", "not judged yet"."""
    return label(competence)


def judge_role_label(role: JudgeRole | None) -> str:
    """The judge's role in words ("" when none was given)."""
    return label(role) if role is not None else ""


def wish_line(status: PupilWishStatus) -> str:
    """One sentence: the pupil, the latest wish, who judged it when, and what that means now."""
    age = f" ({status.age})" if status.age is not None else ""
    wish = status.latest
    if wish is None:
        return _tr(_NO_WISH).replace("%1", status.name + age)
    if not wish.wishes_no_parents:
        text = _tr(_NO_OBJECTION)
        return text.replace("%1", status.name + age).replace("%2", format_date(wish.judged_on))
    judge = wish.judged_by
    role = judge_role_label(wish.judge_role)
    by = f"{judge} ({role})" if judge and role else judge or role
    text = _tr(_WISH)
    line = (text.replace("%1", status.name + age)
            .replace("%2", competence_label(wish.effective_competence))
            .replace("%3", _tr(_ACCORDING_TO).replace("%1", by) if by else "")
            .replace("%4", format_date(wish.judged_on)))  # fmt: skip
    if wish.others_note:
        line = f"{line} {_tr(_OTHERS).replace('%1', wish.others_note)}"
    verdict = _VERDICTS.get(status.verdict.reason)
    return f"{line} {_tr(verdict)}" if verdict else line
