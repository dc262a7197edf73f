"""The dashboard's behaviour: load the summary in the background, open a case on click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.caselist.case_table_model import (
    CASE_ID_ROLE,
    COL_CLASSIFICATION,
    COL_NEXT,
    COL_PUPILS,
    COL_REFERENCE,
    COL_TITLE,
    CaseTableModel,
)
from ehbc_desktop.ui.dashboard.dashboard_view import MEASURED_ROWS, DashboardView
from ehbc_desktop.ui.dashboard.due_table_model import DueTableModel
from ehbc_desktop.ui.errors import message_for

if TYPE_CHECKING:
    from ehbc_desktop.services.case.dashboard import Dashboard, DashboardService


class DashboardWidget(QWidget):
    """Shows `DashboardService.summary(today)`; every line opens its case."""

    sig_case_requested = Signal(str)
    """The teacher asked to open the case with this id."""

    sig_new_case_requested = Signal()
    """The teacher asked to create a new case."""

    sig_new_report_requested = Signal()
    """The teacher asked to record a new report."""

    sig_loaded = Signal()
    """The summary is on screen."""

    def __init__(
        self,
        dashboard: DashboardService,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._dashboard = dashboard
        self._runner = runner
        self.loaded = False
        self.view = DashboardView()
        self.overdue_model = DueTableModel(self)
        self.today_model = DueTableModel(self)
        self.unplanned_model = CaseTableModel(self)
        self.view.overdue_table.setModel(self.overdue_model)
        self.view.today_table.setModel(self.today_model)
        for table in (self.view.overdue_table, self.view.today_table):
            # The "what" column takes the room; long texts are elided, with a tooltip.
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.unplanned_table.setModel(self.unplanned_model)
        header = self.view.unplanned_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(MEASURED_ROWS)  # the first rows, not all 200
        for column in (COL_TITLE, COL_PUPILS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in range(self.unplanned_model.columnCount()):
            if column not in (COL_REFERENCE, COL_TITLE, COL_PUPILS, COL_CLASSIFICATION):
                self.view.unplanned_table.setColumnHidden(column, True)
        self.view.unplanned_table.setColumnHidden(COL_NEXT, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        for table in (self.view.overdue_table, self.view.today_table, self.view.unplanned_table):
            table.activated.connect(self._on_table_activated)
        self.view.new_button.clicked.connect(self.sig_new_case_requested)
        self.view.new_report_button.clicked.connect(self.sig_new_report_requested)
        self.sections: list[QWidget] = []
        self._section_refreshes: list[Callable[[date], None]] = []

    def add_section(self, section: QWidget, refresh: Callable[[date], None]) -> None:
        """Show a feature's section above the help line; `refresh(day)` runs with the dashboard."""
        layout = self.view.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, section)
        self.sections.append(section)
        self._section_refreshes.append(refresh)

    def show_notice(self, text: str) -> None:
        """Show a notice above the lists (e.g. broken school form files)."""
        self.view.notice_label.setText(text)
        self.view.notice_label.show()

    def refresh(self, today: date | None = None) -> None:
        """Load the summary for `today` (the real date when omitted) in the background."""
        day = today or date.today()
        shown = QDate(day.year, day.month, day.day)
        self.view.date_label.setText(QLocale().toString(shown, QLocale.FormatType.LongFormat))
        for refresh in self._section_refreshes:
            refresh(day)
        self._runner.run_in_background(
            lambda: self._dashboard.summary(day),
            self._on_summary_loaded,
            self._on_failed,
            owner=self,
        )

    def _on_summary_loaded(self, summary: Dashboard) -> None:
        self.loaded = True
        self.view.message_label.hide()
        self.view.open_number.setText(str(summary.open_cases))
        self.view.observation_number.setText(str(summary.observation_cases))
        self.overdue_model.set_rows(summary.overdue)
        self.today_model.set_rows(summary.due_today)
        self.unplanned_model.set_rows(summary.without_next_step)
        nothing = self.tr("(nothing)")
        for label, text, count in (
            (
                self.view.overdue_label,
                self.tr("Overdue: follow-ups and agreements"),
                summary.overdue_count,
            ),
            (
                self.view.today_label,
                self.tr("Planned for today"),
                summary.due_today_count,
            ),
            (
                self.view.unplanned_label,
                self.tr("Open cases without a planned next step"),
                summary.without_next_step_count,
            ),
        ):
            label.setText(f"{text} ({count})" if count else f"{text} {nothing}")
        self.sig_loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.view.message_label.setText(message_for(exc))
        self.view.message_label.show()

    def _on_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id:
            self.sig_case_requested.emit(str(case_id))
