"""The records a finished conversation leaves: agreements, follow-ups, repair agreement, consent."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.entities import CaseRecord, SupportFigure
from ehbc_desktop.domain.enums import (
    ConversationKind,
    FollowUpKind,
    FollowUpOutcome,
    Role,
)
from ehbc_desktop.domain.planning import restorative_step3
from ehbc_desktop.domain.rules import repair_agreement_missing_parts
from ehbc_desktop.domain.stepplan import Step
from ehbc_desktop.formspec import Answers
from ehbc_desktop.formspec.typed_answers import Grid
from ehbc_desktop.services.errors import AgreementIncompleteError, InvalidInputError, NotFoundError
from ehbc_desktop.services.settings import SchoolSettings
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow

#: The step of the plan a conversation's next follow-up belongs to (a code, never text).
STEP_OF_KIND: dict[ConversationKind, Step] = {
    ConversationKind.VICTIM: Step.VICTIM_CONVERSATION,
    ConversationKind.BULLY: Step.INTERVENTION,
    ConversationKind.PARENTS_VICTIM: Step.PARENTS,
    ConversationKind.PARENTS_BULLY: Step.OTHER_PARENTS,
    ConversationKind.PARENTS_OTHER: Step.OTHER_PARENTS,
    ConversationKind.RESTORATIVE: Step.EVALUATION,
    ConversationKind.GROUP: Step.AFTERCARE,
    ConversationKind.FOLLOW_UP: Step.EVALUATION,
    ConversationKind.INVOLVED: Step.INVOLVED_CONVERSATION,
}
STEP3 = "restorative_step3"


def add_agreements(
    s: Session, case_id: str, conversation_id: str, answers: Answers
) -> list[m.Agreement]:
    """One Agreement per row of the `agreements` answer (rows were checked before)."""
    rows: list[m.Agreement] = []
    for item in answers.agreements():
        if item.by is None:
            continue  # an optional agreements field without rule: incomplete rows are skipped
        row = m.Agreement(
            case_id=case_id,
            who=item.who.strip(),
            what=item.what.strip(),
            due=item.by,
            conversation_id=conversation_id,
            status_note="",
        )
        s.add(row)
        rows.append(row)
    return rows


def new_follow_up(s: Session, case_id: str, on: date, kind: FollowUpKind, step: str) -> m.FollowUp:
    """A planned follow-up row (added to the unit of work)."""
    row = m.FollowUp(case_id=case_id, planned_on=on, kind=kind, step=step, with_whom="", note="")
    s.add(row)
    return row


def _bullies(record: CaseRecord, participant_ids: tuple[str, ...], grid: Grid) -> list[str]:
    roles = {p.id: p.role for p in record.participants}
    chosen = list(participant_ids) + list(grid)
    return list(dict.fromkeys(i for i in chosen if roles.get(i) is Role.BULLY))


def add_repair_agreement(
    s: Session,
    record: CaseRecord,
    conversation_id: str,
    participant_ids: tuple[str, ...],
    answers: Answers,
) -> m.RepairAgreement:
    """The repair agreement of a restorative conversation (all four parts required).

    Raises:
        AgreementIncompleteError: engagements, support figures, term or evaluation date missing.
    """
    engagements = [line.strip() for line in answers.text("engagements").splitlines()]
    engagements = [line for line in engagements if line]
    figures = [SupportFigure(f.name.strip(), f.role.strip()) for f in answers.figures()]
    term = answers.date("term")
    evaluation = answers.date("next_date")
    missing = repair_agreement_missing_parts(engagements, figures, term, evaluation)
    if missing or term is None or evaluation is None:
        raise AgreementIncompleteError(missing)
    row = m.RepairAgreement(
        case_id=record.case.id,
        bully_participant_ids=_bullies(record, participant_ids, answers.grid("round")),
        engagements=engagements,
        support_figures=[{"name": f.name, "role": f.role} for f in figures if f.name],
        term=term,
        evaluation_on=evaluation,
        conversation_id=conversation_id,
    )
    s.add(row)
    return row


def with_step3_defaults(answers: Answers, settings: SchoolSettings) -> Answers:
    """The answers with the step-3 dates the form left empty set to the school's default."""
    held_on = answers.date("held_on")
    if held_on is None:
        return answers
    bully, victim = restorative_step3(
        held_on, settings.restorative_follow_up_days, settings.holidays
    )
    planned = {"followup_bully_date": bully.planned_on, "followup_victim_date": victim.planned_on}
    return answers.with_dates(
        {ident: on for ident, on in planned.items() if answers.date(ident) is None}
    )


def add_step3_follow_ups(
    s: Session, case_id: str, held_on: date, answers: Answers, settings: SchoolSettings
) -> list[m.FollowUp]:
    """The two separate step-3 talks (bully, victim): the form's dates or the school's default."""
    bully, victim = restorative_step3(
        held_on, settings.restorative_follow_up_days, settings.holidays
    )
    bully_on = answers.date("followup_bully_date") or bully.planned_on
    victim_on = answers.date("followup_victim_date") or victim.planned_on
    return [
        new_follow_up(s, case_id, bully_on, FollowUpKind.RESTORATIVE_BULLY, STEP3),
        new_follow_up(s, case_id, victim_on, FollowUpKind.RESTORATIVE_VICTIM, STEP3),
    ]


def hold_follow_up(
    s: Session, case_id: str, follow_up_id: str | None, held_on: date, answers: Answers
) -> m.FollowUp:
    """Mark the planned follow-up held with the form's outcome (one is made if none is planned).

    Without `follow_up_id` the earliest unheld follow-up (not an observation reminder) is taken.

    Raises:
        NotFoundError("follow_up"): the id is not a follow-up of this case;
        InvalidInputError("follow_up"): it was held already.
    """
    if follow_up_id is not None:
        row = s.get(m.FollowUp, follow_up_id)
        if row is None or row.case_id != case_id:
            raise NotFoundError("follow_up", follow_up_id)
        if row.held_on is not None:
            raise InvalidInputError("follow_up")
    else:
        row = s.execute(
            select(m.FollowUp)
            .where(
                m.FollowUp.case_id == case_id,
                m.FollowUp.held_on.is_(None),
                m.FollowUp.kind != FollowUpKind.OBSERVATION,
            )
            .order_by(m.FollowUp.planned_on, m.FollowUp.id)
            .limit(1)
        ).scalar()
        if row is None:
            row = new_follow_up(s, case_id, held_on, FollowUpKind.GENERAL, Step.EVALUATION.value)
    row.held_on = held_on
    outcome = answers.member("outcome", FollowUpOutcome)
    if outcome is None:
        raise InvalidInputError("outcome")
    row.outcome = outcome
    row.note = answers.text("outcome_note")
    return row


def add_consents(
    s: Session, record: CaseRecord, participant_ids: tuple[str, ...], answers: Answers
) -> list[m.VictimConsent]:
    """The victim conversation's consent answer as a consent record per victim taking part."""
    answer = answers.flag("consent_approach_bully")
    if answer is None:
        return []
    victims = [p.id for p in record.participants if p.role is Role.VICTIM]
    present = [v for v in victims if v in participant_ids] or victims
    rows = [
        m.VictimConsent(
            case_id=record.case.id,
            recorded_at=utcnow(),
            victim_participant_id=victim,
            consents=answer,
            note="",
        )
        for victim in present
    ]
    s.add_all(rows)
    return rows
