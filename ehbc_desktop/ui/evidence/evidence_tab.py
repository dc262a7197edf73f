"""The case tab "Evidence": the evidence gallery with a word on how evidence is kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ehbc_desktop.services.evidence.evidence import EvidenceService
from ehbc_desktop.ui.evidence.gallery import EvidenceGallery

if TYPE_CHECKING:
    from ehbc_desktop.ui.case.case_tabs import CaseTabContext


class EvidenceTab(QWidget):
    """Hosts an `EvidenceGallery` whose service calls run on the app's database worker."""

    def __init__(self, ctx: CaseTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hint = QLabel(self.tr(
            "Screenshots, photos and chat exports are stored encrypted in the vault and shown "
            "from memory only. Add files with Add… or drag them onto this list. Nude or sexual "
            "images of a minor are never stored: when adding, tick \"These are nude or sexual "
            "images of a minor\" so that only a description and a fingerprint are kept, and "
            "contact the police."), self)
        hint.setWordWrap(True)
        hint.setObjectName("evidenceHint")
        self.gallery = EvidenceGallery(EvidenceService(ctx.services.session), ctx.case_id,
                                       self, runner=ctx.runner)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.gallery, 1)

def make_evidence_tab(ctx: CaseTabContext) -> tuple[QWidget, str]:
    """The Evidence tab of a case: the evidence gallery on the app's database worker."""
    tab = EvidenceTab(ctx)
    tab.setObjectName("evidenceTab")
    return tab, QCoreApplication.translate("CaseTabs", "Evidence")
