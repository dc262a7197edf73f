"""Print preview and document picker: PDFs shown and printed from memory, saved only on request."""

from ehbc_desktop.ui.preview.document_list_model import DocumentListModel
from ehbc_desktop.ui.preview.document_notes import document_notes
from ehbc_desktop.ui.preview.document_picker_dialog import DocumentPickerDialog
from ehbc_desktop.ui.preview.pdf_printing import PrintError, prepare_printer, print_pdf
from ehbc_desktop.ui.preview.print_preview_dialog import PrintPreviewDialog

__all__ = [
    "DocumentListModel",
    "DocumentPickerDialog",
    "PrintError",
    "PrintPreviewDialog",
    "document_notes",
    "prepare_printer",
    "print_pdf",
]
