"""The services' one entry for answers: raw values parsed once, wrong shapes refused by field."""

from __future__ import annotations

import pytest

from ehbc_desktop.formspec import AnswerProblem, load_forms, parse_answers
from ehbc_desktop.services.errors import AnswersInvalidError
from ehbc_desktop.services.form_answers import checked_answers, typed_answers

FORMS = load_forms(None)


def test_raw_values_become_typed_answers_and_typed_ones_pass_unchanged() -> None:
    spec = FORMS.get("observation")
    answers = typed_answers(spec, {"observed_on": "2026-03-02", "signs": ["low_mood"]})
    assert answers.date("observed_on") is not None
    assert typed_answers(spec, answers) is answers


def test_a_wrong_shape_is_refused_with_the_form_checks_problems() -> None:
    spec = FORMS.get("observation")
    with pytest.raises(AnswersInvalidError) as refused:
        typed_answers(spec, {"observed_on": "soon", "signs": ["low_mood"]})
    assert refused.value.problems == {"observed_on": (AnswerProblem.INVALID_DATE,)}


def test_checked_answers_also_name_a_missing_required_answer() -> None:
    spec = FORMS.get("observation")
    with pytest.raises(AnswersInvalidError) as refused:
        checked_answers(spec, {"signs": ["low_mood"]})
    assert refused.value.problems == {"observed_on": (AnswerProblem.REQUIRED,)}
    given = {"observed_on": "2026-03-02", "signs": ["low_mood"]}
    assert checked_answers(spec, given) == parse_answers(spec, given)
