"""Shows a rendered document in the print preview; saving goes through DocumentService."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ehbc_desktop.services.documents.document_catalog import RenderedDocument
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.ops import Op
from ehbc_desktop.ui.preview import PrintPreviewDialog


def open_preview(
    parent: QWidget, rendered: RenderedDocument, service: DocumentService,
    runner: BackgroundRunner,
) -> PrintPreviewDialog:
    """Open (not exec) the preview of `rendered`; "Save as PDF" warns, then saves audited.

    The PDF stays in memory; `DocumentService.save_pdf` (audit EXPORT) runs as an operation on
    the app's database worker, owned by the preview.
    """

    def run_save(work: Callable[[], None], done: Callable[[BaseException | None], None]) -> None:
        Op(dialog, work).success(lambda _result: done(None)).failure(done).run(runner)

    def save_pdf(pdf: bytes, path: Path, document_id: str, case_id: str | None) -> None:
        # The path comes from the save dialog, which asked before an existing file was chosen.
        service.save_pdf(pdf, path, document_id, case_id, overwrite=True)

    dialog = PrintPreviewDialog.for_document(rendered, save_pdf, run_save=run_save,
                                             parent=parent)
    dialog.setObjectName("printPreviewDialog")
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
