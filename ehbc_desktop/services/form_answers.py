"""Where a service takes a form's answers: raw values are parsed once into typed answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ehbc_desktop.formspec import (
    AnswerProblem,
    Answers,
    AnswerValueError,
    FormSpec,
    parse_answers,
    validate_answers,
)
from ehbc_desktop.services.errors import AnswersInvalidError

#: What a service method accepts: answers typed already (the window) or raw values (the CLI,
#: the demo, a test), which are parsed here, the services' one boundary for answers.
AnswersIn = Answers | Mapping[str, Any]


def typed_answers(spec: FormSpec, values: AnswersIn) -> Answers:
    """The typed answers of `spec` (typed answers of this form pass unchanged).

    Raises:
        AnswersInvalidError: values of the wrong shape; the problems are those of the form's
            checks (`validate_answers`), so a missing answer is named beside a wrong one.
    """
    try:
        return parse_answers(spec, values)
    except AnswerValueError as exc:
        raw = values.as_mapping() if isinstance(values, Answers) else values
        problems = validate_answers(spec, raw) or {
            ident: (AnswerProblem(code),) for ident, code in exc.problems.items()
        }
        raise AnswersInvalidError(problems) from exc


def checked_answers(spec: FormSpec, values: AnswersIn) -> Answers:
    """`typed_answers` that also pass the form's checks (required answers, complete rows).

    Raises:
        AnswersInvalidError: with the problems by field id.
    """
    answers = typed_answers(spec, values)
    problems = validate_answers(spec, answers.as_mapping())
    if problems:
        raise AnswersInvalidError(problems)
    return answers
