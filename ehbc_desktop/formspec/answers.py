"""Checks filled-in answers against a form, and freezes them with the wording as asked."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from ehbc_desktop.domain.entities import Answer
from ehbc_desktop.formspec.model import (
    Condition,
    FieldSpec,
    FieldType,
    FormSpec,
)
from ehbc_desktop.formspec.typed_answers import Answers, is_empty_value, value_problem

AGREEMENT_CELLS = ("who", "what", "by")
SUPPORT_FIGURE_CELLS = ("name", "role")
_MAX_CONDITION_DEPTH = 8  # guards against a (silly) chain of conditions that loops
_LIST_TYPES = (FieldType.MULTICHOICE, FieldType.CHECKLIST, FieldType.PARTICIPANTS)
_ROW_TYPES = {
    FieldType.AGREEMENTS: AGREEMENT_CELLS,
    FieldType.SUPPORT_FIGURES: SUPPORT_FIGURE_CELLS,
}


class AnswerProblem(StrEnum):
    """What is wrong with one answer; the UI turns it into a sentence beside the field."""

    REQUIRED = "required"
    WRONG_TYPE = "wrong_type"
    INVALID_DATE = "invalid_date"
    UNKNOWN_OPTION = "unknown_option"
    ROW_INCOMPLETE = "row_incomplete"  # an agreement without who/what/by, a figure without role
    GRID_INCOMPLETE = "grid_incomplete"  # a party has not answered every question
    TOO_FEW_PARTIES = "too_few_parties"  # a grid needs at least two parties


Problems = dict[str, tuple[AnswerProblem, ...]]


def condition_met(spec: FormSpec, condition: Condition, values: Mapping[str, Any]) -> bool:
    """Whether `condition` holds for `values` (a hidden target field never meets it)."""
    return _condition_met(spec, condition, values, 0)


def _condition_met(
    spec: FormSpec, condition: Condition, values: Mapping[str, Any], depth: int
) -> bool:
    target = spec.field(condition.field)
    if target is None or depth > _MAX_CONDITION_DEPTH:
        return False
    if not _shown(spec, target, values, depth + 1):
        return False
    value = values.get(condition.field)
    if isinstance(condition.value, bool):
        holds = value is condition.value
    elif isinstance(value, list | tuple | set | frozenset):
        holds = condition.value in value
    else:
        holds = value == condition.value
    # A negated condition needs an answer: "not equal to X" on an empty field stays unmet.
    if condition.negate:
        return value is not None and value != "" and not holds
    return holds


def _shown(spec: FormSpec, field: FieldSpec, values: Mapping[str, Any], depth: int) -> bool:
    if field.shown_when is None:
        return True
    return _condition_met(spec, field.shown_when, values, depth)


def is_shown(spec: FormSpec, field: FieldSpec, values: Mapping[str, Any]) -> bool:
    """Whether the wizard shows `field` for these values."""
    return _shown(spec, field, values, 0)


def is_required(spec: FormSpec, field: FieldSpec, values: Mapping[str, Any]) -> bool:
    """Whether `field` must be answered for these values (hidden fields never must)."""
    if not is_shown(spec, field, values):
        return False
    if field.required:
        return True
    return field.required_when is not None and condition_met(spec, field.required_when, values)


def validate_page(spec: FormSpec, page_id: str, values: Mapping[str, Any]) -> Problems:
    """Problems of the fields of one page, by field id (fields without problems left out).

    Args:
        spec: The form.
        page_id: The page to check.
        values: Every answer given so far in the form, by field id (conditions may look
            at fields on other pages).

    Raises:
        KeyError: The form has no such page.
    """
    page = spec.page(page_id)
    if page is None:
        raise KeyError(page_id)
    problems: Problems = {}
    for field in page.fields:
        found = _field_problems(spec, field, values)
        if found:
            problems[field.id] = found
    return problems


def validate_answers(spec: FormSpec, values: Mapping[str, Any]) -> Problems:
    """Problems of every field of the form, by field id (field ids are unique in a form)."""
    problems: Problems = {}
    for page in spec.pages:
        problems.update(validate_page(spec, page.id, values))
    return problems


def is_empty(field: FieldSpec, value: Any) -> bool:
    """Whether `value` counts as no answer for `field`."""
    return is_empty_value(field.type, value)


def _field_problems(
    spec: FormSpec, field: FieldSpec, values: Mapping[str, Any]
) -> tuple[AnswerProblem, ...]:
    if not is_shown(spec, field, values):
        return ()
    value = values.get(field.id)
    if is_empty(field, value):
        return (AnswerProblem.REQUIRED,) if is_required(spec, field, values) else ()
    problem = _shape_problem(field, value)
    return () if problem is None else (problem,)


def _shape_problem(field: FieldSpec, value: Any) -> AnswerProblem | None:
    shape = value_problem(field, value)  # the one parser of answers says what is wrong
    if shape is not None:
        return AnswerProblem(shape)
    if field.type in _ROW_TYPES:
        return _rows_problem(value, _ROW_TYPES[field.type])
    if field.type is FieldType.GRID:
        return _grid_problem(field, value)
    return None


def _rows_problem(value: Any, cells: tuple[str, ...]) -> AnswerProblem | None:
    """A row with a cell left blank (the shape was checked, so a given "by" is a date)."""
    for row in value:
        for cell in cells:
            content = row.get(cell)
            if isinstance(content, date):
                continue
            if not (isinstance(content, str) and content.strip()):
                return AnswerProblem.ROW_INCOMPLETE
    return None


def _grid_problem(field: FieldSpec, value: Any) -> AnswerProblem | None:
    if not isinstance(value, Mapping):
        return AnswerProblem.WRONG_TYPE
    if len(value) < 2:
        return AnswerProblem.TOO_FEW_PARTIES
    for answers in value.values():
        if not isinstance(answers, Mapping):
            return AnswerProblem.WRONG_TYPE
        for question in field.options:
            content = answers.get(question.id)
            if not isinstance(content, str) or not content.strip():
                return AnswerProblem.GRID_INCOMPLETE
    return None


def freeze_answers(
    spec: FormSpec,
    answers: Answers,
    lang: str,
    names: Mapping[str, str] | None = None,
) -> list[Answer]:
    """The answers as they will be kept: each with its question worded as it was asked.

    Only shown, non-empty fields are kept, in form order. The value is plain text in the
    language of the conversation (option labels, not ids), so an old record reads the same
    after the form changes: one item per line for lists and rows, ISO dates.

    Args:
        spec: The form.
        answers: The typed answers (checked beforehand with `validate_answers`).
        lang: The language the conversation was held in ("nl" or "en").
        names: Display names for participant ids (participants, grid parties); ids otherwise.
    """
    frozen: list[Answer] = []
    values = answers.as_mapping()
    for field in spec.fields:
        value = values.get(field.id)
        if not is_shown(spec, field, values) or is_empty(field, value):
            continue
        text = _render(field, value, lang, names or {})
        frozen.append(Answer(field_id=field.id, question=field.label.get(lang), value=text))
    return frozen


def _render(  # noqa: PLR0911 - one return per field type reads best
    field: FieldSpec, value: Any, lang: str, names: Mapping[str, str]
) -> str:
    english = lang.lower().startswith("en")
    kind = field.type
    if kind is FieldType.DATE:
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind is FieldType.YESNO:
        return ("yes" if value else "no") if english else ("ja" if value else "nee")
    if kind is FieldType.TRISTATE:
        words = {"yes": "ja", "no": "nee", "unclear": "onduidelijk"}
        return str(value) if english else words.get(str(value), str(value))
    if kind is FieldType.PARTICIPANTS:
        return "\n".join(names.get(str(item), str(item)) for item in value)
    if kind in (FieldType.CHOICE, FieldType.SCALE, *_LIST_TYPES):
        items = [value] if isinstance(value, str) else list(value)
        return "\n".join(_option_label(field, str(item), lang) for item in items)
    if kind in _ROW_TYPES:
        return "\n".join(
            " | ".join(_cell_text(row.get(cell)) for cell in _ROW_TYPES[kind]) for row in value
        )
    if kind is FieldType.GRID:
        lines = []
        for party, answers in value.items():
            for question in field.options:
                answer = answers.get(question.id, "")
                party_name = names.get(party, party)
                lines.append(f"{party_name} | {question.label.get(lang)} | {answer}")
        return "\n".join(lines)
    return str(value)


def _cell_text(content: Any) -> str:
    if content is None:
        return ""
    return content.isoformat() if isinstance(content, date) else str(content)


def _option_label(field: FieldSpec, option_id: str, lang: str) -> str:
    option = field.option(option_id)
    return option.label.get(lang) if option else option_id
