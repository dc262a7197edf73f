"""The 12+ parent rule: a competent pupil from 12 may keep their parents out (DOMAIN 2.5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ehbc_desktop.domain.entities import (
    CaseRecord,
    ParentInvolvementWish,
    ParentOverride,
)
from ehbc_desktop.domain.enums import Competence, ConversationKind, Role
from ehbc_desktop.domain.rules.reasons import RuleReason

PARENT_RULE_AGE = 12


@dataclass(frozen=True, slots=True)
class ParentVerdict:
    """Whether contact with one pupil's parents is blocked, why, and what lifted a block."""

    pupil_participant_id: str
    blocked: bool
    reason: RuleReason
    wish_id: str | None = None  # the wish that was considered, if any
    override_id: str | None = None  # the override that lifted the block, if any

    @property
    def allowed(self) -> bool:
        """Contact with the parents (conversations, letters) is allowed."""
        return not self.blocked


def age_on(birth_date: date, day: date) -> int:
    """Age in whole years on ``day`` (a birthday on 29 February counts from 1 March).

    Args:
        birth_date: Date of birth.
        day: The day on which the age is asked.

    Returns:
        Completed years; negative ages are reported as 0.
    """
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return max(years, 0)


def override_reason_valid(reason: str) -> bool:
    """An override of the pupil's wish needs a reason that is more than whitespace."""
    return bool(reason.strip())


def _latest_wish(record: CaseRecord, pupil_id: str) -> ParentInvolvementWish | None:
    latest: ParentInvolvementWish | None = None
    for wish in record.parent_wishes:
        if wish.pupil_participant_id == pupil_id and (
            latest is None or wish.recorded_at >= latest.recorded_at
        ):
            latest = wish
    return latest


def _lifting_override(
    record: CaseRecord, pupil_id: str, wish: ParentInvolvementWish
) -> ParentOverride | None:
    found: ParentOverride | None = None
    for override in record.parent_overrides:
        if (
            override.pupil_participant_id == pupil_id
            and override.recorded_at > wish.recorded_at
            and override_reason_valid(override.reason)
            and (found is None or override.recorded_at >= found.recorded_at)
        ):
            found = override
    return found


def _pupil_age(record: CaseRecord, pupil_id: str, today: date) -> int | None:
    for participant in record.participants:
        if participant.id == pupil_id:
            person = record.people.get(participant.person_id)
            if person is None or person.birth_date is None:
                return None
            return age_on(person.birth_date, today)
    return None


def parent_verdict(record: CaseRecord, pupil_participant_id: str, today: date) -> ParentVerdict:
    """Whether conversations with and letters to this pupil's parents are blocked today.

    The latest wish of the pupil counts. In order:
    no wish, or the latest says parents may be involved -> PARENTS_NO_WISH;
    the wish was withdrawn -> PARENTS_WISH_WITHDRAWN;
    the pupil is under 12 today (by birth date) -> PARENTS_UNDER_12 (parents are informed);
    the pupil was judged not competent -> PARENTS_NOT_COMPETENT;
    an override with a reason was recorded after the wish -> PARENTS_OVERRIDDEN;
    nobody judged the pupil's competence yet -> blocked with PARENTS_NOT_YET_JUDGED (telling the
    parents can not be undone, waiting for the judgement can);
    otherwise blocked with PARENTS_WISH_STANDS. An unknown birth date does not lift the wish:
    the competence judgement then decides.

    Args:
        record: The case.
        pupil_participant_id: The participant id of the pupil (not of a parent).
        today: The day of the contact.

    Returns:
        The verdict with the wish and the override that were considered.
    """
    wish = _latest_wish(record, pupil_participant_id)
    if wish is None or not wish.wishes_no_parents:
        return ParentVerdict(
            pupil_participant_id, False, RuleReason.PARENTS_NO_WISH, wish.id if wish else None
        )
    if wish.withdrawn_at is not None:
        return ParentVerdict(
            pupil_participant_id, False, RuleReason.PARENTS_WISH_WITHDRAWN, wish.id
        )
    age = _pupil_age(record, pupil_participant_id, today)
    if age is not None and age < PARENT_RULE_AGE:
        return ParentVerdict(pupil_participant_id, False, RuleReason.PARENTS_UNDER_12, wish.id)
    competence = wish.effective_competence
    if competence is Competence.NOT_COMPETENT:
        return ParentVerdict(pupil_participant_id, False, RuleReason.PARENTS_NOT_COMPETENT, wish.id)
    override = _lifting_override(record, pupil_participant_id, wish)
    if override is not None:
        return ParentVerdict(
            pupil_participant_id, False, RuleReason.PARENTS_OVERRIDDEN, wish.id, override.id
        )
    standing = (
        RuleReason.PARENTS_NOT_YET_JUDGED
        if competence is Competence.NOT_JUDGED
        else RuleReason.PARENTS_WISH_STANDS
    )
    return ParentVerdict(pupil_participant_id, True, standing, wish.id)


def latest_wish(record: CaseRecord, pupil_participant_id: str) -> ParentInvolvementWish | None:
    """The pupil's latest recorded wish about the parents (None when nothing was recorded)."""
    return _latest_wish(record, pupil_participant_id)


def wish_history(
    record: CaseRecord, pupil_participant_id: str
) -> tuple[ParentInvolvementWish, ...]:
    """Every recorded wish of this pupil, oldest first (changes are new dated entries)."""
    found = [w for w in record.parent_wishes if w.pupil_participant_id == pupil_participant_id]
    return tuple(sorted(found, key=lambda w: (w.recorded_at, w.id)))


def blocked_pupils(record: CaseRecord, today: date) -> tuple[ParentVerdict, ...]:
    """The verdicts of every pupil of the case whose parents may not be contacted today."""
    pupils = dict.fromkeys(w.pupil_participant_id for w in record.parent_wishes)
    verdicts = (parent_verdict(record, pupil, today) for pupil in pupils)
    return tuple(v for v in verdicts if v.blocked)


_PUPIL_ROLE_OF_KIND = {
    ConversationKind.PARENTS_VICTIM: Role.VICTIM,
    ConversationKind.PARENTS_BULLY: Role.BULLY,
}


def parent_verdicts_for_kind(
    record: CaseRecord, kind: ConversationKind, today: date
) -> tuple[ParentVerdict, ...]:
    """The verdicts for every pupil whose parents a parent conversation of ``kind`` concerns.

    PARENTS_VICTIM concerns the victims, PARENTS_BULLY the bullies; any other kind concerns no
    pupil by role (the user picks the pupil; use ``parent_verdict`` for that one).

    Args:
        record: The case.
        kind: The kind of conversation.
        today: The day of the contact.

    Returns:
        One verdict per pupil of the matching role, in participant order.
    """
    role = _PUPIL_ROLE_OF_KIND.get(kind)
    if role is None:
        return ()
    return tuple(parent_verdict(record, p.id, today) for p in record.participants if p.role is role)
