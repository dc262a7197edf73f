"""The pupil's wish about the parents (12+ rule): recorded as dated decisions, shown, enforced.

A wish is one dated entry: what the pupil wants about the parents and about who else is told,
the competence judgement (competent / not / not yet judged), who judged it in which role, when
and why. A change is a new entry; the history stays. The domain's `parent_verdict` decides on
the latest entry; every parent action (conversations, the parent handout, signatures of parents)
asks it, and an override needs a reason and is audited as OVERRIDE.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ehbc_desktop.domain.entities import CaseRecord, ParentInvolvementWish
from ehbc_desktop.domain.enums import AuditAction, Competence, JudgeRole, Role
from ehbc_desktop.domain.rules import (
    ParentVerdict,
    age_on,
    latest_wish,
    parent_verdict,
    wish_history,
)
from ehbc_desktop.formspec import Answers
from ehbc_desktop.services.case.casewrite import CaseWriteService, load_record, writable_case
from ehbc_desktop.services.errors import InvalidInputError, NotFoundError, RuleRefusedError
from ehbc_desktop.services.steps.approach import ApproachService
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow

#: Roles whose wish about their own parents the rule protects (pupils, not adults).
PUPIL_ROLES = frozenset({
    Role.VICTIM, Role.BULLY, Role.FOLLOWER, Role.BYSTANDER, Role.DEFENDER, Role.REPORTER,
})  # fmt: skip

#: The conversation form fields that feed the record (victim and bully forms).
FIELD_WISH = "wish_parents_not_involved"
FIELD_OTHERS = "wish_others"
FIELD_COMPETENCE = "wish_competence"
FIELD_JUDGED_BY = "wish_judged_by"
FIELD_JUDGE_ROLE = "wish_judge_role"
FIELD_REASON = "wish_reason"


@dataclass(frozen=True)
class WishInput:
    """One dated decision about a pupil's wish, as the user enters it.

    Attributes:
        wishes_no_parents: the pupil asks that the parents are not involved.
        competence: the judgement of the pupil's competence to decide this.
        judged_by: who judged (a name; required unless not judged yet).
        judge_role: in which role (required unless not judged yet).
        judged_on: the day of the judgement (or of recording, when not judged yet).
        reason: why the judge came to this judgement.
        others_note: what the pupil wants about who else is told.
    """

    wishes_no_parents: bool
    competence: Competence = Competence.NOT_JUDGED
    judged_by: str = ""
    judge_role: JudgeRole | None = None
    judged_on: date | None = None
    reason: str = ""
    others_note: str = ""


@dataclass(frozen=True)
class PupilWishStatus:
    """One pupil of the case with the latest wish, its history and today's verdict."""

    participant_id: str
    name: str
    role: Role
    age: int | None
    latest: ParentInvolvementWish | None
    history: tuple[ParentInvolvementWish, ...]
    verdict: ParentVerdict


def check_wish(wish: WishInput) -> None:
    """A judgement names who judged and in which role (not needed while not judged yet).

    Raises:
        InvalidInputError("judged_by") or ("judge_role").
    """
    if wish.competence is Competence.NOT_JUDGED:
        return
    if not wish.judged_by.strip():
        raise InvalidInputError("judged_by")
    if wish.judge_role is None:
        raise InvalidInputError("judge_role")


def add_wish_row(
    s: Session, case_id: str, pupil_id: str, wish: WishInput, user: str
) -> m.ParentInvolvementWish:
    """A new wish entry in the unit of work (checked by the caller)."""
    row = m.ParentInvolvementWish(
        case_id=case_id,
        pupil_participant_id=pupil_id,
        recorded_at=utcnow(),
        wishes_no_parents=wish.wishes_no_parents,
        judged_competent=wish.competence is Competence.COMPETENT,
        judged_by=wish.judged_by.strip(),
        judged_on=wish.judged_on or utcnow().date(),
        competence=wish.competence,
        judge_role=wish.judge_role,
        reason=wish.reason.strip(),
        others_note=wish.others_note.strip(),
        recorded_by=user,
    )
    s.add(row)
    s.flush()
    return row


def wish_audit_detail(pupil_id: str, wish: WishInput) -> str:
    """Ids and codes only (never the judge's name or the reason's text)."""
    role = wish.judge_role.value if wish.judge_role else ""
    return (
        f"pupil={pupil_id};no_parents={int(wish.wishes_no_parents)};"
        f"competence={wish.competence.value};judge_role={role}"
    )


def wish_from_answers(answers: Answers, day: date) -> WishInput | None:
    """The wish a victim or bully conversation recorded (None when the form did not ask)."""
    answer = answers.flag(FIELD_WISH)
    if answer is None:
        return None
    if not answer:
        return WishInput(False, judged_on=day)
    competence = answers.text(FIELD_COMPETENCE) or Competence.NOT_JUDGED.value
    role = answers.text(FIELD_JUDGE_ROLE)
    return WishInput(
        wishes_no_parents=True,
        competence=Competence(competence)
        if competence in set(Competence)
        else Competence.NOT_JUDGED,
        judged_by=answers.text(FIELD_JUDGED_BY),
        judge_role=JudgeRole(role) if role in set(JudgeRole) else None,
        judged_on=day,
        reason=answers.text(FIELD_REASON),
        others_note=answers.text(FIELD_OTHERS) or answers.text("wish_note"),
    )


