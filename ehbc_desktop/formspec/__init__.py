"""Loads and validates the conversation and intake forms (forms/*.toml)."""

from __future__ import annotations

from ehbc_desktop.formspec.answers import (
    AnswerProblem,
    freeze_answers,
    is_required,
    is_shown,
    validate_answers,
    validate_page,
)
from ehbc_desktop.formspec.errors import FormError, FormErrorCode
from ehbc_desktop.formspec.loader import FormSet, builtin_forms_dir, load_form, load_forms
from ehbc_desktop.formspec.model import (
    Condition,
    FieldSpec,
    FieldType,
    FormSpec,
    IntakeKind,
    OptionSpec,
    PageSpec,
    Text,
)
from ehbc_desktop.formspec.rules import KNOWN_RULES, RuleName
from ehbc_desktop.formspec.typed_answers import (
    AgreementRow,
    Answers,
    AnswerValueError,
    FigureRow,
    parse_answers,
    parse_draft,
)

__all__ = [
    "KNOWN_RULES",
    "AgreementRow",
    "AnswerProblem",
    "AnswerValueError",
    "Answers",
    "Condition",
    "FieldSpec",
    "FieldType",
    "FigureRow",
    "FormError",
    "FormErrorCode",
    "FormSet",
    "FormSpec",
    "IntakeKind",
    "OptionSpec",
    "PageSpec",
    "RuleName",
    "Text",
    "builtin_forms_dir",
    "freeze_answers",
    "is_required",
    "is_shown",
    "load_form",
    "load_forms",
    "parse_answers",
    "parse_draft",
    "validate_answers",
    "validate_page",
]
