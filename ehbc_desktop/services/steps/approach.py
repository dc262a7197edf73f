"""The victim's consent, the 12+ parent wish and its override, and the choice of approach."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    ApproachReason,
    AuditAction,
    GroupMethod,
    Role,
)
from ehbc_desktop.domain.recommendation import Recommendation, recommend
from ehbc_desktop.domain.rules import (
    EscalationAdvice,
    ParentVerdict,
    RuleVerdict,
    bully_contact_verdict,
    escalation_advice,
    override_reason_valid,
    parent_verdict,
)
from ehbc_desktop.services.case.casewrite import (
    CaseWriteService,
    get_row,
    load_record,
    writable_case,
)
from ehbc_desktop.services.errors import (
    InvalidInputError,
    NotFoundError,
    OverrideReasonRequiredError,
)
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow


@dataclass(frozen=True)
class DecisionResult:
    """A stored choice and the recommendation that was shown next to it."""

    decision_id: str
    recommendation: Recommendation
    follows_recommendation: bool


def _participant(s: Session, case_id: str, participant_id: str, *roles: Role) -> m.Participant:
    row = s.get(m.Participant, participant_id)
    if row is None or row.case_id != case_id:
        raise NotFoundError("participant", participant_id)
    if roles and row.role not in roles:
        raise InvalidInputError("participant_role")
    return row


class ApproachService(CaseWriteService):
    """Consent, the parents' involvement and the choice moment of a case."""

    def record_consent(
        self, case_id: str, victim_participant_id: str, consents: bool, note: str = ""
    ) -> str:
        """Record the victim's consent (or refusal) to approach the bully; the latest counts.

        Raises:
            NotFoundError: no such case or victim in it; InvalidInputError: not a victim;
            CaseClosedError.
        """
        with self._vs.unit() as s:
            writable_case(s, case_id)
            _participant(s, case_id, victim_participant_id, Role.VICTIM)
            row = m.VictimConsent(
                case_id=case_id,
                recorded_at=utcnow(),
                victim_participant_id=victim_participant_id,
                consents=consents,
                note=note,
            )
            s.add(row)
            s.flush()
            detail = f"victim={victim_participant_id};consents={int(consents)}"
            self._written(s, AuditAction.CREATE, f"consent:{row.id}", case_id, detail)
            return row.id

    def withdraw_consent(self, case_id: str, victim_participant_id: str, note: str = "") -> str:
        """Record that the victim withdraws an earlier consent (a new refusing record)."""
        return self.record_consent(case_id, victim_participant_id, False, note)

    def consent_verdict(
        self, case_id: str, victim_participant_id: str | None = None
    ) -> RuleVerdict:
        """Whether the bully may be approached now (every victim, or the one given)."""
        with self._vs.unit() as s:
            return bully_contact_verdict(load_record(s, case_id), victim_participant_id)

    def record_parent_wish(
        self,
        case_id: str,
        pupil_participant_id: str,
        wishes_no_parents: bool,
        *,
        judged_competent: bool,
        judged_by: str,
        judged_on: date,
    ) -> str:
        """Record a pupil's wish about involving the parents and who judged competence, when.

        Raises:
            InvalidInputError("judged_by"): a wish to keep parents out without a judge;
            NotFoundError, CaseClosedError.
        """
        if wishes_no_parents and not judged_by.strip():
            raise InvalidInputError("judged_by")
        with self._vs.unit() as s:
            writable_case(s, case_id)
            _participant(s, case_id, pupil_participant_id)
            row = m.ParentInvolvementWish(
                case_id=case_id,
                pupil_participant_id=pupil_participant_id,
                recorded_at=utcnow(),
                wishes_no_parents=wishes_no_parents,
                judged_competent=judged_competent,
                judged_by=judged_by.strip(),
                judged_on=judged_on,
            )
            s.add(row)
            s.flush()
            detail = (
                f"pupil={pupil_participant_id};no_parents={int(wishes_no_parents)};"
                f"competent={int(judged_competent)}"
            )
            self._written(s, AuditAction.CREATE, f"parent_wish:{row.id}", case_id, detail)
            return row.id

    def withdraw_parent_wish(self, wish_id: str) -> None:
        """The pupil withdraws the wish: parents may be involved again (the wish stays logged)."""
        with self._vs.unit() as s:
            row = get_row(s, m.ParentInvolvementWish, wish_id, "parent_wish")
            writable_case(s, row.case_id)
            if row.withdrawn_at is None:
                row.withdrawn_at = utcnow()
            self._written(s, AuditAction.EDIT, f"parent_wish:{row.id}", row.case_id, "withdrawn")

    def override_parent_wish(self, case_id: str, pupil_participant_id: str, reason: str) -> str:
        """Involve the parents despite the pupil's standing wish; logged as OVERRIDE.

        Raises:
            OverrideReasonRequiredError("parents"): blank reason; NotFoundError, CaseClosedError.
        """
        if not override_reason_valid(reason):
            raise OverrideReasonRequiredError("parents")
        with self._vs.unit() as s:
            writable_case(s, case_id)
            _participant(s, case_id, pupil_participant_id)
            row = m.ParentOverride(
                case_id=case_id,
                pupil_participant_id=pupil_participant_id,
                recorded_at=utcnow(),
                reason=reason.strip(),
                recorded_by=self._vs.user,
            )
            s.add(row)
            s.flush()
            detail = f"pupil={pupil_participant_id}"
            self._written(s, AuditAction.OVERRIDE, f"parent_override:{row.id}", case_id, detail)
            return row.id

    def parent_verdict(self, case_id: str, pupil_participant_id: str, today: date) -> ParentVerdict:
        """Whether contact with this pupil's parents is blocked today, and why."""
        with self._vs.unit() as s:
            return parent_verdict(load_record(s, case_id), pupil_participant_id, today)

    @staticmethod
    def recommendation(reasons: Sequence[ApproachReason]) -> Recommendation:
        """The recommended approach for the ticked reasons (nothing is stored)."""
        return recommend(reasons)

    def decide_approach(
        self,
        case_id: str,
        reasons: Sequence[ApproachReason],
        choice: ApproachChoice,
        motivation: str = "",
        group_method: GroupMethod | None = None,
        *,
        decided_at: datetime | None = None,
    ) -> DecisionResult:
        """Store the teacher's choice next to the recommendation for the ticked reasons.

        `decided_at` (aware UTC; default now) lets a choice made earlier be recorded afterwards:
        only follow-ups held after the decision day evaluate it.

        Raises:
            InvalidInputError("group_method"): a group approach without a method, or a method
            with an individual approach; NotFoundError, CaseClosedError.
        """
        group = choice is ApproachChoice.NON_CONFRONTATIONAL_GROUP
        if group != (group_method is not None):
            raise InvalidInputError("group_method")
        advice = recommend(reasons)
        ordered = [r.value for r in ApproachReason if r in set(reasons)]
        with self._vs.unit() as s:
            writable_case(s, case_id)
            row = m.ApproachDecision(
                case_id=case_id,
                decided_at=decided_at or utcnow(),
                reasons=ordered,
                recommended=advice.choice,
                choice=choice,
                motivation=motivation,
                group_method=group_method,
            )
            s.add(row)
            s.flush()
            follows = advice.choice is choice
            detail = f"choice={choice};recommended={advice.choice or ''}"
            self._written(s, AuditAction.CREATE, f"approach:{row.id}", case_id, detail)
            return DecisionResult(row.id, advice, follows)

    def escalation_advice(self, case_id: str) -> EscalationAdvice:
        """What the method proposes after the latest evaluation of the current approach."""
        with self._vs.unit() as s:
            return escalation_advice(load_record(s, case_id))
