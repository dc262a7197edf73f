"""DocumentService on a real vault: every document from a case made through the services."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.documents.document_catalog import DocumentRequest, Unavailable
from ehbc_desktop.services.documents.documents import DocumentService, RenderStage
from ehbc_desktop.services.errors import (
    CaseNotFoundError,
    DocumentUnavailableError,
    InvalidInputError,
    NotFoundError,
)
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from tests.builders.story import ALL_NAMES, BULLY, FOLLOWER, PARENT_B, SCHOOL, SUPPORT, VICTIM
from tests.builders.vault import PNG, DocumentCase, build_case, new_vault
from tests.readers import page_count, pdf_text


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[VaultSession, DocumentCase]]:
    """One real vault with the fictional case, shared by the tests of this module."""
    session = new_vault(tmp_path_factory.mktemp("docs") / "vault")
    case = build_case(session)
    yield session, case
    session.close()


@pytest.fixture
def service(vault: tuple[VaultSession, DocumentCase]) -> DocumentService:
    # No evidence service: the fictional evidence has metadata only.
    return DocumentService(vault[0], find_evidence_service=False)


@pytest.fixture
def case(vault: tuple[VaultSession, DocumentCase]) -> DocumentCase:
    return vault[1]


def _audit(vs: VaultSession, since: int) -> list[m.AuditEvent]:
    with vs.unit() as s:
        rows = s.execute(select(m.AuditEvent).where(m.AuditEvent.seq > since)
                         .order_by(m.AuditEvent.seq)).scalars()
        return list(rows)


def _last_seq(vs: VaultSession) -> int:
    with vs.unit() as s:
        return int(s.execute(select(m.AuditEvent.seq).order_by(m.AuditEvent.seq.desc())).scalar()
                   or 0)


CASE_DOCUMENTS = ("repair-agreement", "follow-up-plan", "conversation", "case-summary")


@pytest.mark.parametrize("document_id", CASE_DOCUMENTS)
def test_case_documents_name_the_pupils_and_carry_the_reference(
        service: DocumentService, case: DocumentCase, document_id: str) -> None:
    rendered = service.render(DocumentRequest(document_id, case.case_id, case.conversation_id))

    text = pdf_text(rendered.pdf)
    assert VICTIM.first_name in text
    assert SCHOOL in text
    # The footer of every page carries the reference (never a name).
    for page in PdfReader(io.BytesIO(rendered.pdf)).pages:
        assert case.reference in (page.extract_text() or "")
    assert rendered.reference == case.reference
    assert rendered.confidential
    assert rendered.suggested_file_name() == f"{case.reference}-{document_id}.pdf"


def test_repair_agreement_prints_engagements_support_and_the_bullys_parent(
        service: DocumentService, case: DocumentCase) -> None:
    text = pdf_text(service.repair_agreement(case.case_id))

    assert f"{BULLY.first_name} {BULLY.last_name}" in text
    assert "Ik verwijder alle foto's van Zoë die ik deelde" in text
    assert SUPPORT in text
    assert f"{PARENT_B.first_name} {PARENT_B.last_name}" in text  # no wish keeps the parents out


def test_repair_agreement_leaves_parents_out_while_a_competent_pupils_wish_stands(
        tmp_path: Path) -> None:
    vs = new_vault(tmp_path / "vault")
    try:
        case = build_case(vs)
        with vs.unit() as s:
            s.add(m.ParentInvolvementWish(
                case_id=case.case_id, pupil_participant_id=case.bully_id,
                wishes_no_parents=True, judged_competent=True, judged_by="CLB",
                judged_on=date(2026, 10, 6)))
        text = pdf_text(DocumentService(vs).repair_agreement(case.case_id))
    finally:
        vs.close()
    assert PARENT_B.first_name not in text
    assert f"{BULLY.first_name} {BULLY.last_name}" in text


def test_a_case_without_repair_agreement_can_not_print_one(tmp_path: Path) -> None:
    vs = new_vault(tmp_path / "vault")
    try:
        from ehbc_desktop.services.case.cases import CaseService

        case_id = CaseService(vs).create_case("Zonder overeenkomst")
        service = DocumentService(vs)
        with pytest.raises(DocumentUnavailableError) as caught:
            service.repair_agreement(case_id)
        choices = {c.id: c for c in service.list_documents("nl", case_id)}
    finally:
        vs.close()
    assert caught.value.reason == "no_repair_agreement"
    assert choices["repair-agreement"].unavailable is Unavailable.NO_REPAIR_AGREEMENT
    assert choices["conversation"].unavailable is Unavailable.NO_CONVERSATION
    assert choices["follow-up-plan"].unavailable is None


def test_conversation_report_holds_the_answers_and_the_amendment(
        service: DocumentService, case: DocumentCase) -> None:
    text = pdf_text(service.conversation_report(case.case_id, case.conversation_id, "en"))

    assert "Conversation report" in text
    assert "version 3" in text and "victim, version" not in text  # the form's title, not its id
    assert "reageert telkens met lachende smileys" in text
    assert f"ook {FOLLOWER.first_name} foto's deelde" in text
    with pytest.raises(NotFoundError):
        service.conversation_report(case.case_id, "no-such-conversation")


def test_pseudonymised_summary_shows_no_participant_name(
        service: DocumentService, case: DocumentCase) -> None:
    plain = pdf_text(service.case_summary(case.case_id).pdf)
    hidden = pdf_text(service.case_summary(case.case_id, pseudonymise=True).pdf)

    assert VICTIM.last_name in plain and SUPPORT in plain
    for name in ALL_NAMES:
        assert name not in hidden, name
    assert case.reference in hidden


def test_summary_without_evidence_reader_leaves_pictures_out_and_says_so(
        service: DocumentService, case: DocumentCase) -> None:
    asked = service.case_summary(case.case_id, include_images=True)
    not_asked = service.case_summary(case.case_id)

    assert asked.images_unavailable and asked.images_included == 0
    assert not not_asked.images_unavailable
    assert _image_count(asked.pdf) == 0


def test_summary_prints_pictures_only_when_asked(
        vault: tuple[VaultSession, DocumentCase], case: DocumentCase) -> None:
    reads: list[str] = []

    def read(evidence_id: str) -> bytes:
        reads.append(evidence_id)
        return PNG

    service = DocumentService(vault[0], evidence_reader=read)
    without = service.case_summary(case.case_id)
    assert reads == [] and _image_count(without.pdf) == 0

    stages: list[tuple[RenderStage, int]] = []
    with_images = service.case_summary(case.case_id, include_images=True,
                                       progress=lambda st, pc: stages.append((st, pc)))
    assert reads == [case.evidence_id]
    assert with_images.images_included == 1 and not with_images.images_unavailable
    assert _image_count(with_images.pdf) == 1
    assert stages[0][0] is RenderStage.LOADING
    assert stages[-1] == (RenderStage.DONE, 100)
    assert RenderStage.RENDERING in [s for s, _ in stages]
    percents = [p for _, p in stages]
    assert percents == sorted(percents)


def _image_count(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(("document_id", "expected"), [
    ("pupil-handout", "Awel"),
    ("parent-handout", SCHOOL),
    ("blank-repair-agreement", "Herstelovereenkomst"),
])
def test_documents_without_a_case(service: DocumentService, document_id: str,
                                  expected: str) -> None:
    rendered = service.render(DocumentRequest(document_id))
    assert expected in pdf_text(rendered.pdf)
    assert rendered.case_id is None and rendered.reference == ""


def test_blank_conversation_forms_come_from_the_form_definitions(
        service: DocumentService) -> None:
    forms = {f.id: f.title for f in service.blank_forms("nl")}
    assert "victim" in forms and "restorative" in forms
    assert "triage" not in forms  # intake forms are not conversations

    text = pdf_text(service.blank_conversation_form("restorative", "nl"))
    assert forms["restorative"] in text
    assert "Stap 2" in text  # a page title becomes a section
    # Every restorative question is asked to each party, so each gets its own lines.
    assert "Wat is er gebeurd? (gepeste)" in text and "Wat is er gebeurd? (pester)" in text
    assert "☐ ja" in text
    with pytest.raises(NotFoundError):
        service.blank_conversation_form("triage")


def test_recovery_sheet_for_administrators_only(tmp_path: Path) -> None:
    from ehbc_desktop.services.access import access
    from ehbc_desktop.vault.errors import NotAllowedError

    folder = tmp_path / "vault"
    vs = new_vault(folder)
    code = vs.vault.recovery_code()
    vs.add_user("meester.tom", "nog een lange geheime zin")
    text = pdf_text(DocumentService(vs).recovery_sheet("en"))
    choices = {c.id for c in DocumentService(vs).list_documents()}
    vs.close()
    assert code.split("-")[0] in text and "recovery-sheet" in choices

    other = access.unlock(folder, "meester.tom", "nog een lange geheime zin")
    try:
        assert "recovery-sheet" not in {c.id for c in DocumentService(other).list_documents()}
        with pytest.raises(NotAllowedError):
            DocumentService(other).recovery_sheet()
    finally:
        other.close()


def test_making_a_document_is_audited_without_names(
        vault: tuple[VaultSession, DocumentCase], service: DocumentService,
        case: DocumentCase) -> None:
    vs = vault[0]
    since = _last_seq(vs)
    service.case_summary(case.case_id, pseudonymise=True, lang="en")
    service.pupil_handout()

    events = _audit(vs, since)
    assert [(e.action, e.target, e.case_id) for e in events] == [
        (AuditAction.VIEW, "document:case-summary", case.case_id),
        (AuditAction.VIEW, "document:pupil-handout", None),
    ]
    assert "pseudonymised=1" in events[0].detail and "lang=en" in events[0].detail
    for event in events:
        assert not any(name in event.detail + event.target for name in ALL_NAMES)


def test_save_pdf_writes_the_file_and_an_export_event(
        vault: tuple[VaultSession, DocumentCase], service: DocumentService,
        case: DocumentCase, tmp_path: Path) -> None:
    vs = vault[0]
    pdf = service.follow_up_plan(case.case_id)
    target = tmp_path / f"{VICTIM.first_name} plan.pdf"
    since = _last_seq(vs)

    service.save_pdf(pdf, target, "follow-up-plan", case.case_id)

    assert target.read_bytes() == pdf
    assert page_count(target.read_bytes()) >= 1
    [event] = _audit(vs, since)
    assert (event.action, event.target, event.case_id) == (
        AuditAction.EXPORT, "document:follow-up-plan", case.case_id)
    # The file name may hold a name; the log never does.
    assert VICTIM.first_name not in event.detail
    assert list(tmp_path.iterdir()) == [target]  # no temp file left behind


def test_save_pdf_refuses_bytes_that_are_no_pdf(service: DocumentService,
                                                tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError):
        service.save_pdf(b"not a pdf", tmp_path / "x.pdf", "pupil-handout")
    assert not (tmp_path / "x.pdf").exists()


def test_requests_are_checked(service: DocumentService, case: DocumentCase) -> None:
    with pytest.raises(InvalidInputError):
        service.render(DocumentRequest("follow-up-plan"))
    with pytest.raises(InvalidInputError):
        service.render(DocumentRequest("conversation", case.case_id))
    with pytest.raises(NotFoundError):
        service.render(DocumentRequest("no-such-document"))
    with pytest.raises(CaseNotFoundError):
        service.follow_up_plan("0" * 32)
    with pytest.raises(ValueError, match="language"):
        service.pupil_handout("fr")


def test_find_case_by_reference_or_id(service: DocumentService, case: DocumentCase) -> None:
    assert service.find_case(case.reference) == case.case_id
    assert service.find_case(case.case_id) == case.case_id
    with pytest.raises(CaseNotFoundError) as caught:
        service.find_case("1999-999")
    assert caught.value.reference == "1999-999"


def test_conversations_are_listed_for_the_picker(service: DocumentService,
                                                 case: DocumentCase) -> None:
    [choice] = service.conversations(case.case_id)
    assert choice.id == case.conversation_id and choice.finished


def test_school_settings_name_logo_and_contacts(tmp_path: Path) -> None:
    import base64

    vs = new_vault(tmp_path / "vault")
    try:
        case = build_case(vs)
        with vs.unit() as s:
            s.add_all([
                m.SchoolSetting(key="school_name", value="Campus De Linde"),
                m.SchoolSetting(key="school_logo", value=base64.b64encode(PNG).decode()),
                m.SchoolSetting(key="school_contact", value="mevrouw Claes, lokaal B12"),
                m.SchoolSetting(key="school_contacts",
                                value=[{"name": "CLB Lier", "role": "CLB", "reach": "03 480"},
                                       {"role": "no name: skipped"}]),
            ])
        service = DocumentService(vs, find_evidence_service=False)
        agreement = service.repair_agreement(case.case_id)
        plan = pdf_text(service.follow_up_plan(case.case_id))
        handout = pdf_text(service.pupil_handout())
        with vs.unit() as s:
            s.get(m.SchoolSetting, "school_logo").value = "not base64!"  # type: ignore[union-attr]
        without_logo = service.repair_agreement(case.case_id)
    finally:
        vs.close()
    assert "Campus De Linde" in pdf_text(agreement) and SCHOOL not in pdf_text(agreement)
    assert _image_count(agreement) == 1 and _image_count(without_logo) == 0
    assert "CLB Lier" in plan and "no name" not in plan
    assert "mevrouw Claes, lokaal B12" in handout
