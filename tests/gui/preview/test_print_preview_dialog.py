"""The print preview over real PDFs from a vault: pages, zoom, printing, saving, no temp PDF."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from ehbc_desktop.ui.preview import PrintPreviewDialog
from tests.builders.story import VICTIM
from tests.builders.vault import DocumentCase
from tests.readers import page_count, pdf_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def summary(documents: DocumentService, doc_vault: tuple[VaultSession, DocumentCase]) -> bytes:
    """A real case summary of several pages."""
    return documents.case_summary(doc_vault[1].case_id).pdf


def _open(qtbot: QtBot, pdf: bytes, **kwargs: object) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(pdf, "Dossieroverzicht", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count() > 0)
    return dialog


def _never(*_args: object) -> bool:
    raise AssertionError("must not be asked")


def test_preview_shows_the_pages_and_navigates(qtbot: QtBot, summary: bytes) -> None:
    pages = page_count(summary)
    assert pages >= 2
    dialog = _open(qtbot, summary)

    assert dialog.page_count() == pages
    assert str(pages) in dialog.page_count_label.text()
    assert dialog.page_box.maximum() == pages
    assert not dialog.previous_button.isEnabled()

    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: dialog.current_page() == 1)
    assert dialog.page_box.value() == 2 and dialog.previous_button.isEnabled()
    dialog.page_box.setValue(pages)
    qtbot.waitUntil(lambda: dialog.current_page() == pages - 1)
    assert not dialog.next_button.isEnabled()

    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData(1.5))
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(1.5)
    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData("fit-page"))
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitInView


def test_printing_renders_every_page_on_the_printer(qtbot: QtBot, summary: bytes,
                                                    tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"

    def pdf_printer(_parent: QWidget, _document: object, chosen: Any) -> None:
        # In the program this is the system print dialog and a real printer.
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(120)
        chosen(printer)

    dialog = _open(qtbot, summary, printer_chooser=pdf_printer)
    with qtbot.waitSignal(dialog.sig_printed) as signal:
        qtbot.mouseClick(dialog.print_button, LEFT)

    assert signal.args == [page_count(summary)]
    assert page_count(printed.read_bytes()) == page_count(summary)


def test_save_warns_first_and_goes_through_the_service(
        qtbot: QtBot, documents: DocumentService, doc_vault: tuple[VaultSession, DocumentCase],
        summary: bytes, tmp_path: Path) -> None:
    vs, case = doc_vault
    target = tmp_path / "summary.pdf"
    answers = [False, True]
    asked: list[str] = []

    def save(path: Path) -> None:
        documents.save_pdf(summary, path, "case-summary", case.case_id)

    def ask(_parent: QWidget, suggested: str) -> Path:
        asked.append(suggested)
        return target

    dialog = _open(qtbot, summary, save=save, suggested_name="2026-001-case-summary.pdf",
                   confirm=lambda _parent, go_on: answers.pop(0) and go_on(),
                   ask_path=ask)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not target.exists() and asked == []  # the warning was declined

    with qtbot.waitSignal(dialog.sig_saved):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert target.read_bytes() == summary
    assert asked == ["2026-001-case-summary.pdf"]
    with vs.unit() as s:
        last = s.execute(select(m.AuditEvent).order_by(m.AuditEvent.seq.desc())).scalar()
    assert last is not None
    assert (last.action, last.target) == (AuditAction.EXPORT, "document:case-summary")


def test_a_handout_saves_without_privacy_warning_and_notes_are_shown(
        qtbot: QtBot, documents: DocumentService, tmp_path: Path) -> None:
    handout = documents.pupil_handout()
    saved: list[Path] = []
    dialog = _open(qtbot, handout, save=saved.append, confidential=False, confirm=_never,
                   ask_path=lambda _p, _s: tmp_path / "h.pdf",
                   notes=["Evidence pictures were left out."])
    dialog.save_as()
    assert saved == [tmp_path / "h.pdf"]
    assert any(label.text() == "Evidence pictures were left out."
               for label in dialog.findChildren(type(dialog.page_count_label)))
    no_save = _open(qtbot, handout)
    assert not no_save.save_button.isVisibleTo(no_save)


def _new_files(root: Path, since: float) -> list[Path]:
    found = []
    for folder, dirs, files in os.walk(root):
        # Other test runs keep their own folders here; this dialog writes to none of them.
        dirs[:] = [d for d in dirs if not d.startswith(("pytest-of-", "bash_jobs"))]
        for name in files:
            path = Path(folder) / name
            try:
                if path.stat().st_mtime >= since:
                    found.append(path)
            except OSError:
                continue
    return found


def test_preview_leaves_no_pdf_in_the_temp_folder(qtbot: QtBot, summary: bytes) -> None:
    started = time.time() - 1
    dialog = _open(qtbot, summary)
    dialog.go_to_page(dialog.page_count() - 1)
    dialog.set_zoom(2.0)
    qtbot.wait(50)
    dialog.close()

    leaks = []
    for path in _new_files(Path(tempfile.gettempdir()), started):
        try:
            head = path.read_bytes()[:5]
        except OSError:
            continue
        if head == b"%PDF-" and VICTIM.first_name in pdf_text(path.read_bytes()):
            leaks.append(path)
    assert leaks == []
    assert dialog.document.pageCount() == 0  # closed with the dialog


def test_for_document_wires_name_notes_and_the_services_save(
        qtbot: QtBot, documents: DocumentService, doc_vault: tuple[VaultSession, DocumentCase],
        tmp_path: Path) -> None:
    vs, case = doc_vault
    rendered = documents.case_summary(case.case_id, include_images=True)
    assert rendered.images_unavailable  # no evidence reader in this test
    asked: list[str] = []

    def ask(_parent: QWidget, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / suggested

    dialog = PrintPreviewDialog.for_document(rendered, documents.save_pdf, ask_path=ask,
                                             confirm=lambda _parent, go_on: go_on())
    qtbot.addWidget(dialog)
    notes = [label.text() for label in dialog.findChildren(type(dialog.page_count_label))
             if label.objectName() == "previewNote"]
    assert len(notes) == 1 and "description" in notes[0]

    dialog.save_as()

    assert asked == [f"{case.reference}-case-summary.pdf"]
    assert (tmp_path / asked[0]).read_bytes() == rendered.pdf
    with vs.unit() as s:
        last = s.execute(select(m.AuditEvent).order_by(m.AuditEvent.seq.desc())).scalar()
    assert last is not None and last.action is AuditAction.EXPORT
    assert last.case_id == case.case_id
