"""A light stand-in for the figures page: the charts and statistics load when first shown.

Only this module is imported when the workspace opens; QtCharts, the statistics and their
page are imported the first time the teacher opens "Figures", so they never slow the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ehbc_desktop.ui.main.nav_pages import NavPage, NavPageContext
    from ehbc_desktop.ui.statistics.statistics_page import StatisticsPage


class LazyStatisticsPage(QWidget):
    """Builds the real `StatisticsPage` inside itself on the first `refresh()`."""

    sig_page_built = Signal()
    """The real page exists (it was shown for the first time)."""

    def __init__(self, context: NavPageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsShell")
        self._context = context
        self.page: StatisticsPage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def refresh(self) -> None:
        """Show the page: build it the first time, otherwise reload its figures."""
        if self.page is None:
            from ehbc_desktop.ui.statistics.statistics_page import StatisticsPage

            ctx = self._context
            self.page = StatisticsPage(ctx.services, ctx.runner, ctx.settings)
            self._layout.addWidget(self.page)
            self.sig_page_built.emit()
        self.page.refresh()


def make_statistics_page(ctx: NavPageContext) -> NavPage:
    """The navigation-page factory registered in `nav_pages.py`."""
    from ehbc_desktop.ui.main.nav_pages import NavPage

    shell = LazyStatisticsPage(ctx)
    return NavPage(shell, QCoreApplication.translate("StatisticsPage", "Figures"), shell.refresh)
