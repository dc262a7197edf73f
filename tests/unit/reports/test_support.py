"""Wording tables, dates, labels, the pseudonymiser, the helplines file and the registry."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ehbc_desktop.domain import enums
from ehbc_desktop.reports.blocks import esc
from ehbc_desktop.reports.helplines import HelplinesFileError, load_helplines
from ehbc_desktop.reports.people import Pseudonymiser
from ehbc_desktop.reports.registry import DOCUMENTS, get_document, render_document
from ehbc_desktop.reports.texts import TEXTS, format_date, text
from ehbc_desktop.vocabulary import label
from tests.builders.story import make_record


def test_both_languages_have_the_same_keys() -> None:
    assert set(TEXTS["nl"]) == set(TEXTS["en"])


def test_dates_are_written_out_per_language() -> None:
    assert format_date(date(2026, 11, 21), "nl") == "21 november 2026"
    assert format_date(date(2026, 11, 21), "en") == "21 November 2026"
    assert format_date(datetime(2026, 3, 1, 12, tzinfo=UTC), "nl").endswith("maart 2026")
    assert format_date(None, "nl") == ""
    with pytest.raises(ValueError, match="unsupported"):
        text("fr", "confidential")


def test_every_enum_member_has_a_printed_name() -> None:
    for enum_type in (
        enums.Role,
        enums.ReporterKind,
        enums.ConversationKind,
        enums.Severity,
        enums.AgreementStatus,
        enums.FollowUpOutcome,
        enums.WarningSign,
        enums.ApproachReason,
        enums.Classification,
        enums.Confidentiality,
    ):
        for member in enum_type:
            assert label(member, "nl") != member.value.replace("_", " ") or member.value in (
                "forum",
                "livestream",
            ), member
    # Equal values of different enums keep their own names.
    assert label(enums.Role.VICTIM, "nl") == "gepeste"
    assert label(enums.ConversationKind.VICTIM, "nl") == "gesprek met de gepeste leerling"


def test_escape_keeps_line_breaks_and_neutralises_markup() -> None:
    assert esc("a <b> & c\nd") == "a &lt;b&gt; &amp; c<br/>d"


def test_pseudonymiser_replaces_full_first_and_last_names_case_insensitively() -> None:
    pseudo = Pseudonymiser(make_record(), "nl")
    result = pseudo(
        "Jonas De Smet zei tegen zoë: De Smet en Jonas, Vermeirens fiets. Smet de pester."
    )
    assert "Jonas" not in result and "Smet" not in result and "zoë" not in result
    assert result.startswith("J.D. (pester) zei tegen Z.V. (gepeste)")
    assert "Vermeirens" in result  # a longer word is not a name
    assert "J.D. (pester) de pester." in result  # the particle "de" stays an ordinary word
    # Accents and case as a teacher may type them.
    assert pseudo("ZOE en Anais, en Zoë") == "Z.V. (gepeste) en A.C. (meeloper), en Z.V. (gepeste)"


def test_shipped_helplines_file_lists_the_services(tmp_path: Path) -> None:
    names = [h.name for h in load_helplines()]
    assert names[:2] == ["Awel", "WAT WAT"]
    assert {"JAC", "Child Focus", "Alles over pesten", "Lokale politie"} <= set(names)
    broken = tmp_path / "helplines.toml"
    broken.write_text('[[helpline]]\nname = "X"\n', encoding="utf-8")
    with pytest.raises(HelplinesFileError):
        load_helplines(broken)


def test_registry_lists_every_document_with_both_titles() -> None:
    assert [d.id for d in DOCUMENTS] == [
        "repair-agreement",
        "follow-up-plan",
        "conversation",
        "case-summary",
        "pupil-handout",
        "parent-handout",
        "recovery-sheet",
        "blank-repair-agreement",
        "blank-conversation",
    ]
    assert get_document("case-summary").title("nl") == "Dossieroverzicht"
    assert get_document("case-summary").title("en") == "Case summary"
    with pytest.raises(TypeError):
        render_document("case-summary", object())
    with pytest.raises(KeyError):
        get_document("nope")
