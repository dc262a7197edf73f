"""Finishing a conversation wizard: check the rules, freeze the answers, leave the records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.entities import Amendment, Answer, CaseRecord, Conversation
from ehbc_desktop.domain.enums import (
    AuditAction,
    ConversationKind,
    FollowUpKind,
    GroupMethod,
    Role,
)
from ehbc_desktop.domain.group_methods import SEQUENCES, STAGE_FORMS, group_method_of
from ehbc_desktop.domain.rules import EscalationAdvice, escalation_advice
from ehbc_desktop.formspec import Answers, FormSpec, freeze_answers
from ehbc_desktop.services.case.casewrite import (
    CaseWriteService,
    get_row,
    load_record,
    writable_case,
)
from ehbc_desktop.services.conversations import conversation_records as records
from ehbc_desktop.services.conversations.conversation_rules import (
    check_finish,
    check_start,
    conversation_participants,
)
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.services.form_answers import AnswersIn, typed_answers
from ehbc_desktop.services.rights.pupil_wish import wishes_from_conversation
from ehbc_desktop.services.settings import load_settings
from ehbc_desktop.services.steps.drafts import delete_draft_rows
from ehbc_desktop.store import mapping
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow


@dataclass(frozen=True)
class FinishedConversation:
    """What finishing a conversation stored."""

    conversation_id: str
    agreement_ids: tuple[str, ...] = ()
    follow_up_ids: tuple[str, ...] = ()  # newly planned follow-ups
    repair_agreement_id: str | None = None
    held_follow_up_id: str | None = None  # the follow-up marked held (follow_up form)
    consent_ids: tuple[str, ...] = ()
    wish_ids: tuple[str, ...] = ()  # the pupil's wish about the parents, as the form recorded it


@dataclass(frozen=True)
class FinishOutcome:
    """What finishing a conversation left, the case as it is now, and (for a follow-up) the
    method's advice after this evaluation."""

    finished: FinishedConversation
    record: CaseRecord
    advice: EscalationAdvice | None


@dataclass(frozen=True)
class ConversationDetail:
    """A stored conversation with its dated amendments, oldest first."""

    conversation: Conversation
    amendments: tuple[Amendment, ...] = field(default=())


def _answer_json(answer: Answer) -> dict[str, str]:
    return {"field_id": answer.field_id, "question": answer.question, "value": answer.value}


def _names(record: CaseRecord) -> dict[str, str]:
    return {
        p.id: record.people[p.person_id].full_name
        for p in record.participants
        if p.person_id in record.people
    }


#: Whose wish about the parents a conversation of this kind records (victim, bully form).
_WISH_ROLE = {ConversationKind.VICTIM: Role.VICTIM, ConversationKind.BULLY: Role.BULLY}


