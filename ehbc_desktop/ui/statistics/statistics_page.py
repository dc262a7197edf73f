"""The figures page: picks a period, loads its statistics off the UI thread, draws the charts."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ehbc_desktop.domain.statistics.compute import PublishedStatistics
from ehbc_desktop.domain.statistics.periods import (
    Period,
    custom,
    school_year,
    school_year_of,
    term,
    term_number,
    term_of,
)
from ehbc_desktop.domain.statistics.suppression import MIN_THRESHOLD
from ehbc_desktop.reports.statistics_labels import duration_text, shown_text, statistics_text
from ehbc_desktop.services.settings import MAX_STATISTICS_THRESHOLD
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.school.read_only import who_may_change
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.ui.statistics.statistics_view import (
    KIND_CUSTOM,
    KIND_TERM,
    KIND_YEAR,
    StatisticsView,
)

if TYPE_CHECKING:
    from ehbc_desktop.ui.backend import CaseServices

FIRST_SCHOOL_YEAR = 2015
CHART_COLUMNS = 1  # full width: the category names and their counts stay readable


class StatisticsPage(QWidget):
    """Anonymous figures of a school year, a term or any dates, with the period before."""

    sig_loaded = Signal()
    """The figures of the chosen period are on screen."""

    def __init__(
        self, services: CaseServices, runner: BackgroundRunner, settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)

        self._service = services.statistics
        self._documents = services.documents
        self._settings = services.settings
        self._runner = runner
        self._lang = "en" if settings.language.startswith("en") else "nl"
        self._today: date | None = None  # a fixed day (tests, screenshots); None: the real date
        self.stats: PublishedStatistics | None = None
        self.view = StatisticsView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.note_label.setText(self._note())
        self._fill_years()
        self.view.show_kind(KIND_YEAR)
        self.view.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.view.year_combo.currentIndexChanged.connect(self._on_period_changed)
        self.view.term_combo.currentIndexChanged.connect(self._on_period_changed)
        self.view.from_edit.dateChanged.connect(self._on_period_changed)
        self.view.to_edit.dateChanged.connect(self._on_period_changed)
        self.view.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        spin = self.view.threshold_spin
        spin.setRange(MIN_THRESHOLD, MAX_STATISTICS_THRESHOLD)
        spin.setEnabled(False)  # until the figures tell the stored value
        spin.valueChanged.connect(self._on_threshold_spin_value_changed)

    def _note(self) -> str:
        parts = [html.escape(statistics_text(key, self._lang))
                 for key in ("note_heading", "note_can", "note_cannot")]  # fmt: skip
        return "<b>{}</b><br>{}<br>{}".format(*parts)

    def today(self) -> date:
        """The day the default period is chosen from."""
        return self._today or date.today()

    def set_today(self, day: date) -> None:
        """Count from a fixed day (tests and screenshots)."""
        self._today = day
        self._fill_years()

    def _fill_years(self) -> None:
        combo = self.view.year_combo
        combo.blockSignals(True)
        combo.clear()
        current = school_year_of(self.today()).start.year
        for year in range(current, FIRST_SCHOOL_YEAR - 1, -1):
            combo.addItem(f"{year}–{year + 1}", year)
        combo.setCurrentIndex(0)
        now = school_year_of(self.today())
        self.view.term_combo.setCurrentIndex(term_number(term_of(self.today())) - 1)
        self.view.from_edit.setDate(QDate(now.start.year, now.start.month, now.start.day))
        self.view.to_edit.setDate(QDate(self.today().year, self.today().month, self.today().day))
        combo.blockSignals(False)

    def period(self) -> Period:
        """The period the inputs describe."""
        kind = self.view.kind_combo.currentIndex()
        year = int(self.view.year_combo.currentData() or school_year_of(self.today()).start.year)
        if kind == KIND_TERM:
            return term(year, self.view.term_combo.currentIndex() + 1)
        if kind == KIND_CUSTOM:
            start = _day(self.view.from_edit.date())
            end = _day(self.view.to_edit.date())
            return custom(min(start, end), max(start, end))
        return school_year(year)

    def choose(self, kind: int, *, year: int | None = None, term_no: int = 1,
               start: date | None = None, end: date | None = None) -> None:  # fmt: skip
        """Set the period inputs (keyboard users and tests); the figures reload."""
        v = self.view
        for widget in (v.kind_combo, v.year_combo, v.term_combo, v.from_edit, v.to_edit):
            widget.blockSignals(True)
        v.kind_combo.setCurrentIndex(kind)
        if year is not None:
            v.year_combo.setCurrentIndex(max(0, v.year_combo.findData(year)))
        v.term_combo.setCurrentIndex(term_no - 1)
        if start is not None:
            v.from_edit.setDate(QDate(start.year, start.month, start.day))
        if end is not None:
            v.to_edit.setDate(QDate(end.year, end.month, end.day))
        for widget in (v.kind_combo, v.year_combo, v.term_combo, v.from_edit, v.to_edit):
            widget.blockSignals(False)
        v.show_kind(kind)
        self.refresh()

    def _on_kind_combo_changed(self, kind: int) -> None:
        self.view.show_kind(kind)
        self.refresh()

    def _on_period_changed(self, *_args: Any) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Load the figures of the chosen period on the worker."""
        period = self.period()
        self.view.period_label.setText(self.tr("%1 to %2, compared with the period before")
                                       .replace("%1", format_date(period.start))
                                       .replace("%2", format_date(period.end)))  # fmt: skip
        service = self._service
        self._runner.run_in_background(
            lambda: service.statistics(period), self._on_statistics_loaded, self._show_error,
            owner=self,
        )  # fmt: skip

    def _on_statistics_loaded(self, stats: PublishedStatistics) -> None:
        self.stats = stats
        self.view.message_label.hide()
        t, lang, v = stats.threshold, self._lang, self.view
        self._show_threshold(t)
        v.opened_number.setText(shown_text(stats.opened, t, lang))
        v.closed_number.setText(shown_text(stats.closed, t, lang))
        days = stats.days_to_stopped
        v.days_number.setText(duration_text(days, t, lang) if days.median is not None else "–")
        v.days_number.setToolTip(duration_text(days, t, lang))
        before = self.tr("previous period: %1")
        v.opened_before.setText(before.replace("%1", shown_text(stats.opened_previous, t, lang)))
        v.closed_before.setText(before.replace("%1", shown_text(stats.closed_previous, t, lang)))
        v.days_before.setText(
            before.replace("%1", duration_text(stats.days_to_stopped_previous, t, lang))
        )
        v.note_label.setText(
            f"{self._note()}<br>"
            f"<i>{html.escape(statistics_text('note_small', lang, threshold=t))}</i>"
        )
        self._draw_charts(stats)
        self.sig_loaded.emit()

    def _draw_charts(self, stats: PublishedStatistics) -> None:
        from ehbc_desktop.reports.statistics_labels import table_title
        from ehbc_desktop.ui.statistics.charts import shown_rows, table_chart

        grid = self.view.charts_grid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        this, previous = self.tr("This period"), self.tr("Previous period")
        for index, table in enumerate(stats.tables):
            chart: QWidget
            if shown_rows(table):
                chart = table_chart(table, stats.threshold, self._lang, this_name=this,
                                    previous_name=previous)
            else:
                chart = QLabel(self.tr("<b>%1</b>: nothing recorded in either period.")
                               .replace("%1", html.escape(table_title(table.id, self._lang))))
                chart.setObjectName("hintLabel")
            grid.addWidget(chart, index // CHART_COLUMNS, index % CHART_COLUMNS)

    def chart_count(self) -> int:
        """How many charts are on screen (for tests)."""
        return self.view.charts_grid.count()

    def _on_pdf_button_clicked(self) -> None:
        stats, service = self.stats, self._service
        if stats is None:
            return
        lang = self._lang
        self._runner.run_in_background(
            lambda: service.render_pdf(stats, lang), self._on_pdf_rendered, self._show_error,
            owner=self,
        )  # fmt: skip

    def _on_pdf_rendered(self, pdf: bytes) -> None:
        from ehbc_desktop.ui.preview.print_preview_dialog import PrintPreviewDialog

        stats, documents = self.stats, self._documents
        if stats is None:
            return
        name = f"cijfers-{stats.period.start.isoformat()}-{stats.period.end.isoformat()}.pdf"
        dialog = PrintPreviewDialog(
            pdf, statistics_text("title", self._lang),
            save=lambda path: documents.save_pdf(pdf, path, "statistics"),
            suggested_name=name, confidential=False, parent=self,
        )  # fmt: skip
        dialog.setObjectName("statisticsPreview")
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _show_threshold(self, value: int) -> None:
        spin = self.view.threshold_spin
        spin.blockSignals(True)
        spin.setValue(value)
        spin.blockSignals(False)
        spin.setEnabled(self._settings.may_change)
        self.view.show_threshold_text(value)
        if not self._settings.may_change:
            self.view.show_threshold_read_only(who_may_change(self._settings.administrators()))

    def _on_threshold_spin_value_changed(self, value: int) -> None:
        """Store the school's threshold, then count again with it."""
        self.view.show_threshold_text(value)
        settings = self._settings
        self._runner.run_in_background(
            lambda: settings.update(replace(settings.get(), statistics_threshold=value)),
            lambda _stored: self.refresh(), self._on_threshold_refused, owner=self,
        )  # fmt: skip

    def _on_threshold_refused(self, exc: BaseException) -> None:
        self._show_error(exc)
        if self.stats is not None:
            self._show_threshold(self.stats.threshold)

    def _show_error(self, exc: BaseException) -> None:
        self.view.message_label.setText(message_for(exc))
        self.view.message_label.show()



def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
