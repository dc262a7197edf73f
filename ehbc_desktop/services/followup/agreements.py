"""Agreements (who, what, by when) of one case or all cases, and the repair agreement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.entities import Agreement, SupportFigure
from ehbc_desktop.domain.enums import AgreementStatus, AuditAction, CaseStatus, ConversationKind
from ehbc_desktop.domain.rules import (
    AgreementStanding,
    agreement_missing_parts,
    agreement_standing,
    is_overdue,
    repair_agreement_missing_parts,
)
from ehbc_desktop.services.case.casewrite import CaseWriteService, get_row, writable_case
from ehbc_desktop.services.errors import AgreementIncompleteError, NotFoundError
from ehbc_desktop.store import mapping
from ehbc_desktop.store import models as m
from ehbc_desktop.store.queries import first_victim_name


@dataclass(frozen=True)
class AgreementView:
    """One agreement with its case, the conversation it was made in and how it stands today."""

    id: str
    case_id: str
    reference: str
    pupil: str  # the case's first victim (display name; for the screen only)
    who: str
    what: str
    due: date
    status: AgreementStatus
    standing: AgreementStanding
    overdue: bool
    conversation_id: str | None
    conversation_kind: ConversationKind | None
    conversation_held_on: date | None
    status_changed_on: date | None
    status_note: str


def _views(
    s: Session, conditions: Sequence[ColumnElement[bool]], today: date
) -> list[AgreementView]:
    stmt = (
        select(
            m.Agreement,
            m.Case.reference,
            first_victim_name(),
            m.Conversation.kind,
            m.Conversation.held_on,
        )
        .join(m.Case, m.Case.id == m.Agreement.case_id)
        .outerjoin(m.Conversation, m.Conversation.id == m.Agreement.conversation_id)
        .where(*conditions)
        .order_by(m.Agreement.due, m.Case.reference, m.Agreement.id)
    )
    views: list[AgreementView] = []
    for row, reference, pupil, kind, held_on in s.execute(stmt):
        item = mapping.to_record(Agreement, row)
        views.append(
            AgreementView(
                item.id,
                item.case_id,
                reference,
                pupil or "",
                item.who,
                item.what,
                item.due,
                item.status,
                agreement_standing(item, today),
                is_overdue(item, today),
                item.conversation_id,
                kind,
                held_on,
                item.status_changed_on,
                item.status_note,
            )
        )
    return views


class AgreementService(CaseWriteService):
    """Lists and settles agreements; drafts and signs repair agreements."""

    def for_case(self, case_id: str, today: date) -> list[AgreementView]:
        """Every agreement of the case, earliest due first."""
        with self._vs.unit() as s:
            return _views(s, [m.Agreement.case_id == case_id], today)

    def across_cases(
        self,
        today: date,
        statuses: set[AgreementStatus] | None = None,
        include_closed_cases: bool = False,
    ) -> list[AgreementView]:
        """The agreements of every case (not closed ones unless asked), earliest due first."""
        conditions: list[ColumnElement[bool]] = []
        if statuses:
            conditions.append(m.Agreement.status.in_(sorted(statuses)))
        if not include_closed_cases:
            conditions.append(m.Case.status != CaseStatus.CLOSED)
        with self._vs.unit() as s:
            return _views(s, conditions, today)

    def add(
        self,
        case_id: str,
        who: str,
        what: str,
        due: date | None,
        conversation_id: str | None = None,
    ) -> str:
        """Record an agreement outside a conversation form; returns its id.

        Raises:
            AgreementIncompleteError: who, what or due missing; NotFoundError, CaseClosedError.
        """
        missing = agreement_missing_parts(who, what, due)
        if missing or due is None:
            raise AgreementIncompleteError(missing)
        with self._vs.unit() as s:
            writable_case(s, case_id)
            row = m.Agreement(
                case_id=case_id,
                who=who.strip(),
                what=what.strip(),
                due=due,
                conversation_id=conversation_id,
                status_note="",
            )
            s.add(row)
            s.flush()
            self._written(s, AuditAction.CREATE, f"agreement:{row.id}", case_id)
            return row.id

    def set_status(
        self, agreement_id: str, status: AgreementStatus, on: date, note: str = ""
    ) -> None:
        """Settle (or reopen) an agreement on a day, with an optional note.

        Raises:
            NotFoundError, CaseClosedError.
        """
        with self._vs.unit() as s:
            row = get_row(s, m.Agreement, agreement_id, "agreement")
            writable_case(s, row.case_id)
            row.status = status
            row.status_changed_on = on
            row.status_note = note
            target = f"agreement:{row.id}"
            self._written(s, AuditAction.EDIT, target, row.case_id, f"status={status}")

    def draft_repair_agreement(
        self,
        case_id: str,
        bully_participant_ids: Sequence[str],
        engagements: Sequence[str],
        *,
        support_figures: Sequence[SupportFigure],
        term: date | None,
        evaluation_on: date | None,
        conversation_id: str | None = None,
    ) -> str:
        """Draft a repair agreement, also outside a restorative conversation; returns its id.

        Raises:
            AgreementIncompleteError: engagements, support figures, term or evaluation date
            missing; NotFoundError (case or bully participant), CaseClosedError.
        """
        lines = [e.strip() for e in engagements if e.strip()]
        figures = [f for f in support_figures if f.name.strip()]
        missing = repair_agreement_missing_parts(lines, figures, term, evaluation_on)
        if missing or term is None or evaluation_on is None:
            raise AgreementIncompleteError(missing)
        with self._vs.unit() as s:
            writable_case(s, case_id)
            for ident in bully_participant_ids:
                participant = s.get(m.Participant, ident)
                if participant is None or participant.case_id != case_id:
                    raise NotFoundError("participant", ident)
            row = m.RepairAgreement(
                case_id=case_id,
                bully_participant_ids=list(bully_participant_ids),
                engagements=lines,
                support_figures=[{"name": f.name.strip(), "role": f.role.strip()} for f in figures],
                term=term,
                evaluation_on=evaluation_on,
                conversation_id=conversation_id,
            )
            s.add(row)
            s.flush()
            self._written(s, AuditAction.CREATE, f"repair_agreement:{row.id}", case_id)
            return row.id

    def mark_repair_signed(self, repair_agreement_id: str, signed_on: date) -> None:
        """Record the day the repair agreement was signed.

        Raises:
            NotFoundError, CaseClosedError.
        """
        with self._vs.unit() as s:
            row = get_row(s, m.RepairAgreement, repair_agreement_id, "repair_agreement")
            writable_case(s, row.case_id)
            row.signed_on = signed_on
            target = f"repair_agreement:{row.id}"
            self._written(s, AuditAction.EDIT, target, row.case_id, "signed")