class ConversationService(CaseWriteService):
    """Conversations through forms; a finished conversation is read-only (amendments add)."""

    def check_start(
        self,
        case_id: str,
        spec: FormSpec,
        day: date,
        pupil_participant_id: str | None = None,
    ) -> None:
        """Whether the wizard may start this form today (victim's consent, the 12+ rule).

        Raises:
            RuleRefusedError: with the domain's reason codes; NotFoundError.
        """
        with self._vs.unit() as s:
            check_start(spec, load_record(s, case_id), day, (), pupil_participant_id)

    def finish(
        self,
        case_id: str,
        spec: FormSpec,
        values: AnswersIn,
        *,
        lang: str = "nl",
        pupil_participant_id: str | None = None,
        follow_up_id: str | None = None,
    ) -> FinishedConversation:
        """Store a finished conversation and every record it leaves; the draft is deleted.

        Args:
            case_id: The case.
            spec: The conversation form the answers were given on.
            values: The answers (typed, or raw by field id and parsed here; `held_on`,
                `participants`, `agreements`, `next_date` are read into the records as well).
            lang: The language the questions were asked in (kept with the answers).
            pupil_participant_id: The pupil whose parents a parent conversation is about (the
                kind and the parents taking part name the others).
            follow_up_id: For the follow_up form, the planned follow-up that was held.

        A restorative conversation without step-3 dates gets the school's default interval;
        its `next_date` is the evaluation meeting of the repair agreement.

        Raises:
            InvalidInputError("form"): not a conversation form; RuleRefusedError,
            GridIncompleteError, AgreementIncompleteError, AnswersInvalidError,
            InvalidInputError("next_date"), NotFoundError, CaseClosedError.
        """
        with self._vs.unit() as s:
            return self._finish(s, case_id, spec, values, lang, pupil_participant_id, follow_up_id)

    def finish_and_read(
        self,
        case_id: str,
        spec: FormSpec,
        values: AnswersIn,
        *,
        lang: str = "nl",
        pupil_participant_id: str | None = None,
        follow_up_id: str | None = None,
    ) -> FinishOutcome:
        """`finish`, then the case as it is now and, after a follow-up, the escalation advice.

        One unit of work: the teacher's "Finish" is one transaction (the read is audited as a
        VIEW of the case). Raises what `finish` raises.
        """
        with self._vs.unit() as s:
            result = self._finish(s, case_id, spec, values, lang, pupil_participant_id,
                                  follow_up_id)  # fmt: skip
            s.flush()
            record = load_record(s, case_id)
            self._audit(s, AuditAction.VIEW, f"case:{case_id}", case_id)
            advice = None
            if spec.conversation_kind is ConversationKind.FOLLOW_UP:
                advice = escalation_advice(record)
            return FinishOutcome(result, record, advice)

    def _finish(  # noqa: PLR0917 - the arguments of finish()
        self,
        s: Session,
        case_id: str,
        spec: FormSpec,
        values: AnswersIn,
        lang: str,
        pupil_participant_id: str | None,
        follow_up_id: str | None,
    ) -> FinishedConversation:
        kind = spec.conversation_kind
        if kind is None:
            raise InvalidInputError("form")
        writable_case(s, case_id)
        record = load_record(s, case_id)
        answers = typed_answers(spec, values)
        if kind is ConversationKind.RESTORATIVE:
            answers = records.with_step3_defaults(answers, load_settings(s))
        check_finish(spec, record, answers, pupil_participant_id)
        row = self._conversation_row(s, record, spec, kind, answers, lang)
        result = self._dependent_records(s, record, row, kind, answers, follow_up_id)
        delete_draft_rows(s, case_id, spec.id)
        self._audit_finish(s, case_id, spec, result)
        return result

    def _conversation_row(  # noqa: PLR0917 - internal step of finish()
        self,
        s: Session,
        record: CaseRecord,
        spec: FormSpec,
        kind: ConversationKind,
        answers: Answers,
        lang: str,
    ) -> m.Conversation:
        frozen = freeze_answers(spec, answers, lang, _names(record))
        method = answers.choice("method") if kind is ConversationKind.GROUP else None
        if kind is ConversationKind.GROUP and not method and spec.id in STAGE_FORMS:
            # A stage of a group method's sequence: the chosen method when it has this stage
            # (No Blame and the support-group method share theirs), else the form's own.
            chosen = group_method_of(record)
            stages = {st.form_id for st in SEQUENCES[chosen]} if chosen else set()
            method = (chosen if chosen and spec.id in stages else STAGE_FORMS[spec.id]).value
        row = m.Conversation(
            case_id=record.case.id,
            kind=kind,
            form_id=spec.id,
            form_version=spec.version,
            held_on=answers.date("held_on") or utcnow().date(),
            participant_ids=list(conversation_participants(record, answers)),
            answers=[_answer_json(a) for a in frozen],
            finished=True,
            next_date=answers.date("next_date"),
            summary="",
            group_method=GroupMethod(method) if method else None,
        )
        s.add(row)
        s.flush()
        return row

    def _dependent_records(  # noqa: PLR0917 - internal step of finish()
        self,
        s: Session,
        record: CaseRecord,
        conv: m.Conversation,
        kind: ConversationKind,
        answers: Answers,
        follow_up_id: str | None,
    ) -> FinishedConversation:
        case_id = record.case.id
        participants = tuple(str(p) for p in conv.participant_ids)
        agreements = records.add_agreements(s, case_id, conv.id, answers)
        planned: list[m.FollowUp] = []
        repair: m.RepairAgreement | None = None
        held: m.FollowUp | None = None
        if kind is ConversationKind.RESTORATIVE:
            repair = records.add_repair_agreement(s, record, conv.id, participants, answers)
            planned += records.add_step3_follow_ups(
                s, case_id, conv.held_on, answers, load_settings(s)
            )
        if kind is ConversationKind.FOLLOW_UP:
            held = records.hold_follow_up(s, case_id, follow_up_id, conv.held_on, answers)
        consents = records.add_consents(s, record, participants, answers)
        wishes = []
        if kind in _WISH_ROLE:
            wishes = wishes_from_conversation(
                s, record, _WISH_ROLE[kind], participant_ids=participants, answers=answers,
                user=self._vs.user,
            )
        if conv.next_date is not None:
            fu_kind = FollowUpKind.GROUP if kind is ConversationKind.GROUP else FollowUpKind.GENERAL
            step = records.STEP_OF_KIND[kind].value
            planned.append(records.new_follow_up(s, case_id, conv.next_date, fu_kind, step))
        s.flush()
        return FinishedConversation(
            conversation_id=conv.id,
            agreement_ids=tuple(a.id for a in agreements),
            follow_up_ids=tuple(f.id for f in planned),
            repair_agreement_id=repair.id if repair else None,
            held_follow_up_id=held.id if held else None,
            consent_ids=tuple(c.id for c in consents),
            wish_ids=tuple(w.id for w in wishes),
        )

    def _audit_finish(
        self, s: Session, case_id: str, spec: FormSpec, result: FinishedConversation
    ) -> None:
        cid = result.conversation_id
        for ident in result.agreement_ids:
            self._audit(s, AuditAction.CREATE, f"agreement:{ident}", case_id, f"conversation={cid}")
        for ident in result.follow_up_ids:
            self._audit(s, AuditAction.CREATE, f"follow_up:{ident}", case_id, f"conversation={cid}")
        if result.held_follow_up_id:
            target = f"follow_up:{result.held_follow_up_id}"
            self._audit(s, AuditAction.EDIT, target, case_id, f"held;conversation={cid}")
        if result.repair_agreement_id:
            target = f"repair_agreement:{result.repair_agreement_id}"
            self._audit(s, AuditAction.CREATE, target, case_id, f"conversation={cid}")
        for ident in result.consent_ids:
            self._audit(s, AuditAction.CREATE, f"consent:{ident}", case_id, f"conversation={cid}")
        for ident in result.wish_ids:
            target = f"parent_wish:{ident}"
            self._audit(s, AuditAction.CREATE, target, case_id, f"conversation={cid}")
        detail = f"form={spec.id};version={spec.version};kind={spec.kind}"
        self._written(s, AuditAction.CREATE, f"conversation:{cid}", case_id, detail)

    def add_amendment(self, conversation_id: str, text: str) -> str:
        """Add a dated amendment to a finished conversation; the original stays as it was.

        Raises:
            InvalidInputError("text"): blank text; InvalidInputError("conversation"): not
            finished; NotFoundError, CaseClosedError.
        """
        if not text.strip():
            raise InvalidInputError("text")
        with self._vs.unit() as s:
            conv = get_row(s, m.Conversation, conversation_id, "conversation")
            if not conv.finished:
                raise InvalidInputError("conversation")
            writable_case(s, conv.case_id)
            row = m.Amendment(conversation_id=conv.id, text=text, written_by=self._vs.user)
            s.add(row)
            s.flush()
            detail = f"conversation={conv.id}"
            self._written(s, AuditAction.CREATE, f"amendment:{row.id}", conv.case_id, detail)
            return row.id

    def get(self, conversation_id: str) -> ConversationDetail:
        """The conversation as stored, with its amendments (audited as VIEW)."""
        with self._vs.unit() as s:
            conv = get_row(s, m.Conversation, conversation_id, "conversation")
            amendments = s.execute(
                select(m.Amendment)
                .where(m.Amendment.conversation_id == conversation_id)
                .order_by(m.Amendment.written_at, m.Amendment.id)
            ).scalars()
            detail = ConversationDetail(
                mapping.to_record(Conversation, conv),
                tuple(mapping.to_record(Amendment, a) for a in amendments),
            )
            self._audit(s, AuditAction.VIEW, f"conversation:{conv.id}", conv.case_id)
            return detail


__all__ = ["ConversationDetail", "ConversationService", "FinishedConversation"]
