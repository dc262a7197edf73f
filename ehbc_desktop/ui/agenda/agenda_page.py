"""The agenda navigation page: what falls due per day, week or the coming weeks; .ics export."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ehbc_desktop.ui.agenda.agenda_view import MODE_DAY, MODE_LIST, MODE_WEEK, AgendaView
from ehbc_desktop.ui.agenda.ics_export import IcsExportFlow
from ehbc_desktop.ui.agenda.rows_model import ROW_ROLE, Column, RowsTableModel
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.caselist.case_table_model import CASE_ID_ROLE
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.followup.texts import step_words
from ehbc_desktop.ui.labels import format_date

if TYPE_CHECKING:
    from ehbc_desktop.services.followup.followups import Agenda
    from ehbc_desktop.store.agenda import AgendaRow
    from ehbc_desktop.ui.backend import CaseServices
    from ehbc_desktop.ui.main.nav_pages import NavPage, NavPageContext

LIST_DAYS = 56  # the "list" view: the coming eight weeks


def agenda_range(mode: int, anchor: date) -> tuple[date, date]:
    """First and last day shown for a view mode around `anchor`."""
    if mode == MODE_DAY:
        return anchor, anchor
    if mode == MODE_WEEK:
        monday = anchor - timedelta(days=anchor.weekday())
        return monday, monday + timedelta(days=6)
    return anchor, anchor + timedelta(days=LIST_DAYS - 1)


def day_text(day: date) -> str:
    """A short weekday and the date, e.g. "ma 23-11-2026"."""
    return f"{QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} " \
        f"{format_date(day)}"  # fmt: skip


class AgendaPage(QWidget):
    """Loads `FollowUpService.agenda` for the range shown; Enter or double-click opens the case."""

    sig_case_requested = Signal(str)
    """The teacher asked to open the case with this id."""

    sig_loaded = Signal()
    """The agenda for the current range is on screen."""

    sig_exported = Signal(int)
    """An .ics file was written with this many events."""

    def __init__(
        self, services: CaseServices, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from ehbc_desktop.services.followup.followups import FollowUpService

        self._followups = FollowUpService(services.session)
        self._runner = runner
        self._today: date | None = None  # a fixed "today" (tests, screenshots); None: real date
        self._anchor: date | None = None
        self.view = AgendaView()
        self.model = RowsTableModel(self._columns(), parent=self)
        self.view.table.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._export = IcsExportFlow(
            self, self._followups, runner, self._on_exported, self._show_error
        )
        self.view.table.activated.connect(self._on_table_activated)
        self.view.mode_group.idClicked.connect(self._on_mode_group_id_clicked)
        self.view.previous_button.clicked.connect(lambda: self._step(-1))
        self.view.next_button.clicked.connect(lambda: self._step(1))
        self.view.today_button.clicked.connect(self._on_today_button_clicked)
        self.view.export_button.clicked.connect(self._on_export_button_clicked)

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Date"), lambda r: day_text(r.due)),
            Column(lambda: self.tr("Case"), lambda r: r.reference),
            Column(lambda: self.tr("Pupil"), lambda r: r.pupil),
            Column(lambda: self.tr("What"), lambda r: step_words(r.step, r.kind)),
            Column(lambda: self.tr("State"), self._state_text),
        ]

    def _state_text(self, row: AgendaRow) -> str:
        if row.overdue:
            return self.tr("OVERDUE since %1").replace("%1", format_date(row.due))
        return self.tr("today") if row.due == self.today() else ""

    def today(self) -> date:
        """The day the agenda counts from."""
        return self._today or date.today()

    def mode(self) -> int:
        """The view shown: MODE_DAY, MODE_WEEK or MODE_LIST."""
        return self.view.mode_group.checkedId()

    def set_mode(self, mode: int) -> None:
        """Switch to a view and reload."""
        button = self.view.mode_group.button(mode)
        if button is not None:
            button.setChecked(True)
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        """Load the agenda of the range shown (today: a fixed day for tests and screenshots)."""
        if today is not None:
            self._today, self._anchor = today, today
        anchor = self._anchor or self.today()
        start, end = agenda_range(self.mode(), anchor)
        day = self.today()
        self.view.range_label.setText(
            day_text(start) if start == end else f"{day_text(start)} – {day_text(end)}"
        )
        followups = self._followups
        self._runner.run_in_background(
            lambda: followups.agenda(start, end, day), self._on_agenda_loaded, self._show_error,
            owner=self,
        )  # fmt: skip

    def _on_agenda_loaded(self, agenda: Agenda) -> None:
        self.view.message_label.hide()
        self.model.set_rows([*agenda.overdue, *agenda.items])
        self.view.empty_label.setVisible(self.model.rowCount() == 0)
        self.view.export_button.setEnabled(self.model.rowCount() > 0)
        self.view.table.resizeColumnsToContents()
        self.sig_loaded.emit()

    def _step(self, direction: int) -> None:
        days = {MODE_DAY: 1, MODE_WEEK: 7, MODE_LIST: LIST_DAYS}[self.mode()]
        self._anchor = (self._anchor or self.today()) + timedelta(days=direction * days)
        self.refresh()

    def _on_today_button_clicked(self) -> None:
        self._anchor = self.today()
        self.refresh()

    def _on_mode_group_id_clicked(self, _mode: int) -> None:
        self.refresh()

    def selected_rows(self) -> list[AgendaRow]:
        """The selected lines, or every line when none is selected."""
        chosen = sorted({i.row() for i in self.view.table.selectionModel().selectedRows()})
        if not chosen:
            return self.model.rows()
        return [self.model.row_at(r) for r in chosen]

    def _on_export_button_clicked(self) -> None:
        rows = self.selected_rows()
        if rows:
            self._export.start(rows)

    def _on_exported(self, count: Any) -> None:
        self.view.info_label.setText(
            self.tr("%n event(s) written to the calendar file.", "", int(count))
        )
        self.view.info_label.show()
        self.sig_exported.emit(int(count))

    def _show_error(self, exc: BaseException) -> None:
        self.view.message_label.setText(message_for(exc))
        self.view.message_label.show()

    def _on_table_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id:
            self.sig_case_requested.emit(str(case_id))

    def row_objects(self) -> list[Any]:
        """Every row shown (for tests)."""
        return [self.model.index(r, 0).data(ROW_ROLE) for r in range(self.model.rowCount())]


def make_agenda_page(ctx: NavPageContext) -> NavPage:
    """The navigation-page factory registered in `nav_pages.py`."""
    from ehbc_desktop.ui.main.nav_pages import NavPage

    page = AgendaPage(ctx.services, ctx.runner)
    page.sig_case_requested.connect(ctx.open_case)
    return NavPage(page, QCoreApplication.translate("AgendaPage", "Agenda"), page.refresh)
