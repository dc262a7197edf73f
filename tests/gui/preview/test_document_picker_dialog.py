"""The document picker over a real vault: choices, options, and the request it hands back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.ui.preview import DocumentListModel, DocumentPickerDialog, PrintPreviewDialog
from tests.builders.vault import DocumentCase
from tests.readers import page_count


def _picker(qtbot: QtBot, documents: DocumentService, case: DocumentCase | None,
            lang: str = "nl") -> DocumentPickerDialog:
    case_id = case.case_id if case else None
    dialog = DocumentPickerDialog(
        documents.list_documents(lang, case_id), case_id=case_id,
        conversations=documents.conversations(case_id) if case_id else (),
        forms=documents.blank_forms(lang), lang=lang)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_list_model_is_a_proper_qt_model(qtmodeltester: ModelTester,
                                             documents: DocumentService) -> None:
    qtmodeltester.check(DocumentListModel(documents.list_documents("en")))


def test_picking_a_conversation_report(qtbot: QtBot, documents: DocumentService,
                                       doc_vault: tuple[VaultSession, DocumentCase]) -> None:
    case = doc_vault[1]
    dialog = _picker(qtbot, documents, case)
    assert dialog.current() is not None  # the first document is highlighted

    dialog.select("conversation")
    assert dialog.conversation_box.isVisibleTo(dialog)
    assert not dialog.pseudonymise_box.isVisibleTo(dialog)
    assert dialog.conversation_box.count() == 3
    dialog.conversation_box.setCurrentIndex(0)
    request = dialog.request()
    assert request is not None
    assert (request.document_id, request.case_id, request.conversation_id) == (
        "conversation", case.case_id, case.conversation_id)


def test_summary_options_and_language_reach_the_request(
        qtbot: QtBot, documents: DocumentService,
        doc_vault: tuple[VaultSession, DocumentCase]) -> None:
    dialog = _picker(qtbot, documents, doc_vault[1])
    dialog.select("case-summary")
    assert dialog.pseudonymise_box.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.pseudonymise_box, Qt.MouseButton.LeftButton)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))

    request = dialog.request()
    assert request is not None
    assert request.pseudonymise and not request.include_images and request.lang == "en"

    # The owner's flow: make the document and preview it.
    rendered = documents.render(request)
    preview = PrintPreviewDialog(rendered.pdf, rendered.title)
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count() == page_count(rendered.pdf))


def test_documents_a_case_can_not_make_are_disabled(
        qtbot: QtBot, documents: DocumentService,
        doc_vault: tuple[VaultSession, DocumentCase]) -> None:
    bare = CaseService(doc_vault[0]).create_case("Nog leeg")
    dialog = DocumentPickerDialog(documents.list_documents("nl", bare), case_id=bare)
    qtbot.addWidget(dialog)
    row = dialog.model.row_of("repair-agreement")
    index = dialog.model.index(row)
    assert not dialog.model.flags(index) & Qt.ItemFlag.ItemIsEnabled
    assert "repair agreement" in str(dialog.model.data(index, Qt.ItemDataRole.ToolTipRole))
    dialog.select("repair-agreement")
    assert dialog.request() is None


def test_without_a_case_only_case_free_documents_can_be_previewed(
        qtbot: QtBot, documents: DocumentService) -> None:
    dialog = _picker(qtbot, documents, None)
    current = dialog.current()
    assert current is not None and not current.needs_case
    dialog.select("follow-up-plan")
    assert not dialog.preview_button.isEnabled()
    dialog.select("blank-conversation")
    assert dialog.form_box.isVisibleTo(dialog) and dialog.preview_button.isEnabled()
    request = dialog.request()
    assert request is not None and request.form_id and request.case_id is None
