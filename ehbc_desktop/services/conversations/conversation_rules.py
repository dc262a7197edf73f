"""Applies the rules a conversation form names (formspec.RuleName) through the domain's verdicts."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

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
from ehbc_desktop.formspec import FieldType, FormSpec, RuleName, validate_answers
from ehbc_desktop.formspec.answers import parse_date
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


def _bool_or_none(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def conversation_participants(record: CaseRecord, values: Mapping[str, Any]) -> tuple[str, ...]:
    """The participant ids of the `participants` answer, checked to belong to the case.

    Raises:
        NotFoundError("participant"): an id that is not a participant of this case.
    """
    known = {p.id for p in record.participants}
    chosen = tuple(str(v) for v in values.get("participants") or ())
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
    if RuleName.VICTIM_CONSENT_REQUIRED in spec.rules:
        verdict = bully_contact_verdict(record)
        if not verdict.allowed:
            raise RuleRefusedError(verdict.reasons)
    kind = spec.conversation_kind
    if RuleName.PARENTS_ALLOWED in spec.rules and kind is not None:
        for parents in parents_concerned(record, kind, participant_ids, pupil_participant_id, day):
            if parents.blocked:
                raise RuleRefusedError((parents.reason,), parents.pupil_participant_id)


def _grid_value(spec: FormSpec, values: Mapping[str, Any]) -> Mapping[str, Any]:
    for field in spec.fields:
        if field.type is FieldType.GRID:
            value = values.get(field.id)
            return value if isinstance(value, Mapping) else {}
    return {}


def check_grid(spec: FormSpec, values: Mapping[str, Any]) -> None:
    """Every party of the restorative grid answered every question (at least one party).

    Raises:
        GridIncompleteError: with the gaps (none listed when there is no party at all).
    """
    grid = _grid_value(spec, values)
    parties = [str(p) for p in grid]
    cells = [
        RestorativeGridCell(str(party), str(question), str(answer or ""))
        for party, answers in grid.items()
        if isinstance(answers, Mapping)
        for question, answer in answers.items()
    ]
    gaps = restorative_grid_gaps(parties, cells)
    if not parties or gaps:
        raise GridIncompleteError(gaps)


def check_agreement_rows(values: Mapping[str, Any]) -> None:
    """Every row of the `agreements` answer has who, what and a by-when date.

    Raises:
        AgreementIncompleteError: the first incomplete row, with its missing parts.
    """
    for index, row in enumerate(values.get("agreements") or ()):
        if not isinstance(row, Mapping):
            raise AgreementIncompleteError(agreement_missing_parts("", "", None), index)
        missing = agreement_missing_parts(
            str(row.get("who") or ""), str(row.get("what") or ""), parse_date(row.get("by"))
        )
        if missing:
            raise AgreementIncompleteError(missing, index)


def check_finish(
    spec: FormSpec,
    record: CaseRecord,
    values: Mapping[str, Any],
    pupil_participant_id: str | None = None,
) -> None:
    """Every check before a conversation is stored: the named rules, then the form's own.

    Raises:
        RuleRefusedError, GridIncompleteError, AgreementIncompleteError,
        InvalidInputError("next_date"), AnswersInvalidError, NotFoundError("participant").
    """
    day = parse_date(values.get("held_on")) or record.case.opened_on
    participant_ids = conversation_participants(record, values)
    check_start(spec, record, day, participant_ids, pupil_participant_id)
    rules = set(spec.rules)
    if RuleName.RESTORATIVE_PRECONDITIONS in rules:
        acknowledges = _bool_or_none(values.get(BULLY_ACKNOWLEDGES))
        verdict = restorative_preconditions(
            _bool_or_none(values.get(VICTIM_WANTS)), acknowledges, acknowledges
        )
        if not verdict.allowed:
            raise RuleRefusedError(verdict.reasons)
    if RuleName.RESTORATIVE_GRID_COMPLETE in rules:
        check_grid(spec, values)
    if RuleName.AGREEMENTS_COMPLETE in rules:
        check_agreement_rows(values)
    if RuleName.NEXT_DATE_REQUIRED in rules and parse_date(values.get("next_date")) is None:
        raise InvalidInputError("next_date")
    problems = validate_answers(spec, values)
    if problems:
        raise AnswersInvalidError(problems)
