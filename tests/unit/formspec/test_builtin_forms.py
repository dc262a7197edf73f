"""Every built-in form loads, speaks both languages, and matches the domain vocabulary."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

import pytest

from ehbc_desktop.domain import enums
from ehbc_desktop.formspec import (
    KNOWN_RULES,
    FieldType,
    FormSet,
    FormSpec,
    IntakeKind,
    RuleName,
    Text,
    builtin_forms_dir,
    load_form,
    load_forms,
)
from ehbc_desktop.formspec.locate import LineIndex

FORMS_DIR = builtin_forms_dir()
FORM_FILES = sorted(FORMS_DIR.glob("*.toml"))


@pytest.fixture(scope="module")
def builtin() -> FormSet:
    return load_forms(None)


def test_the_builtin_folder_is_the_packages_forms_folder() -> None:
    assert Path(__file__).resolve().parents[3] / "ehbc_desktop" / "forms" == FORMS_DIR
    assert len(FORM_FILES) == 23  # 14 steps and conversations, 9 stages of group methods


def test_every_builtin_form_loads_without_errors(builtin: FormSet) -> None:
    assert builtin.errors == ()
    assert builtin.school_ids == frozenset()
    assert {path.stem for path in FORM_FILES} == set(builtin.forms)
    for path in FORM_FILES:
        assert load_form(path).id == path.stem


def test_every_kind_has_its_form(builtin: FormSet) -> None:
    kinds = [*enums.ConversationKind, *IntakeKind]
    for kind in kinds:
        spec = builtin.for_kind(kind.value)
        assert spec is not None, kind
        assert spec.id == kind.value
    assert builtin.get("victim").conversation_kind is enums.ConversationKind.VICTIM
    assert builtin.get("report").conversation_kind is None


def _texts(spec: FormSpec) -> list[Text]:
    texts = [spec.title, *([spec.intro] if spec.intro else [])]
    for page in spec.pages:
        texts += [page.title, *([page.guidance] if page.guidance else [])]
        for field in page.fields:
            texts += [field.label, *([field.help] if field.help else [])]
            for option in field.options:
                texts += [option.label, *([option.help] if option.help else [])]
    return texts


def test_every_text_has_dutch_and_english(builtin: FormSet) -> None:
    for spec in builtin:
        for text in _texts(spec):
            assert text.nl.strip() and text.en.strip(), spec.id
            assert text.get("nl") == text.nl
            assert text.get("en_GB") == text.en
        # The Dutch side really is Dutch: the two languages differ somewhere on every page.
        for page in spec.pages:
            assert page.title.nl != page.title.en or page.id == "flags", (spec.id, page.id)


def test_rules_are_known_and_backed_by_fields(builtin: FormSet) -> None:
    for spec in builtin:
        assert set(spec.rules) <= KNOWN_RULES
        if RuleName.NEXT_DATE_REQUIRED in spec.rules:
            next_date = spec.field("next_date")
            assert next_date is not None and next_date.type is FieldType.DATE
            assert next_date.required, spec.id
        if RuleName.AGREEMENTS_COMPLETE in spec.rules:
            agreements = spec.field("agreements")
            assert agreements is not None and agreements.type is FieldType.AGREEMENTS
    for spec in builtin:
        if spec.conversation_kind is not None:
            assert RuleName.NEXT_DATE_REQUIRED in spec.rules, spec.id
            held_on = spec.field("held_on")
            assert held_on is not None and held_on.required, spec.id
    assert RuleName.VICTIM_CONSENT_REQUIRED in builtin.get("bully").rules
    for form_id in ("parents_victim", "parents_bully", "parents_other"):
        assert RuleName.PARENTS_ALLOWED in builtin.get(form_id).rules
    restorative = builtin.get("restorative")
    assert RuleName.RESTORATIVE_PRECONDITIONS in restorative.rules
    assert RuleName.RESTORATIVE_GRID_COMPLETE in restorative.rules


ENUM_FIELDS: list[tuple[str, str, type[StrEnum]]] = [
    ("report", "reporter_kind", enums.ReporterKind),
    ("report", "media", enums.Medium),
    ("report", "forms", enums.BullyingForm),
    ("observation", "signs", enums.WarningSign),
    ("triage", "features", enums.CyberFeature),
    ("triage", "classification", enums.Classification),
    ("severity", "severity", enums.Severity),
    ("severity", "flag", enums.Flag),
    ("severity", "legal_checks", enums.LegalCheck),
    ("choice", "chosen", enums.ApproachChoice),
    ("choice", "group_method", enums.GroupMethod),
    ("group", "method", enums.GroupMethod),
    ("follow_up", "outcome", enums.FollowUpOutcome),
    ("restorative", "round", enums.RestorativeQuestion),
    ("bully", "approach", enums.Approach),
]


@pytest.mark.parametrize(("form_id", "field_id", "enum"), ENUM_FIELDS)
def test_option_ids_are_the_domain_values(
    builtin: FormSet, form_id: str, field_id: str, enum: type[StrEnum]
) -> None:
    field = builtin.get(form_id).field(field_id)
    assert field is not None
    assert [option.id for option in field.options] == [member.value for member in enum]


def test_choice_reasons_are_the_two_columns(builtin: FormSet) -> None:
    spec = builtin.get("choice")
    columns = {
        field_id: [option.id for option in spec.field(field_id).options]  # type: ignore[union-attr]
        for field_id in ("nc_reasons", "c_reasons")
    }
    reasons = list(enums.ApproachReason)
    assert columns["nc_reasons"] == [r.value for r in reasons if r.approach.value.startswith("non")]
    assert columns["c_reasons"] == [
        r.value for r in reasons if r.approach.value == "confrontational"
    ]


def test_flag_criteria_and_victim_tips(builtin: FormSet) -> None:
    severity = builtin.get("severity")
    for criterion in enums.FlagCriterion:
        assert severity.field(f"flag_{criterion.value}") is not None
    for flag in severity.field("flag").options:  # type: ignore[union-attr]
        assert flag.help is not None
    tips = builtin.get("victim").field("tips_given")
    assert tips is not None and tips.handout and len(tips.options) == 10


def test_the_line_index_finds_every_field_and_option_of_the_builtin_forms() -> None:
    for path in FORM_FILES:
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        index = LineIndex(source)
        spec = load_form(path)
        for p_number, page in enumerate(spec.pages):
            page_line = lines[index.line_of(("pages", p_number, "id")) - 1]
            assert re.search(rf'id = "{page.id}"', page_line), (path.name, page.id)
            for f_number, field in enumerate(page.fields):
                where = ("pages", p_number, "fields", f_number)
                assert f'id = "{field.id}"' in lines[index.line_of((*where, "id")) - 1]
                assert "label" in lines[index.line_of((*where, "label")) - 1]
                for o_number, option in enumerate(field.options):
                    line = lines[index.line_of((*where, "options", o_number, "id")) - 1]
                    assert f'id = "{option.id}"' in line, (path.name, field.id, option.id)
