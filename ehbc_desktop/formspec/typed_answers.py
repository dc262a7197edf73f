"""The answers of one filled-in form, parsed once where they enter, typed by the form's fields.

Raw answers (`Mapping[str, Any]`: from the wizard, a draft, the CLI, the demo) become an
`Answers` value in `parse_answers`, the one place that reads strings: a date field gives a
`datetime.date`, a choice bound to a domain enum gives its member, a list gives a tuple, an
agreements row gives an `AgreementRow`. Everything downstream reads the typed accessors and
never parses again. A value of the wrong shape is refused with `AnswerValueError`, naming the
field and the problem; an empty answer counts as not given; a key the form does not ask is
not kept (the wizard's own keys, such as its page, travel beside the answers).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from ehbc_desktop.formspec.model import TRISTATE_VALUES, FieldSpec, FieldType, FormSpec

E = TypeVar("E", bound=StrEnum)
Day = date  # the type, for the class below, whose method `date` hides the name


@dataclass(frozen=True, slots=True)
class AgreementRow:
    """One row of an agreements field: who does what by when (None: no date given)."""

    who: str
    what: str
    by: date | None


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One row of a support-figures field: a person the pupil can turn to and their role."""

    name: str
    role: str


Grid = Mapping[str, Mapping[str, str]]
AnswerValue = str | bool | date | tuple[str, ...] | tuple[AgreementRow, ...] | tuple[
    FigureRow, ...
] | Grid

_STR_TYPES = frozenset(
    {FieldType.TEXT, FieldType.TEXTAREA, FieldType.CHOICE, FieldType.SCALE, FieldType.TRISTATE}
)
_LIST_TYPES = frozenset({FieldType.MULTICHOICE, FieldType.CHECKLIST, FieldType.PARTICIPANTS})


class AnswerValueError(ValueError):
    """Answers of the wrong shape: `problems` maps each field id to what is wrong with it.

    The problem is one of "wrong_type", "invalid_date", "unknown_option" (the values of
    `formspec.answers.AnswerProblem`).
    """

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        listed = ", ".join(f"{ident}: {problem}" for ident, problem in sorted(problems.items()))
        super().__init__(f"answers of the wrong shape ({listed})")


