"""Loads everything recorded for one case into a domain.entities.CaseRecord."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ehbc_desktop.domain.entities import Amendment, CaseRecord
from ehbc_desktop.store import mapping
from ehbc_desktop.store import models as m


class CaseNotFoundError(LookupError):
    """No case with this id exists in the vault."""


T = TypeVar("T")


def _rows(
    session: Session,
    model: type[Any],
    case_id: str,
    convert: Callable[[Any], T],
    order: Sequence[InstrumentedAttribute[Any]] = (),
) -> tuple[T, ...]:
    stmt = select(model).where(model.case_id == case_id).order_by(*order, model.id)
    return tuple(convert(row) for row in session.execute(stmt).scalars())


def load_case_record(session: Session, case_id: str) -> CaseRecord:
    """Everything recorded for the case, oldest first where order matters.

    Raises:
        CaseNotFoundError: when the case does not exist.
    """
    case = session.get(m.Case, case_id)
    if case is None:
        raise CaseNotFoundError(case_id)
    participants = _rows(
        session, m.Participant, case_id, mapping.participant, (m.Participant.position,)
    )
    person_ids = {p.person_id for p in participants}
    people = (
        {
            row.id: mapping.person(row)
            for row in session.execute(
                select(m.Person).where(m.Person.id.in_(person_ids))
            ).scalars()
        }
        if person_ids
        else {}
    )
    report = session.execute(select(m.Report).where(m.Report.case_id == case_id)).scalar()
    return CaseRecord(
        case=mapping.case(case),
        people=people,
        participants=participants,
        report=mapping.report(report) if report else None,
        triages=_rows(session, m.Triage, case_id, mapping.triage, (m.Triage.decided_at,)),
        severities=_rows(
            session,
            m.SeverityAssessment,
            case_id,
            mapping.severity,
            (m.SeverityAssessment.assessed_at,),
        ),
        care_team=_rows(
            session,
            m.CareTeamConsultation,
            case_id,
            mapping.care_team,
            (m.CareTeamConsultation.held_on,),
        ),
        external=_rows(session, m.ExternalContact, case_id, mapping.external),
        consents=_rows(
            session, m.VictimConsent, case_id, mapping.consent, (m.VictimConsent.recorded_at,)
        ),
        parent_wishes=_rows(
            session,
            m.ParentInvolvementWish,
            case_id,
            mapping.parent_wish,
            (m.ParentInvolvementWish.recorded_at,),
        ),
        parent_overrides=_rows(
            session,
            m.ParentOverride,
            case_id,
            mapping.parent_override,
            (m.ParentOverride.recorded_at,),
        ),
        approach_decisions=_rows(
            session,
            m.ApproachDecision,
            case_id,
            mapping.approach_decision,
            (m.ApproachDecision.decided_at,),
        ),
        conversations=_rows(
            session, m.Conversation, case_id, mapping.conversation, (m.Conversation.held_on,)
        ),
        agreements=_rows(session, m.Agreement, case_id, mapping.agreement, (m.Agreement.due,)),
        repair_agreements=_rows(session, m.RepairAgreement, case_id, mapping.repair_agreement),
        follow_ups=_rows(session, m.FollowUp, case_id, mapping.follow_up, (m.FollowUp.planned_on,)),
        observations=_rows(
            session, m.Observation, case_id, mapping.observation, (m.Observation.observed_on,)
        ),
        evidence=_rows(session, m.EvidenceItem, case_id, mapping.evidence),
        notes=_rows(session, m.CaseNote, case_id, mapping.note, (m.CaseNote.written_at,)),
    )


def load_amendments(session: Session, case_id: str) -> tuple[Amendment, ...]:
    """The amendments of the case's conversations, oldest first (not part of CaseRecord)."""
    stmt = (
        select(m.Amendment)
        .join(m.Conversation)
        .where(m.Conversation.case_id == case_id)
        .order_by(m.Amendment.written_at)
    )
    return tuple(mapping.amendment(row) for row in session.execute(stmt).scalars())
