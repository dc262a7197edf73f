"""Shows a rendered document in the print preview; saving goes through DocumentService."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ehbc_desktop.services.documents.document_catalog import RenderedDocument
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.preview import PrintPreviewDialog
from ehbc_desktop.ui.tasks.runner_calls import call_on_runner


def open_preview(
    parent: QWidget, rendered: RenderedDocument, service: DocumentService,
    runner: BackgroundRunner,
) -> PrintPreviewDialog:
    """Open (not exec) the preview of `rendered`; "Save as PDF" warns, then saves audited.

    The PDF stays in memory; `DocumentService.save_pdf` (audit EXPORT) runs on the app's
    database worker while the dialog waits for it.
    """

    def save_pdf(pdf: bytes, path: Path, document_id: str, case_id: str | None) -> None:
        call_on_runner(runner, lambda: service.save_pdf(pdf, path, document_id, case_id))

    dialog = PrintPreviewDialog.for_document(rendered, save_pdf, parent=parent)
    dialog.setObjectName("printPreviewDialog")
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