class _RefusedError(Exception):
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def parse_date(value: Any) -> date | None:
    """A date from a `date` or an ISO "YYYY-MM-DD" string; None if it is neither."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def is_empty_value(kind: FieldType, value: Any) -> bool:
    """Whether `value` counts as no answer for a field of this type (False is an answer)."""
    if value is None:
        return True
    if kind is FieldType.YESNO:
        return False
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset | dict):
        return len(value) == 0
    return False


@dataclass(frozen=True)
class Answers:
    """The given answers of one form by field id, each of its field's type (see module doc)."""

    spec: FormSpec = field(repr=False)
    _values: Mapping[str, AnswerValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_values", MappingProxyType(dict(self._values)))

    def __contains__(self, field_id: object) -> bool:
        return field_id in self._values

    def get(self, field_id: str) -> AnswerValue | None:
        """The typed answer of a field, None when it was not given."""
        return self._values.get(field_id)

    def date(self, field_id: str) -> Day | None:
        """The answer of a date field, None when not given."""
        value = self._values.get(field_id)
        return value if isinstance(value, Day) else None

    def flag(self, field_id: str) -> bool | None:
        """The answer of a yes/no field, None when not given."""
        value = self._values.get(field_id)
        return value if isinstance(value, bool) else None

    def choice(self, field_id: str) -> str | None:
        """The option id (or text) of a one-value field, None when not given."""
        value = self._values.get(field_id)
        return value if isinstance(value, str) else None

    def text(self, field_id: str) -> str:
        """The text (or option id) of a one-value field as given; "" when not given."""
        return self.choice(field_id) or ""

    def member(self, field_id: str, enum: type[E]) -> E | None:
        """The answer as a member of `enum`, None when not given.

        Raises:
            ValueError: the option id is not a value of `enum` (a form and code that disagree).
        """
        value = self.choice(field_id)
        return None if value is None else enum(value)

    def ids(self, field_id: str) -> tuple[str, ...]:
        """The chosen option (or participant) ids of a list field; () when none."""
        value = self._values.get(field_id)
        if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
            return tuple(str(item) for item in value)
        return ()

    def members(self, field_id: str, enum: type[E]) -> tuple[E, ...]:
        """The chosen option ids of a list field as members of `enum`.

        Raises:
            ValueError: an option id is not a value of `enum`.
        """
        return tuple(enum(item) for item in self.ids(field_id))

    def agreements(self, field_id: str = "agreements") -> tuple[AgreementRow, ...]:
        """The rows of an agreements field; () when none."""
        value = self._values.get(field_id)
        if isinstance(value, tuple):
            return tuple(row for row in value if isinstance(row, AgreementRow))
        return ()

    def figures(self, field_id: str = "support_figures") -> tuple[FigureRow, ...]:
        """The rows of a support-figures field; () when none."""
        value = self._values.get(field_id)
        if isinstance(value, tuple):
            return tuple(row for row in value if isinstance(row, FigureRow))
        return ()

    def grid(self, field_id: str) -> Grid:
        """The answers of a grid field: {party id: {question id: text}}; {} when none."""
        value = self._values.get(field_id)
        return value if isinstance(value, Mapping) else {}

    def with_dates(self, dates: Mapping[str, Day]) -> Answers:
        """These answers with the given date fields set (for defaults a service fills in)."""
        return Answers(self.spec, {**self._values, **dates})

    def as_mapping(self) -> Mapping[str, Any]:
        """The answers in the form language's plain shape: option ids as plain strings, lists
        and rows as lists and dicts, dates as dates (what the wizard's fields show)."""
        return {key: _plain(value) for key, value in self._values.items()}

    def to_storage(self) -> dict[str, Any]:
        """The answers as JSON-able values (ISO dates, lists); `parse_answers` reads them back."""
        return {key: _stored(value) for key, value in self._values.items()}


def _plain(value: AnswerValue) -> Any:
    if isinstance(value, tuple):
        return [_row(item) for item in value]
    if isinstance(value, Mapping):
        return {party: dict(cells) for party, cells in value.items()}
    return value.value if isinstance(value, StrEnum) else value


def _row(item: str | AgreementRow | FigureRow) -> Any:
    if isinstance(item, AgreementRow):
        return {"who": item.who, "what": item.what, "by": item.by}
    if isinstance(item, FigureRow):
        return {"name": item.name, "role": item.role}
    return item.value if isinstance(item, StrEnum) else item


def _stored(value: AnswerValue) -> Any:
    plain = _plain(value)
    if isinstance(plain, date):
        return plain.isoformat()
    if isinstance(plain, list):
        return [_stored_row(item) for item in plain]
    return plain


def _stored_row(item: Any) -> Any:
    if isinstance(item, dict) and "by" in item:
        by = item["by"]
        return {**item, "by": by.isoformat() if isinstance(by, date) else ""}
    return item


def parse_answers(spec: FormSpec, values: Mapping[str, Any] | Answers) -> Answers:
    """The typed answers of `spec` from raw values (already typed answers pass unchanged).

    Raises:
        AnswerValueError: one or more values of the wrong shape, by field id.
    """
    if isinstance(values, Answers):
        if values.spec is spec or values.spec == spec:
            return values
        values = values.as_mapping()
    typed, problems = _parse_all(spec, values)
    if problems:
        raise AnswerValueError(problems)
    return Answers(spec, typed)


def parse_draft(spec: FormSpec, values: Mapping[str, Any]) -> Answers:
    """The typed answers of a draft or of a wizard half filled in, leaving out what does not
    parse (a draft of an older version of the form); the wizard marks such a field itself."""
    typed, _problems = _parse_all(spec, values)
    return Answers(spec, typed)


def _parse_all(
    spec: FormSpec, values: Mapping[str, Any]
) -> tuple[dict[str, AnswerValue], dict[str, str]]:
    typed: dict[str, AnswerValue] = {}
    problems: dict[str, str] = {}
    for spec_field in spec.fields:
        raw = values.get(spec_field.id)
        if is_empty_value(spec_field.type, raw):
            continue
        try:
            typed[spec_field.id] = _parse_value(spec_field, raw)
        except _RefusedError as refused:
            problems[spec_field.id] = refused.problem
    return typed, problems


def value_problem(spec_field: FieldSpec, value: Any) -> str | None:
    """What is wrong with the shape of a given (non-empty) answer, None when it parses."""
    try:
        _parse_value(spec_field, value)
    except _RefusedError as refused:
        return refused.problem
    return None


def _parse_value(spec_field: FieldSpec, raw: Any) -> AnswerValue:  # noqa: PLR0911
    kind = spec_field.type
    if kind is FieldType.DATE:
        parsed = parse_date(raw)
        if parsed is None:
            raise _RefusedError("invalid_date")
        return parsed
    if kind is FieldType.YESNO:
        if not isinstance(raw, bool):
            raise _RefusedError("wrong_type")
        return raw
    if kind in _STR_TYPES:
        return _one(spec_field, raw)
    if kind in _LIST_TYPES:
        return _many(spec_field, raw)
    if kind is FieldType.AGREEMENTS:
        return tuple(_agreement(row) for row in _rows(raw))
    if kind is FieldType.SUPPORT_FIGURES:
        return tuple(FigureRow(_cell(row, "name"), _cell(row, "role")) for row in _rows(raw))
    return _grid(raw)


def _one(spec_field: FieldSpec, raw: Any) -> str:
    if not isinstance(raw, str):
        raise _RefusedError("wrong_type")
    if spec_field.type is FieldType.TRISTATE and raw not in TRISTATE_VALUES:
        raise _RefusedError("unknown_option")
    if spec_field.type in (FieldType.CHOICE, FieldType.SCALE):
        return _option(spec_field, raw)
    return raw


def _option(spec_field: FieldSpec, raw: str) -> str:
    if spec_field.option(raw) is None:
        raise _RefusedError("unknown_option")
    return raw if spec_field.enum is None else spec_field.enum(raw)


def _many(spec_field: FieldSpec, raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list | tuple | set | frozenset):
        raise _RefusedError("wrong_type")
    if not all(isinstance(item, str) for item in raw):
        raise _RefusedError("wrong_type")
    if spec_field.type is FieldType.PARTICIPANTS:
        return tuple(raw)
    return tuple(_option(spec_field, item) for item in raw)


def _rows(raw: Any) -> list[Mapping[str, Any]]:
    if not isinstance(raw, list | tuple) or not all(isinstance(row, Mapping) for row in raw):
        raise _RefusedError("wrong_type")
    return list(raw)


def _cell(row: Mapping[str, Any], key: str) -> str:
    content = row.get(key)
    if content is None:
        return ""
    if not isinstance(content, str):
        raise _RefusedError("wrong_type")
    return content


def _agreement(row: Mapping[str, Any]) -> AgreementRow:
    by = row.get("by")
    due = None
    if not (by is None or by == ""):  # a row may still lack its date; the checks say so
        due = parse_date(by)
        if due is None:
            raise _RefusedError("invalid_date")
    return AgreementRow(_cell(row, "who"), _cell(row, "what"), due)


def _grid(raw: Any) -> Grid:
    if not isinstance(raw, Mapping):
        raise _RefusedError("wrong_type")
    grid: dict[str, Mapping[str, str]] = {}
    for party, cells in raw.items():
        if not isinstance(cells, Mapping):
            raise _RefusedError("wrong_type")
        grid[str(party)] = MappingProxyType({str(k): _cell(cells, k) for k in cells})
    return MappingProxyType(grid)
