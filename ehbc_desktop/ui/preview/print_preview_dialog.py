"""The print preview: a PDF shown from memory, with page navigation, zoom, print and save."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.services.documents.document_catalog import RenderedDocument
from ehbc_desktop.services.errors import ServiceError
from ehbc_desktop.ui import file_dialogs
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.message_boxes import Button, Icon, ask, open_dialog, tell
from ehbc_desktop.ui.preview.document_notes import document_notes
from ehbc_desktop.ui.preview.pdf_printing import PrintError, prepare_printer, print_pdf
from ehbc_desktop.ui.screen_fit import fit_to_screen
from ehbc_desktop.vault.errors import VaultError

#: Saves the shown PDF to a path the user chose (the owner wires DocumentService.save_pdf).
SaveCallback = Callable[[Path], None]
#: DocumentService.save_pdf: (pdf bytes, path, document id, case id).
SavePdf = Callable[[bytes, Path, str, str | None], None]
# Runs a save off the GUI thread, then calls back with None or the error (an operation).
RunSave = Callable[[Callable[[], None], Callable[[BaseException | None], None]], None]
AskPath = Callable[[QWidget, str], Path | None]
# Asks before saving outside the vault; calls its second argument when the user goes on.
Confirm = Callable[[QWidget, Callable[[], object]], object]
# Asks for a printer; calls its third argument with the chosen printer (not when cancelled).
ChoosePrinter = Callable[[QWidget, QPdfDocument, Callable[[QPrinter], object]], object]

_ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
_FIT_WIDTH, _FIT_PAGE = "fit-width", "fit-page"


def ask_save_path(parent: QWidget, suggested_name: str) -> Path | None:
    """The "save as" dialog for a PDF (it asks before an existing file); None when cancelled."""
    # The free functions here have no class: their texts name the preview's context.
    return file_dialogs.save_file_name(
        parent, QCoreApplication.translate("PrintPreviewDialog", "Save as PDF"), suggested_name,
        QCoreApplication.translate("PrintPreviewDialog", "PDF documents (*.pdf)"),
        "pdf", object_name="pdfFileDialog")


def confirm_privacy(parent: QWidget, go_on: Callable[[], object]) -> QMessageBox:
    """Warn that a saved PDF is outside the vault; `go_on()` when the user saves anyway."""
    return ask(
        parent, QCoreApplication.translate("PrintPreviewDialog", "Save outside the vault?"),
        QCoreApplication.translate(
            "PrintPreviewDialog",
            "A PDF on disk is no longer protected by the vault: anyone who can open the "
            "folder can read it. Save it only where it is safe, and delete it when it is "
            "no longer needed.\n\nSave anyway?"),
        go_on, yes=Button.Save, no=Button.Cancel, icon=Icon.Warning,
        object_name="savePdfPrivacyBox")


def choose_printer(
    parent: QWidget, document: QPdfDocument, chosen: Callable[[QPrinter], object]
) -> QPrintDialog:
    """The system print dialog; `chosen(printer)` once the user picked one and confirmed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, document)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, document.pageCount()))
    return open_dialog(dialog, lambda: chosen(printer))


