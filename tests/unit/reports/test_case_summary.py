"""The case summary: every part of the case, evidence by hash, and a truly pseudonymised copy."""

from __future__ import annotations

import dataclasses
import io

from PIL import Image

from ehbc_desktop.reports.case_summary import CaseSummaryInput
from ehbc_desktop.reports.case_summary import render as render_summary
from tests.builders.story import ALL_NAMES, SCHOOL, day, make_record
from tests.unit.reports.pdfcheck import all_text, reader


def _summary(**changes: object) -> bytes:
    data = CaseSummaryInput(SCHOOL, make_record(conversations=3), "CLB", prepared_on=day(20))
    return render_summary(dataclasses.replace(data, **changes))  # type: ignore[arg-type]


def test_summary_covers_the_case() -> None:
    text = all_text(_summary())
    for expected in (
        "Tijdlijn",
        "cyberpesten",
        "ernstig",
        "Confronterende aanpak",
        "confronterend",
        "opvolggesprek",
        "Verwijdert alle foto's",
        "Ik bied Zoë mijn excuses aan",
        "verminderd",
        "somber of wisselend humeur",
        "Koen De Smet belde",
    ):
        assert expected in text, expected
    # Evidence by description and fingerprint (printed in two halves), no picture.
    assert "Screenshot van de groepschat" in text
    assert "9f2c" * 8 in text.replace(" ", "")
    assert "/XObject" not in str(reader(_summary()).pages[-1]["/Resources"])


def test_pseudonymised_summary_shows_no_participant_name_anywhere() -> None:
    pdf = _summary(pseudonymise=True)
    text = all_text(pdf)
    leaked = [name for name in ALL_NAMES if name.casefold() in text.casefold()]
    assert not leaked, leaked
    metadata = " ".join(str(v) for v in (reader(pdf).metadata or {}).values())
    assert not [name for name in ALL_NAMES if name in metadata]
    # Names became initials with the role, also inside free text.
    assert "Z.V. (gepeste)" in text and "J.D. (pester)" in text
    assert "A.C. (meeloper)" in text
    assert "I.P. (steunfiguur)" in text


def test_pseudonymised_summary_in_english_uses_english_roles() -> None:
    pdf = render_summary(CaseSummaryInput(SCHOOL, make_record(), pseudonymise=True), "en")
    text = all_text(pdf)
    assert "Z.V. (victim)" in text and "J.D. (bully)" in text


def test_evidence_image_is_printed_only_when_its_bytes_are_given() -> None:
    png = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 200, 200)).save(png, "PNG")
    pdf = _summary(images={"ev1": png.getvalue()})
    has_image = any(
        x.get_object()["/Subtype"] == "/Image"
        for page in reader(pdf).pages
        for x in page["/Resources"].get_object().get("/XObject", {}).values()
    )
    assert has_image


def test_the_summary_prints_the_vocabulary_s_words_for_status_and_classification() -> None:
    # The same words as the window's case list and `ehbc cases list` (one vocabulary).
    from ehbc_desktop.domain.enums import CaseStatus, Classification
    from ehbc_desktop.vocabulary import label

    record = make_record()
    triage = dataclasses.replace(record.triages[-1], classification=Classification.CONFLICT)
    case = dataclasses.replace(record.case, status=CaseStatus.OBSERVATION)
    record = dataclasses.replace(record, case=case, triages=(*record.triages[:-1], triage))
    assert label(Classification.CONFLICT, "nl") == "conflict, geen pesten"
    for lang in ("nl", "en"):
        text = all_text(render_summary(CaseSummaryInput(SCHOOL, record), lang))
        assert label(Classification.CONFLICT, lang) in text, lang
        assert label(CaseStatus.OBSERVATION, lang) in text, lang
