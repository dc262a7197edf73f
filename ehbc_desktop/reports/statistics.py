"""The statistics for the school board or the pupils' council: counts only, never a name."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ehbc_desktop.domain.statistics.compute import PublishedStatistics, ShownTable
from ehbc_desktop.domain.statistics.periods import Period
from ehbc_desktop.reports.base import BasePdf
from ehbc_desktop.reports.blocks import grid_table, heading, para, title_block
from ehbc_desktop.reports.statistics_labels import (
    category_label,
    duration_text,
    shown_text,
    statistics_text,
    table_title,
)
from ehbc_desktop.reports.texts import format_date


class StatisticsPdf(BasePdf):
    """The published statistics of one period beside the period before it."""

    confidential = False  # counts only: the footer names the school instead

    def __init__(
        self, stats: PublishedStatistics, school: str, made_on: date, lang: str = "nl"
    ) -> None:
        super().__init__(lang)
        self.stats = stats
        self._school = school
        self.made_on = made_on

    def title(self) -> str:
        """The document's title."""
        return self.s("title")

    def school(self) -> str:
        """The school's name (first-page header and footer)."""
        return self._school

    def s(self, key: str, **values: object) -> str:
        """Fixed wording of the statistics in the document's language."""
        return statistics_text(key, self.lang, **values)

    def _span(self, period: Period) -> str:
        return f"{format_date(period.start, self.lang)} – {format_date(period.end, self.lang)}"

    def story(self) -> list[Flowable]:
        """Title, the note on what the figures mean, the overview, then one table each."""
        st = self.stats
        flow: list[Flowable] = title_block(self.title(), self._school, [
            (self.s("period"), self._span(st.period)),
            (self.s("previous"), self._span(st.previous_period)),
            (self.s("made_on"), format_date(self.made_on, self.lang)),
        ])  # fmt: skip
        flow += heading(self.s("note_heading"))
        flow += [para(self.s("note_can")), para(self.s("note_cannot")),
                 para(self.s("note_small", threshold=st.threshold), "Small")]  # fmt: skip
        flow += heading(self.s("overview"))
        t = st.threshold
        rows = [
            [self.s("opened"), shown_text(st.opened, t, self.lang),
             shown_text(st.opened_previous, t, self.lang)],
            [self.s("closed"), shown_text(st.closed, t, self.lang),
             shown_text(st.closed_previous, t, self.lang)],
            [self.s("days_to_stopped"), duration_text(st.days_to_stopped, t, self.lang),
             duration_text(st.days_to_stopped_previous, t, self.lang)],
        ]  # fmt: skip
        flow.append(grid_table(
            ["", self.s("this_period"), self.s("previous_period")], rows, (3, 1.4, 1.4)
        ))  # fmt: skip
        for table in st.tables:
            flow.append(KeepTogether(self._table(table)))
        return flow

    def _table(self, table: ShownTable) -> list[Flowable]:
        t, lang = self.stats.threshold, self.lang
        rows = [
            [category_label(table.id, row.category, lang), shown_text(row.current, t, lang),
             shown_text(row.previous, t, lang)]
            for row in table.rows
        ]  # fmt: skip
        if table.total is not None and table.previous_total is not None:
            rows.append([self.s('total'), shown_text(table.total, t, lang),
                         shown_text(table.previous_total, t, lang)])  # fmt: skip
        parts: list[Flowable] = heading(table_title(table.id, lang), 2)
        parts.append(grid_table(
            [self.s("category"), self.s("this_period"), self.s("previous_period")], rows,
            (3, 1.4, 1.4),
        ))  # fmt: skip
        if not table.single:
            parts.append(para(self.s("per_case_note"), "Small"))
        parts.append(Spacer(1, 2 * mm))
        return parts