def wishes_from_conversation(
    s: Session,
    record: CaseRecord,
    pupil_role: Role,
    *,
    participant_ids: tuple[str, ...],
    answers: Answers,
    user: str,
) -> list[m.ParentInvolvementWish]:
    """The wish answer of a victim or bully conversation as wish entries of the pupils present.

    A "no" is only recorded when it changes an earlier wish (it then lifts it); a "yes" is
    always recorded. Pupils of `pupil_role` taking part count (else every pupil of that role).
    """
    held_on = answers.date("held_on") or utcnow().date()
    wish = wish_from_answers(answers, held_on)
    if wish is None:
        return []
    check_wish(wish)
    pupils = [p.id for p in record.participants if p.role is pupil_role]
    present = [p for p in pupils if p in participant_ids] or pupils
    rows = []
    for pupil in present:
        earlier = latest_wish(record, pupil)
        if not wish.wishes_no_parents and (earlier is None or not earlier.wishes_no_parents):
            continue
        rows.append(add_wish_row(s, record.case.id, pupil, wish, user))
    return rows


def _name(record: CaseRecord, person_id: str) -> str:
    person = record.people.get(person_id)
    return person.full_name if person else ""


def pupil_statuses(record: CaseRecord, today: date) -> list[PupilWishStatus]:
    """Every pupil of the case with the latest wish, the history and today's verdict."""
    statuses = []
    for p in record.participants:
        if p.role not in PUPIL_ROLES:
            continue
        person = record.people.get(p.person_id)
        age = age_on(person.birth_date, today) if person and person.birth_date else None
        statuses.append(PupilWishStatus(
            p.id, _name(record, p.person_id), p.role, age, latest_wish(record, p.id),
            wish_history(record, p.id), parent_verdict(record, p.id, today)))
    return statuses


class PupilWishService(CaseWriteService):
    """Records the pupil's wish and its judgement; answers and enforces the 12+ rule."""

    def record(self, case_id: str, pupil_participant_id: str, wish: WishInput) -> str:
        """Record a new dated entry for the pupil (earlier entries stay as history).

        Raises:
            InvalidInputError("judged_by" / "judge_role" / "participant_role"): see check_wish,
            or the participant is not a pupil; NotFoundError; CaseClosedError.
        """
        check_wish(wish)
        with self._vs.unit() as s:
            writable_case(s, case_id)
            row = s.get(m.Participant, pupil_participant_id)
            if row is None or row.case_id != case_id:
                raise NotFoundError("participant", pupil_participant_id)
            if row.role not in PUPIL_ROLES:
                raise InvalidInputError("participant_role")
            wish_row = add_wish_row(s, case_id, pupil_participant_id, wish, self._vs.user)
            detail = wish_audit_detail(pupil_participant_id, wish)
            self._written(s, AuditAction.CREATE, f"parent_wish:{wish_row.id}", case_id, detail)
            return wish_row.id

    def statuses(self, case_id: str, today: date) -> list[PupilWishStatus]:
        """The case's pupils with their latest wish, history and today's verdict."""
        with self._vs.unit() as s:
            return pupil_statuses(load_record(s, case_id), today)

    def blocked(self, case_id: str, today: date) -> list[PupilWishStatus]:
        """The pupils whose parents may not be contacted today (empty: parent actions allowed)."""
        return [p for p in self.statuses(case_id, today) if p.verdict.blocked]

    def require_parents_allowed(
        self, case_id: str, today: date, pupil_participant_id: str | None = None
    ) -> None:
        """Refuse a parent action while a pupil's wish stands (every pupil, or the one given).

        Raises:
            RuleRefusedError: with the verdict's reason and the pupil as subject.
        """
        with self._vs.unit() as s:
            record = load_record(s, case_id)
        require_parents_allowed(record, today, pupil_participant_id)

    def override(self, case_id: str, pupil_participant_id: str, reason: str) -> str:
        """Involve the parents despite the wish, with a reason; audited as OVERRIDE."""
        return ApproachService(self._vs).override_parent_wish(
            case_id, pupil_participant_id, reason
        )


def require_parents_allowed(
    record: CaseRecord, today: date, pupil_participant_id: str | None = None
) -> None:
    """The 12+ rule for any action towards parents (letters, handouts, documents).

    Raises:
        RuleRefusedError: the first pupil whose wish stands, with the reason.
    """
    if pupil_participant_id is not None:
        pupils = [pupil_participant_id]
    else:
        pupils = list(dict.fromkeys(w.pupil_participant_id for w in record.parent_wishes))
    for pupil in pupils:
        verdict = parent_verdict(record, pupil, today)
        if verdict.blocked:
            raise RuleRefusedError((verdict.reason,), pupil)


__all__ = [
    "PUPIL_ROLES",
    "PupilWishService",
    "PupilWishStatus",
    "WishInput",
    "check_wish",
    "pupil_statuses",
    "require_parents_allowed",
    "wish_from_answers",
    "wishes_from_conversation",
]
