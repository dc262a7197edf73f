"""Every document renders from realistic data, carries its content and a clean page frame."""

from __future__ import annotations

import pytest

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.reports.registry import DOCUMENTS, render_document
from tests.builders.story import ALL_NAMES, REFERENCE, SCHOOL, all_inputs, make_record
from tests.unit.reports.pdfcheck import (
    all_text,
    body_text,
    edge_texts,
    font_names,
    page_texts,
    reader,
)

CASE_DOCUMENTS = ("repair-agreement", "follow-up-plan", "conversation", "case-summary")


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[str, str], bytes]:
    """Every document in both languages, rendered once for this module."""
    inputs = all_inputs(make_record())
    return {
        (doc.id, lang): render_document(doc.id, inputs[doc.id], lang)
        for doc in DOCUMENTS
        for lang in ("nl", "en")
    }


@pytest.mark.parametrize("doc_id", [doc.id for doc in DOCUMENTS])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_document_renders_as_pdf_with_embedded_dejavu(
    rendered: dict[tuple[str, str], bytes], doc_id: str, lang: str
) -> None:
    pdf = rendered[(doc_id, lang)]
    assert pdf.startswith(b"%PDF-")
    fonts = font_names(pdf)
    assert fonts, "no fonts in the page resources"
    # Subset-embedded DejaVu only ("ABCDEF+DejaVuSans"), never an unembedded standard font.
    assert all("+DejaVuSans" in name for name in fonts), fonts


@pytest.mark.parametrize("doc_id", CASE_DOCUMENTS)
def test_case_documents_frame_every_page_with_reference_confidential_and_page_count(
    rendered: dict[tuple[str, str], bytes], doc_id: str
) -> None:
    for lang, confidential, page_word in (
        ("nl", "Vertrouwelijk", "pagina"),
        ("en", "Confidential", "page"),
    ):
        edges = edge_texts(rendered[(doc_id, lang)])
        total = len(edges)
        for number, edge in enumerate(edges, start=1):
            assert confidential in edge
            assert REFERENCE in edge
            assert f"{page_word} {number} {'van' if lang == 'nl' else 'of'} {total}" in edge
            assert not [name for name in ALL_NAMES if name in edge], edge


@pytest.mark.parametrize("doc_id", [doc.id for doc in DOCUMENTS])
def test_metadata_has_title_and_no_names(
    rendered: dict[tuple[str, str], bytes], doc_id: str
) -> None:
    meta = reader(rendered[(doc_id, "nl")]).metadata
    assert meta is not None
    assert meta.title and meta.author and meta.subject and meta.creator
    values = " ".join(str(v) for v in meta.values())
    assert not [name for name in ALL_NAMES if name in values], values


def test_repair_agreement_carries_parties_engagements_dates_and_signatures(
    rendered: dict[tuple[str, str], bytes],
) -> None:
    text = all_text(rendered[("repair-agreement", "nl")])
    assert "Herstelovereenkomst" in text and SCHOOL in text
    assert "Jonas De Smet (2B)" in text and "Zoë Vermeiren (2B)" in text
    assert "1 Ik verwijder alle foto's van Zoë die ik deelde" in text
    assert "3 Ik reageer niet meer op berichten" in text
    assert "Ilse Peeters" in text and "leerlingenbegeleider" in text
    assert "26 oktober 2026" in text  # term
    assert "2 november 2026" in text  # evaluation
    for signature in (
        "Leerling",
        "Gekwetste leerling",
        "Steunfiguur",
        "Begeleidende leerkracht",
        "Ouder of voogd",
    ):
        assert signature in text
    assert "Opgemaakt te Lier op 19 oktober 2026." in text
    assert "Koen De Smet" in text  # the parent who signs
    assert "Mats Wouters, vriend uit 2B" in text


def test_repair_agreement_leaves_out_victim_and_parents_when_not_allowed() -> None:
    from tests.builders.story import repair_input

    pdf = render_document("repair-agreement", repair_input(victim_signs=False, bully_parents=()))
    text = all_text(pdf)
    assert "Gekwetste leerling" not in text
    assert "Ouder of voogd" not in text
    assert "Koen" not in text


def test_repair_agreement_prints_a_logo(rendered: dict[tuple[str, str], bytes]) -> None:
    import io

    from PIL import Image

    from tests.builders.story import repair_input

    png = io.BytesIO()
    Image.new("RGB", (120, 60), (29, 78, 110)).save(png, "PNG")
    pdf = render_document("repair-agreement", repair_input(logo=png.getvalue()))
    page = reader(pdf).pages[0]
    xobjects = page["/Resources"].get_object().get("/XObject", {})
    assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())
    assert len(pdf) > len(rendered[("repair-agreement", "nl")])


def test_user_markup_is_printed_as_text_not_interpreted() -> None:
    from tests.builders.story import repair_input

    pdf = render_document(
        "repair-agreement",
        repair_input(what_happened='Bericht met <b>vet</b> & <font size="40">groot</font>'),
    )
    assert 'Bericht met <b>vet</b> & <font size="40">groot</font>' in all_text(pdf)


