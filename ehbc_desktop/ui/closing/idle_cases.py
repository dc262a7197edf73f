"""The dashboard's list of open cases without any activity for the school's number of weeks."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from ehbc_desktop.ui.agenda.agenda_view import make_table
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.caselist.case_table_model import (
    CASE_ID_ROLE,
    COL_CLASSIFICATION,
    COL_PUPILS,
    COL_REFERENCE,
    COL_TITLE,
    CaseTableModel,
)
from ehbc_desktop.ui.errors import message_for

if TYPE_CHECKING:
    from ehbc_desktop.ui.backend import CaseServices

SHOWN_COLUMNS = (COL_REFERENCE, COL_TITLE, COL_PUPILS, COL_CLASSIFICATION)
TABLE_HEIGHT = 130
SHOWN_ROWS = 200  # the newest idle cases; the title counts them all


class IdleCasesSection(QWidget):
    """`ClosingService.idle_cases(today)` as a short list; a line opens its case."""

    sig_case_requested = Signal(str)
    """The teacher asked to open the case with this id."""

    sig_loaded = Signal()
    """The list is on screen."""

    def __init__(
        self, services: CaseServices, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)

        self._closing = services.closing
        self._school = services.settings
        self._runner = runner
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.table = make_table(self.tr("Open cases without activity"))
        self.model = CaseTableModel(self)
        self.table.setModel(self.model)
        self.table.setMaximumHeight(TABLE_HEIGHT)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column not in SHOWN_COLUMNS)
        for column in (COL_TITLE, COL_PUPILS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table)
        self.table.activated.connect(self._on_table_activated)

    def refresh(self, today: date | None = None) -> None:
        """Load the idle cases for `today` (the real date when omitted)."""
        closing, school, day = self._closing, self._school, today or date.today()
        self._runner.run_in_background(
            lambda: (
                school.get().idle_weeks,
                closing.idle_cases(day, limit=SHOWN_ROWS),
                closing.count_idle_cases(day),
            ),
            self._on_loaded, self._on_failed, owner=self,
        )  # fmt: skip

    def _on_loaded(self, result: Any) -> None:
        weeks, rows, count = result
        text = self.tr("Open cases without any activity for %n week(s)", "", weeks)
        nothing = self.tr("(nothing)")  # outside the f-string, so lupdate sees it
        self.title_label.setText(f"{text} ({count})" if rows else f"{text} {nothing}")
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.sig_loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.title_label.setText(message_for(exc))

    def _on_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id:
            self.sig_case_requested.emit(str(case_id))


def idle_cases_section(services: CaseServices, runner: BackgroundRunner) -> IdleCasesSection:
    """The section the workspace adds to the dashboard."""
    return IdleCasesSection(services, runner)
