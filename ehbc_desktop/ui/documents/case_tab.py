"""The factories of the case tabs "Documents" and "Evidence" (registered in case_tabs.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ehbc_desktop.ui.case.case_tabs import CaseTabContext


def documents_tab(ctx: CaseTabContext) -> tuple[QWidget, str]:
    """The Documents tab of a case."""
    from ehbc_desktop.services.documents import DocumentService
    from ehbc_desktop.services.pupil_wish import PupilWishService
    from ehbc_desktop.ui.documents.documents_tab import DocumentsTab

    tab = DocumentsTab(DocumentService(ctx.services.session), ctx.case_id, ctx.runner,
                       "en" if ctx.settings.language == "en" else "nl",
                       wishes=PupilWishService(ctx.services.session))
    tab.setObjectName("documentsTab")
    return tab, QCoreApplication.translate("CaseTabs", "Documents")


def evidence_tab(ctx: CaseTabContext) -> tuple[QWidget, str]:
    """The Evidence tab of a case: the evidence gallery on the app's database worker."""
    from ehbc_desktop.ui.documents.evidence_tab import EvidenceTab

    tab = EvidenceTab(ctx)
    tab.setObjectName("evidenceTab")
    return tab, QCoreApplication.translate("CaseTabs", "Evidence")
