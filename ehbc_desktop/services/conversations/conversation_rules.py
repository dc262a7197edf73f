"""The one registry of the rules a conversation form names (formspec.RuleName): pure checks.

`RULE_CHECKS` maps every rule to one check over a `RuleContext` (the form, the case record as
loaded, the answers, the day). The service's finish (`check_finish`), the wizard's guard
(`ui/conversations/guard.py`, rule by rule as the teacher answers) and the start of a form
(`check_start`) all apply these same checks; a test proves every RuleName has one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ehbc_desktop.domain.entities import CaseRecord, RestorativeGridCell
from ehbc_desktop.domain.enums import ConversationKind, Role
from ehbc_desktop.domain.rules import (
    ParentVerdict,
    agreement_missing_parts,
    bully_contact_verdict,
    parent_verdict,
    parent_verdicts_for_kind,
    restorative_grid_gaps,
    restorative_preconditions,
)
from ehbc_desktop.formspec import Answers, FieldType, FormSpec, RuleName, validate_answers
from ehbc_desktop.formspec.rules import START_RULES
from ehbc_desktop.formspec.typed_answers import Grid
from ehbc_desktop.services.errors import (
    AgreementIncompleteError,
    AnswersInvalidError,
    GridIncompleteError,
    InvalidInputError,
    NotFoundError,
    RuleRefusedError,
)

#: The restorative form's precondition fields (the bully's answer covers both of its parts).
VICTIM_WANTS = "victim_wants"
BULLY_ACKNOWLEDGES = "bully_acknowledges"


def conversation_participants(record: CaseRecord, answers: Answers) -> tuple[str, ...]:
    """The participant ids of the `participants` answer, checked to belong to the case.

    Raises:
        NotFoundError("participant"): an id that is not a participant of this case.
    """
    known = {p.id for p in record.participants}
    chosen = answers.ids("participants")
    for ident in chosen:
        if ident not in known:
            raise NotFoundError("participant", ident)
    return chosen


def parents_concerned(
    record: CaseRecord,
    kind: ConversationKind,
    participant_ids: tuple[str, ...],
    pupil_participant_id: str | None,
    day: date,
) -> list[ParentVerdict]:
    """The parent verdicts for every pupil whose parents this conversation concerns.

    By kind (victims for PARENTS_VICTIM, bullies for PARENTS_BULLY), the pupil named by the
    caller, and the pupils of the parents taking part.
    """
    verdicts = list(parent_verdicts_for_kind(record, kind, day))
    seen = {v.pupil_participant_id for v in verdicts}
    pupils: list[str] = [pupil_participant_id] if pupil_participant_id else []
    by_id = {p.id: p for p in record.participants}
    for ident in participant_ids:
        participant = by_id.get(ident)
        if participant and participant.role is Role.PARENT and participant.related_to:
            pupils.append(participant.related_to)
    for pupil in pupils:
        if pupil not in seen:
            seen.add(pupil)
            verdicts.append(parent_verdict(record, pupil, day))
    return verdicts


@dataclass(frozen=True)
class RuleContext:
    """What a rule check reads: nothing from the database, so the wizard can ask at once."""

    spec: FormSpec
    record: CaseRecord
    answers: Answers
    day: date
    participant_ids: tuple[str, ...] = ()
    pupil_participant_id: str | None = None


def _victim_consent(ctx: RuleContext) -> None:
    verdict = bully_contact_verdict(ctx.record)
    if not verdict.allowed:
        raise RuleRefusedError(verdict.reasons)


def _parents_allowed(ctx: RuleContext) -> None:
    kind = ctx.spec.conversation_kind
    if kind is None:
        return
    concerned = parents_concerned(
        ctx.record, kind, ctx.participant_ids, ctx.pupil_participant_id, ctx.day
    )
    for parents in concerned:
        if parents.blocked:
            raise RuleRefusedError((parents.reason,), parents.pupil_participant_id)


def _restorative_preconditions(ctx: RuleContext) -> None:
    acknowledges = ctx.answers.flag(BULLY_ACKNOWLEDGES)
    verdict = restorative_preconditions(ctx.answers.flag(VICTIM_WANTS), acknowledges, acknowledges)
    if not verdict.allowed:
        raise RuleRefusedError(verdict.reasons)


def _next_date(ctx: RuleContext) -> None:
    if ctx.answers.date("next_date") is None:
        raise InvalidInputError("next_date")


#: Every rule a form may name, with its one check (raises the service's typed refusal).
RULE_CHECKS: dict[RuleName, Callable[[RuleContext], None]] = {
    RuleName.VICTIM_CONSENT_REQUIRED: _victim_consent,
    RuleName.PARENTS_ALLOWED: _parents_allowed,
    RuleName.RESTORATIVE_PRECONDITIONS: _restorative_preconditions,
    RuleName.RESTORATIVE_GRID_COMPLETE: lambda ctx: check_grid(ctx.answers),
    RuleName.AGREEMENTS_COMPLETE: lambda ctx: check_agreement_rows(ctx.answers),
    RuleName.NEXT_DATE_REQUIRED: _next_date,
}

def check_rule(rule: RuleName, ctx: RuleContext) -> None:
    """Apply one rule (the wizard's guard asks rule by rule).

    Raises:
        RuleRefusedError, GridIncompleteError, AgreementIncompleteError,
        InvalidInputError("next_date").
    """
    RULE_CHECKS[rule](ctx)


def check_start(
    spec: FormSpec,
    record: CaseRecord,
    day: date,
    participant_ids: tuple[str, ...] = (),
    pupil_participant_id: str | None = None,
) -> None:
    """The rules that decide whether the form may be started at all (consent, 12+ rule).

    Raises:
        RuleRefusedError: with the domain's reasons (and the pupil for a parent block).
    """
    ctx = RuleContext(spec, record, Answers(spec), day, participant_ids, pupil_participant_id)
    for rule in START_RULES:
        if rule in spec.rules:
            check_rule(rule, ctx)


def grid_answer(answers: Answers) -> Grid:
    """The answer of the form's grid field ({} when the form has none or it is empty)."""
    for field in answers.spec.fields:
        if field.type is FieldType.GRID:
            return answers.grid(field.id)
    return {}


def check_grid(answers: Answers) -> None:
    """Every party of the restorative grid answered every question (at least one party).

    Raises:
        GridIncompleteError: with the gaps (none listed when there is no party at all).
    """
    grid = grid_answer(answers)
    parties = list(grid)
    cells = [
        RestorativeGridCell(party, question, answer)
        for party, cells in grid.items()
        for question, answer in cells.items()
    ]
    gaps = restorative_grid_gaps(parties, cells)
    if not parties or gaps:
        raise GridIncompleteError(gaps)


def check_agreement_rows(answers: Answers) -> None:
    """Every row of the `agreements` answer has who, what and a by-when date.

    Raises:
        AgreementIncompleteError: the first incomplete row, with its missing parts.
    """
    for index, row in enumerate(answers.agreements()):
        missing = agreement_missing_parts(row.who, row.what, row.by)
        if missing:
            raise AgreementIncompleteError(missing, index)


def check_finish(
    spec: FormSpec,
    record: CaseRecord,
    answers: Answers,
    pupil_participant_id: str | None = None,
) -> None:
    """Every check before a conversation is stored: the named rules, then the form's own.

    Raises:
        RuleRefusedError, GridIncompleteError, AgreementIncompleteError,
        InvalidInputError("next_date"), AnswersInvalidError, NotFoundError("participant").
    """
    day = answers.date("held_on") or record.case.opened_on
    participant_ids = conversation_participants(record, answers)
    ctx = RuleContext(spec, record, answers, day, participant_ids, pupil_participant_id)
    named = set(spec.rules)
    for rule in (*START_RULES, *(r for r in RULE_CHECKS if r not in START_RULES)):
        if rule in named:
            check_rule(rule, ctx)
    problems = validate_answers(spec, answers.as_mapping())
    if problems:
        raise AnswersInvalidError(problems)
