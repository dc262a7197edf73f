"""Filled-in answers are checked per page, and frozen with the wording they were asked in."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ehbc_desktop.domain.entities import Answer
from ehbc_desktop.formspec import (
    AnswerProblem,
    FormSet,
    freeze_answers,
    is_required,
    is_shown,
    load_forms,
    parse_answers,
    validate_answers,
    validate_page,
)


@pytest.fixture(scope="module")
def forms() -> FormSet:
    return load_forms(None)


def test_required_fields_are_reported_per_page(forms: FormSet) -> None:
    spec = forms.get("victim")
    problems = validate_page(spec, "start", {})
    required = (AnswerProblem.REQUIRED,)
    assert problems == {"held_on": required, "participants": required}
    assert validate_page(spec, "start", {"held_on": "2026-11-20", "participants": ["p1"]}) == {}
    assert validate_page(spec, "start", {"held_on": " ", "participants": []}).keys() == {
        "held_on",
        "participants",
    }
    with pytest.raises(KeyError):
        validate_page(spec, "no_such_page", {})


def test_a_yesno_answered_no_counts_as_answered(forms: FormSet) -> None:
    spec = forms.get("victim")
    assert "consent_approach_bully" not in validate_page(
        spec, "support", {"consent_approach_bully": False, "wish_parents_not_involved": False}
    )
    assert validate_page(spec, "support", {"consent_approach_bully": "no"})[
        "consent_approach_bully"
    ] == (AnswerProblem.WRONG_TYPE,)


def test_required_when_and_shown_when(forms: FormSet) -> None:
    spec = forms.get("choice")
    group_method = spec.field("group_method")
    assert group_method is not None
    individual = {"chosen": "non_confrontational_individual", "motivation": "recent"}
    assert not is_shown(spec, group_method, individual)
    assert validate_page(spec, "decision", individual) == {}
    group = {"chosen": "non_confrontational_group", "motivation": "the class can carry it"}
    assert is_required(spec, group_method, group)
    assert validate_page(spec, "decision", group) == {"group_method": (AnswerProblem.REQUIRED,)}
    assert validate_page(spec, "decision", {**group, "group_method": "pikas"}) == {}
    assert validate_page(spec, "decision", {**group, "group_method": "shouting"}) == {
        "group_method": (AnswerProblem.UNKNOWN_OPTION,)
    }


def test_required_when_on_a_multichoice_and_a_negated_condition(forms: FormSet) -> None:
    spec = forms.get("report")
    base = {"media": ["email"], "forms": ["insulting"], "description": "mails"}
    assert validate_page(spec, "what", base) == {}
    social = {**base, "media": ["email", "social_media"]}
    assert validate_page(spec, "what", social) == {"platform": (AnswerProblem.REQUIRED,)}
    wants = spec.field("victim_wants_to_report")
    assert wants is not None
    assert not is_required(spec, wants, {"reporter_kind": "victim"})
    assert not is_required(spec, wants, {})  # nothing answered yet: "not the victim" is unknown
    assert is_required(spec, wants, {"reporter_kind": "peer"})


def test_agreement_rows_need_who_what_and_a_valid_date(forms: FormSet) -> None:
    spec = forms.get("victim")
    good = {"who": "trust teacher", "what": "talk to the class", "by": date(2026, 12, 1)}
    values: dict[str, Any] = {"agreements": [good], "next_date": "2026-12-02"}
    assert validate_page(spec, "closing", values) == {}
    for broken, problem in [
        ({**good, "who": ""}, AnswerProblem.ROW_INCOMPLETE),
        ({"who": "pupil", "what": "block the account"}, AnswerProblem.ROW_INCOMPLETE),
        ({**good, "by": "next week"}, AnswerProblem.INVALID_DATE),
        ("talk to the class", AnswerProblem.WRONG_TYPE),
    ]:
        found = validate_page(spec, "closing", {**values, "agreements": [good, broken]})
        assert found == {"agreements": (problem,)}, broken
    assert validate_page(spec, "closing", {**values, "next_date": "2026-02-30"}) == {
        "next_date": (AnswerProblem.INVALID_DATE,)
    }


def test_the_restorative_grid_needs_every_question_for_every_party(forms: FormSet) -> None:
    spec = forms.get("restorative")
    grid = spec.field("round")
    assert grid is not None
    full = {q.id: f"answer to {q.id}" for q in grid.options}
    assert validate_page(spec, "round", {"round": {"p_victim": full, "p_bully": full}}) == {}
    gap = {**full, "what_do_you_expect": "  "}
    assert validate_page(spec, "round", {"round": {"p_victim": full, "p_bully": gap}}) == {
        "round": (AnswerProblem.GRID_INCOMPLETE,)
    }
    assert validate_page(spec, "round", {"round": {"p_victim": full}}) == {
        "round": (AnswerProblem.TOO_FEW_PARTIES,)
    }
    assert validate_page(spec, "round", {})["round"] == (AnswerProblem.REQUIRED,)


def test_support_figure_rows_need_name_and_role(forms: FormSet) -> None:
    spec = forms.get("restorative")
    values = {
        "engagements": "delete the posts",
        "support_figures": [{"name": "Ann", "role": "aunt"}, {"name": "Bo", "role": ""}],
        "term": "2026-12-01",
        "next_date": "2026-12-08",
    }
    assert validate_page(spec, "repair", values) == {
        "support_figures": (AnswerProblem.ROW_INCOMPLETE,)
    }


def test_checklists_accept_only_their_own_options(forms: FormSet) -> None:
    spec = forms.get("observation")
    assert validate_answers(spec, {"observed_on": date(2026, 11, 3), "signs": ["low_mood"]}) == {}
    assert validate_answers(spec, {"observed_on": "2026-11-03", "signs": ["low_mood", "x"]}) == {
        "signs": (AnswerProblem.UNKNOWN_OPTION,)
    }


def test_freeze_answers_keeps_the_wording_as_asked(forms: FormSet) -> None:
    spec = forms.get("choice")
    values = {
        "nc_reasons": ["nc_recent", "nc_belief_in_group"],
        "chosen": "non_confrontational_group",
        "motivation": "Recent, and the class is strong.",
        "group_method": "no_blame",
        "c_reasons": [],
    }
    dutch = freeze_answers(spec, parse_answers(spec, values), "nl")
    assert [a.field_id for a in dutch] == ["nc_reasons", "chosen", "motivation", "group_method"]
    assert dutch[1] == Answer(
        field_id="chosen", question="Gekozen aanpak", value="Niet-confronterend, met de groep"
    )
    assert dutch[0].value == "Het pesten is pas begonnen\nJe gelooft sterk in wat de groep kan"
    english = freeze_answers(spec, parse_answers(spec, values), "en")
    motivation = "Recent, and the class is strong."
    assert english[2] == Answer("motivation", "Why this approach?", motivation)
    assert english[3].value == "No Blame approach"


def test_freeze_answers_renders_tables_dates_and_hidden_fields(forms: FormSet) -> None:
    spec = forms.get("victim")
    values = {
        "held_on": date(2026, 11, 20),
        "participants": ["p1"],
        "praise_given": True,
        "wish_parents_not_involved": False,
        "wish_note": "left over from an earlier answer",
        "agreements": [{"who": "Mr Peeters", "what": "talk to the class", "by": "2026-12-01"}],
    }
    typed = parse_answers(spec, values)
    frozen = {a.field_id: a for a in freeze_answers(spec, typed, "nl", {"p1": "Lena"})}
    assert "wish_note" not in frozen  # hidden, so not part of the record
    assert frozen["held_on"].value == "2026-11-20"
    assert frozen["participants"].value == "Lena"
    assert frozen["praise_given"].value == "ja"
    assert frozen["wish_parents_not_involved"].value == "nee"
    assert frozen["agreements"].value == "Mr Peeters | talk to the class | 2026-12-01"
    assert frozen["agreements"].question == "Afspraken: wie doet wat, tegen wanneer?"


def test_tristate_and_checklist_answers_are_frozen_as_words(forms: FormSet) -> None:
    spec = forms.get("triage")
    frozen = freeze_answers(
        spec, parse_answers(spec, {"intent": "unclear", "features": ["anonymous"]}), "nl"
    )
    assert [(a.question, a.value) for a in frozen] == [
        ("Is er de bedoeling om te kwetsen of pijn te doen?", "onduidelijk"),
        ("Welke kenmerken van cyberpesten spelen mee?", "De pester kan anoniem blijven"),
    ]
