"""The case tab "Evidence": the evidence gallery, a word on how evidence is kept, and the chain
of custody of the picked item."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ehbc_desktop.domain.custody import CustodyRecord
from ehbc_desktop.services.documents.document_catalog import RenderedDocument
from ehbc_desktop.services.evidence.custody import CustodyService
from ehbc_desktop.services.evidence.evidence import EvidenceService
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.evidence.custody_panel import CustodyPanel
from ehbc_desktop.ui.evidence.gallery import EvidenceGallery

if TYPE_CHECKING:
    from ehbc_desktop.ui.case.case_tabs import CaseTabContext


class EvidenceTab(QWidget):
    """Hosts an `EvidenceGallery` whose service calls run on the app's database worker."""

    sig_custody_printed = Signal()
    """The print preview of a chain of custody is on screen."""

    def __init__(self, ctx: CaseTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.preview: QWidget | None = None
        hint = QLabel(self.tr(
            "Screenshots, photos and chat exports are stored encrypted in the vault and shown "
            "from memory only. Add files with Add… or drag them onto this list. Nude images of "
            "a minor are never stored: report them to the police and record them with \"Nude "
            "images of a minor…\", which asks for no file."), self)
        hint.setWordWrap(True)
        hint.setObjectName("evidenceHint")
        self.gallery = EvidenceGallery(EvidenceService(ctx.services.session), ctx.case_id,
                                       self, runner=ctx.runner)
        self.custody = CustodyPanel(self)
        self.custody.sig_print_requested.connect(self._on_custody_print_requested)
        self.gallery.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.gallery.model.modelReset.connect(self._load_custody)
        for used in (self.gallery.sig_viewer_opened, self.gallery.sig_exported,
                     self.gallery.sig_verified):  # fmt: skip
            used.connect(self._load_custody)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("evidenceSplitter")
        self.splitter.addWidget(self.gallery)
        self.splitter.addWidget(self.custody)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.splitter, 1)

    def current_item_id(self) -> str | None:
        """The id of the evidence item picked in the gallery, if any."""
        index = self.gallery.view.currentIndex()
        if not index.isValid() or index.row() >= self.gallery.model.rowCount():
            return None
        return self.gallery.model.item_at(index.row()).id

    def _load_custody(self, *_args: object) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            self.custody.set_record(None)
            return
        service = CustodyService(self._ctx.services.session)

        def shown(record: CustodyRecord) -> None:
            if record.item.id == self.current_item_id():
                self.custody.set_record(record)

        self._ctx.runner.run_in_background(
            lambda: service.custody(item_id), shown, self._on_custody_failed, owner=self
        )

    def _on_current_changed(self, *_args: object) -> None:
        self._load_custody()

    def _on_custody_failed(self, error: BaseException) -> None:
        self.custody.set_record(None)
        self.custody.empty.setText(message_for(error))

    def _on_custody_print_requested(self, item_id: str) -> None:
        from ehbc_desktop.services.documents.documents import DocumentService
        from ehbc_desktop.ui.documents.preview_launcher import open_preview

        service, runner = DocumentService(self._ctx.services.session), self._ctx.runner
        lang = "en" if self._ctx.settings.language == "en" else "nl"

        def shown(rendered: RenderedDocument) -> None:
            self.preview = open_preview(self, rendered, service, runner)
            self.sig_custody_printed.emit()

        runner.run_in_background(lambda: service.custody_page(item_id, lang), shown,
                                 self._on_custody_failed, owner=self)  # fmt: skip


def make_evidence_tab(ctx: CaseTabContext) -> tuple[QWidget, str]:
    """The Evidence tab of a case: the evidence gallery on the app's database worker."""
    tab = EvidenceTab(ctx)
    tab.setObjectName("evidenceTab")
    return tab, QCoreApplication.translate("CaseTabs", "Evidence")
