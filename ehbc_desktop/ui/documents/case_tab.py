"""The factory of the case tab "Documents" (registered in case_tabs.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ehbc_desktop.ui.case.case_tabs import CaseTabContext


def documents_tab(ctx: CaseTabContext) -> tuple[QWidget, str]:
    """The Documents tab of a case."""
    from ehbc_desktop.services.documents.documents import DocumentService
    from ehbc_desktop.services.rights.pupil_wish import PupilWishService
    from ehbc_desktop.ui.documents.documents_tab import DocumentsTab

    tab = DocumentsTab(DocumentService(ctx.services.session), ctx.case_id, ctx.runner,
                       "en" if ctx.settings.language == "en" else "nl",
                       wishes=PupilWishService(ctx.services.session))
    tab.setObjectName("documentsTab")
    tab.refresh()
    return tab, QCoreApplication.translate("CaseTabs", "Documents")