def test_follow_up_plan_lists_approach_agreements_follow_ups_and_contacts(
    rendered: dict[tuple[str, str], bytes],
) -> None:
    text = all_text(rendered[("follow-up-plan", "nl")])
    assert "confronterend" in text and "het pesten duurt al lang" in text
    assert "Jonas moet snel bijsturen" in text
    assert "Verwijdert alle foto's van Zoë uit de groepschat" in text
    assert "14 oktober 2026" in text and "gedaan" in text and "loopt" in text
    assert "stap 3: apart gesprek met Zoë" in text and "verminderd" in text
    assert "lokaal B12, ma en do middag" in text


def test_conversation_report_keeps_question_wording_and_marks_amendments(
    rendered: dict[tuple[str, str], bytes],
) -> None:
    text = all_text(rendered[("conversation", "nl")])
    assert "Wat heb je zelf al geprobeerd, en wat hielp?" in text
    assert "Ze heeft Jonas De Smet geblokkeerd op één app" in text
    assert "Gesprek met de klas over de groepschat" in text
    assert "Volgend gesprek 14 oktober 2026" in text
    assert "Aanvulling van 8 oktober 2026, door A. Claes" in text
    assert "ook Anaïs foto's deelde" in text
    english = all_text(rendered[("conversation", "en")])
    assert "Amendment of 8 October 2026, by A. Claes" in english


def test_dutch_accents_survive_the_round_trip(rendered: dict[tuple[str, str], bytes]) -> None:
    text = all_text(rendered[("conversation", "nl")]) + all_text(rendered[("case-summary", "nl")])
    for word in ("Zoë", "Anaïs", "één", "geïnformeerd", "zorgcoördinator"):
        assert word in text


def test_a_long_answer_breaks_across_pages_without_losing_text() -> None:
    from ehbc_desktop.reports.conversation_report import ConversationReportInput

    words = [f"woord{index}" for index in range(300)]
    long_answer = "Eerste regel.\n" + " ".join(words)  # about 2,300 characters
    record: CaseRecord = make_record(long_answer=long_answer)
    data = ConversationReportInput(SCHOOL, record, record.conversations[0])
    pdf = render_document("conversation", data)
    pages = page_texts(pdf)
    # The answer really is split: it starts on one page and ends on a later one.
    start = next(i for i, page in enumerate(pages) if "woord0 " in page)
    assert "woord299" not in pages[start]
    assert any("woord299" in page for page in pages[start + 1 :])
    assert "Eerste regel. " + " ".join(words) in body_text(pdf)


def test_english_variants_use_english_wording(rendered: dict[tuple[str, str], bytes]) -> None:
    assert "What I will do to make it right" in all_text(rendered[("repair-agreement", "en")])
    assert "26 October 2026" in all_text(rendered[("repair-agreement", "en")])
    assert "Case summary" in all_text(rendered[("case-summary", "en")])
    assert "Two rules of thumb" in all_text(rendered[("parent-handout", "en")])
    assert "Local police" in all_text(rendered[("pupil-handout", "en")])


def test_handouts_and_recovery_sheet(rendered: dict[tuple[str, str], bytes]) -> None:
    pupil = all_text(rendered[("pupil-handout", "nl")])
    assert "Awel" in pupil and "102" in pupil and "116 000" in pupil and "JAC" in pupil
    assert "mevrouw Claes (vertrouwensleerkracht), B12" in pupil
    parent = all_text(rendered[("parent-handout", "nl")])
    assert "Twee vuistregels" in parent and "Signalen om op te letten" in parent
    assert "Als je kind zelf pest" in parent
    recovery = all_text(rendered[("recovery-sheet", "nl")])
    assert "K7QF-2M9X-HW4T-8RZP-C3VD-N6YB" in recovery
    assert "kluis of brandkast van de school" in recovery and "Nooit bij de pc" in recovery


def test_blank_forms_print_the_given_questions(rendered: dict[tuple[str, str], bytes]) -> None:
    text = all_text(rendered[("blank-conversation", "nl")])
    assert "Het verhaal" in text and "Wat wil je dat er (niet) gebeurt?" in text
    assert "Afspraken: wie doet wat, tegen wanneer?" in text
    blank = all_text(rendered[("blank-repair-agreement", "nl")])
    assert "Wat ik ga doen om het goed te maken" in blank and "Handtekening" in blank


def test_each_block_of_a_document_is_a_safe_point_for_the_gui_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Rendering holds the interpreter; after each paragraph, table or image the worker waits
    # for a GUI thread that fell behind (`ehbc_desktop.interpreter_share`).
    from ehbc_desktop.reports import base
    from ehbc_desktop.reports.conversation_report import ConversationReportInput

    calls: list[int] = []
    monkeypatch.setattr(base, "make_room_for_gui", lambda: calls.append(1) or False)
    record: CaseRecord = make_record()
    render_document("conversation", ConversationReportInput(SCHOOL, record,
                                                            record.conversations[0]))
    assert len(calls) >= 10
