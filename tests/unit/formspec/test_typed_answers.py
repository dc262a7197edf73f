"""Typed answers: every field type parsed once, wrong shapes refused, storage round trip."""

from __future__ import annotations

from datetime import date
from types import MappingProxyType
from typing import Any

import pytest

from ehbc_desktop.domain.enums import Classification, FollowUpOutcome, GroupMethod
from ehbc_desktop.formspec import (
    AgreementRow,
    Answers,
    AnswerValueError,
    FieldSpec,
    FieldType,
    FigureRow,
    FormSpec,
    OptionSpec,
    PageSpec,
    Text,
    load_forms,
    parse_answers,
    parse_draft,
)


def _field(ident: str, kind: FieldType, *options: str, enum: Any = None) -> FieldSpec:
    choices = tuple(OptionSpec(o, Text(o, o)) for o in options)
    return FieldSpec(ident, kind, Text(ident, ident), options=choices, enum=enum)


OUTCOMES = tuple(o.value for o in FollowUpOutcome)
SPEC = FormSpec(
    id="every_type",
    version=1,
    kind="test",
    title=Text("t", "t"),
    intro=None,
    rules=(),
    pages=(
        PageSpec(
            "only",
            Text("p", "p"),
            None,
            (
                _field("note", FieldType.TEXT),
                _field("story", FieldType.TEXTAREA),
                _field("held_on", FieldType.DATE),
                _field("outcome", FieldType.CHOICE, *OUTCOMES, enum=FollowUpOutcome),
                _field("colour", FieldType.CHOICE, "red", "blue"),
                _field("signs", FieldType.CHECKLIST, "a", "b", "c"),
                _field("kinds", FieldType.MULTICHOICE, "x", "y"),
                _field("stopped", FieldType.YESNO),
                _field("intent", FieldType.TRISTATE),
                _field("level", FieldType.SCALE, "low", "high"),
                _field("who", FieldType.PARTICIPANTS),
                _field("agreements", FieldType.AGREEMENTS),
                _field("support_figures", FieldType.SUPPORT_FIGURES),
                _field("round", FieldType.GRID, "q1"),
            ),
        ),
    ),
)

#: Every field answered, as the wizard and a draft hold them (ISO dates, lists, dicts).
STORED: dict[str, Any] = {
    "note": "a line",
    "story": "two\nlines",
    "held_on": "2026-03-02",
    "outcome": "stopped",
    "colour": "blue",
    "signs": ["a", "c"],
    "kinds": ["y"],
    "stopped": False,
    "intent": "unclear",
    "level": "high",
    "who": ["p1", "p2"],
    "agreements": [
        {"who": "Mr Peeters", "what": "talk to the class", "by": "2026-03-09"},
        {"who": "Lena", "what": "tell a teacher", "by": ""},
    ],
    "support_figures": [{"name": "Mrs Claes", "role": "trust teacher"}],
    "round": {"p1": {"q1": "sorry"}, "p2": {"q1": "fine"}},
}


def test_each_field_type_becomes_its_typed_value() -> None:
    answers = parse_answers(SPEC, STORED)
    assert answers.text("note") == "a line"
    assert answers.text("story") == "two\nlines"
    assert answers.date("held_on") == date(2026, 3, 2)
    assert answers.get("outcome") is FollowUpOutcome.STOPPED  # the form binds the enum
    assert answers.member("outcome", FollowUpOutcome) is FollowUpOutcome.STOPPED
    assert answers.choice("colour") == "blue"
    assert answers.ids("signs") == ("a", "c")
    assert answers.ids("kinds") == ("y",)
    assert answers.flag("stopped") is False  # "no" is an answer, not a missing one
    assert answers.choice("intent") == "unclear"
    assert answers.choice("level") == "high"
    assert answers.ids("who") == ("p1", "p2")
    assert answers.agreements() == (
        AgreementRow("Mr Peeters", "talk to the class", date(2026, 3, 9)),
        AgreementRow("Lena", "tell a teacher", None),
    )
    assert answers.figures() == (FigureRow("Mrs Claes", "trust teacher"),)
    assert answers.grid("round") == {"p1": {"q1": "sorry"}, "p2": {"q1": "fine"}}


def test_a_date_object_is_taken_as_it_is() -> None:
    answers = parse_answers(SPEC, {"held_on": date(2026, 3, 2)})
    assert answers.date("held_on") == date(2026, 3, 2)