class PrintPreviewDialog(QDialog):
    """Shows PDF bytes from memory (never a temporary file), prints them, saves on request."""

    sig_printed = Signal(int)
    """Emitted with the number of pages after printing."""

    sig_saved = Signal(Path)
    """Emitted with the path after the PDF was saved through the save callback."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        *,
        save: SaveCallback | None = None,
        run_save: RunSave | None = None,
        suggested_name: str = "document.pdf",
        confidential: bool = True,
        notes: Sequence[str] = (),
        ask_path: AskPath = ask_save_path,
        confirm: Confirm = confirm_privacy,
        printer_chooser: ChoosePrinter = choose_printer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 860, 980)
        self._save, self._suggested = save, suggested_name
        self._run_save = run_save
        self._confidential = confidential
        self._ask_path, self._confirm, self._choose_printer = ask_path, confirm, printer_chooser
        # The bytes stay in this buffer, in memory, for as long as the dialog lives.
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self._build(notes)
        self.document.pageCountChanged.connect(self._on_document_page_count_changed)
        self.document.load(self._buffer)
        self.view.setDocument(self.document)
        self._on_document_page_count_changed(self.document.pageCount())

    @classmethod
    def for_document(cls, rendered: RenderedDocument, save_pdf: SavePdf | None = None, *,
                     run_save: RunSave | None = None,
                     ask_path: AskPath = ask_save_path, confirm: Confirm = confirm_privacy,
                     parent: QWidget | None = None) -> PrintPreviewDialog:
        """A preview of a rendered document, saving through `save_pdf` (DocumentService's).

        The suggested file name holds the case reference, never a name; confidential
        documents warn before saving; notes say when evidence pictures stayed out.
        """
        save = None
        if save_pdf is not None:
            def save(path: Path) -> None:
                save_pdf(rendered.pdf, path, rendered.document_id, rendered.case_id)
        return cls(rendered.pdf, rendered.title, save=save, run_save=run_save,
                   suggested_name=rendered.suggested_file_name(),
                   confidential=rendered.confidential, notes=document_notes(rendered),
                   ask_path=ask_path, confirm=confirm, parent=parent)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self, notes: Sequence[str]) -> None:
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._on_navigator_page_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        for note in notes:
            label = QLabel(note, self)
            label.setWordWrap(True)
            label.setObjectName("previewNote")
            layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._buttons())

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.previous_button = QToolButton(self)
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Previous page"))
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_count_label = QLabel(self)
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.zoom_box = QComboBox(self)
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
        self.zoom_box.addItem(self.tr("Fit width"), _FIT_WIDTH)
        self.zoom_box.addItem(self.tr("Whole page"), _FIT_PAGE)
        for factor in _ZOOM_STEPS:
            self.zoom_box.addItem(f"{round(factor * 100)} %", factor)
        self.zoom_box.currentIndexChanged.connect(self._on_zoom_box_changed)
        for widget in (self.previous_button, QLabel(self.tr("Page"), self), self.page_box,
                       self.page_count_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.zoom_box)
        return bar

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setVisible(self._save is not None)
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(close)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        return row

    # -- navigation and zoom --------------------------------------------------------------------
    def page_count(self) -> int:
        """The number of pages of the shown PDF."""
        return int(self.document.pageCount())

    def current_page(self) -> int:
        """The page in view, 0-based."""
        return int(self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        """Show `page` (0-based; clamped to the document)."""
        if self.page_count() == 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        if page != self.current_page():
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())
        self._sync_page_controls()

    def set_zoom(self, factor: float) -> None:
        """Show the pages at `factor` (1.0 is 100 %)."""
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def _on_zoom_box_changed(self, index: int) -> None:
        value = self.zoom_box.itemData(index)
        if value == _FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == _FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.set_zoom(float(value))

    def _on_document_page_count_changed(self, count: int) -> None:
        self.page_box.setMaximum(max(1, count))
        self.page_count_label.setText(self.tr("of %n", "", count))
        self.print_button.setEnabled(count > 0)
        self._sync_page_controls()

    def _on_navigator_page_changed(self, _page: int) -> None:
        self._sync_page_controls()

    def _sync_page_controls(self) -> None:
        page = self.current_page()
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.page_count() - 1)

    # -- print and save -------------------------------------------------------------------------
    def print_document(self) -> None:
        """Ask for a printer and print on it."""
        self._choose_printer(self, self.document, self.print_to)

    def print_to(self, printer: QPrinter) -> int:
        """Print the document on `printer`; returns the pages printed (0 on failure)."""
        try:
            pages = print_pdf(self.document, printer)
        except PrintError:
            tell(self, self.tr("Printing failed"), self.tr("The printer could not be started."),
                 icon=Icon.Critical, object_name="printFailedBox")
            return 0
        self.sig_printed.emit(pages)
        return pages

    def save_as(self) -> None:
        """Warn about privacy, ask where, and save through the callback."""
        if self._save is None:
            return
        if self._confidential:
            self._confirm(self, self._save_to_chosen_path)
        else:
            self._save_to_chosen_path()

    def _save_to_chosen_path(self) -> None:
        save = self._save
        path = self._ask_path(self, self._suggested)
        if path is None or save is None:
            return
        if self._run_save is not None:
            self._run_save(lambda: save(path), lambda error: self._after_save(path, error))
            return
        try:
            save(path)
        except (OSError, VaultError, ServiceError) as error:
            self._after_save(path, error)
            return
        self._after_save(path, None)

    def _after_save(self, path: Path, error: BaseException | None) -> None:
        if error is not None:
            tell(self, self.tr("Not saved"), message_for(error), icon=Icon.Critical,
                 object_name="pdfNotSavedBox")
            return
        self.sig_saved.emit(path)

    def done(self, result: int) -> None:
        """Close the document and let go of the bytes when the dialog closes."""
        self.document.close()
        self._buffer.close()
        self._bytes.clear()
        super().done(result)