def test_an_answer_not_given_reads_as_empty() -> None:
    answers = parse_answers(SPEC, {"note": "  ", "signs": [], "held_on": "", "stopped": None})
    assert answers.to_storage() == {}
    assert (answers.text("note"), answers.ids("signs"), answers.date("held_on")) == ("", (), None)
    assert answers.flag("stopped") is None and answers.agreements() == ()
    assert answers.member("outcome", FollowUpOutcome) is None and answers.grid("round") == {}


@pytest.mark.parametrize(
    ("field_id", "value", "problem"),
    [
        ("held_on", "next week", "invalid_date"),
        ("held_on", 20260302, "invalid_date"),
        ("note", 12, "wrong_type"),
        ("outcome", "maybe", "unknown_option"),
        ("colour", ["red"], "wrong_type"),
        ("signs", ["a", "z"], "unknown_option"),
        ("signs", "a", "wrong_type"),
        ("stopped", "yes", "wrong_type"),
        ("intent", "perhaps", "unknown_option"),
        ("who", [1], "wrong_type"),
        ("agreements", [{"who": "x", "what": "y", "by": "soon"}], "invalid_date"),
        ("agreements", ["talk"], "wrong_type"),
        ("support_figures", [{"name": 3, "role": "x"}], "wrong_type"),
        ("round", {"p1": "sorry"}, "wrong_type"),
    ],
)
def test_a_value_of_the_wrong_shape_is_refused_by_name(
    field_id: str, value: Any, problem: str
) -> None:
    with pytest.raises(AnswerValueError) as refused:
        parse_answers(SPEC, {**STORED, field_id: value})
    assert refused.value.problems == {field_id: problem}
    assert f"{field_id}: {problem}" in str(refused.value)


def test_every_wrong_value_is_named_at_once() -> None:
    with pytest.raises(AnswerValueError) as refused:
        parse_answers(SPEC, {"held_on": "x", "stopped": 1})
    assert refused.value.problems == {"held_on": "invalid_date", "stopped": "wrong_type"}


def test_a_draft_keeps_what_parses_and_leaves_out_the_rest() -> None:
    answers = parse_draft(SPEC, {**STORED, "held_on": "not yet", "colour": "green"})
    assert answers.date("held_on") is None and answers.choice("colour") is None
    assert answers.text("note") == "a line"


def test_keys_the_form_does_not_ask_are_not_kept() -> None:
    answers = parse_answers(SPEC, {"note": "x", "_page": "only", "_overrides": {}})
    assert answers.to_storage() == {"note": "x"}


def test_storage_round_trip_leaves_the_answers_unchanged() -> None:
    answers = parse_answers(SPEC, STORED)
    stored = answers.to_storage()
    assert stored == STORED  # the wizard's and the draft's own shape
    assert parse_answers(SPEC, stored) == answers
    assert parse_answers(SPEC, answers.as_mapping()) == answers
    plain = answers.as_mapping()  # what the wizard's fields are given: plain ids, real dates
    assert type(plain["outcome"]) is str and plain["held_on"] == date(2026, 3, 2)


def test_typed_answers_pass_unchanged_and_are_read_only() -> None:
    answers = parse_answers(SPEC, STORED)
    assert parse_answers(SPEC, answers) is answers
    assert isinstance(answers.grid("round"), MappingProxyType)
    with pytest.raises(TypeError):
        answers._values["note"] = "changed"  # type: ignore[index]


def test_with_dates_fills_in_and_keeps_the_rest() -> None:
    answers = parse_answers(SPEC, {"note": "x"}).with_dates({"held_on": date(2026, 3, 2)})
    assert (answers.date("held_on"), answers.text("note")) == (date(2026, 3, 2), "x")


def test_a_member_of_an_enum_the_form_does_not_bind_is_converted_or_refused() -> None:
    answers = parse_answers(SPEC, {"colour": "red"})
    with pytest.raises(ValueError, match="red"):
        answers.member("colour", GroupMethod)


def test_the_builtin_forms_bind_their_choices_to_domain_enums() -> None:
    forms = load_forms(None)
    triage = parse_answers(forms.get("triage"), {"classification": "cyberbullying"})
    assert triage.get("classification") is Classification.CYBERBULLYING
    assert Answers(forms.get("triage")).to_storage() == {}
