"""One horizontal bar chart per statistics table: this period beside the previous one."""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from ehbc_desktop.domain.statistics.compute import ShownTable
from ehbc_desktop.reports.statistics_labels import category_label, shown_text, table_title

THIS_COLOUR = QColor("#1d4e6e")
PREVIOUS_COLOUR = QColor("#9fb3c8")
ROW_HEIGHT = 30
CHROME_HEIGHT = 110


def shown_rows(table: ShownTable) -> list[int]:
    """The rows worth a bar: every row except those that are 0 in both periods."""
    return [
        i for i, row in enumerate(table.rows)
        if not (row.current.value == 0 and row.previous.value == 0)
    ]  # fmt: skip


def table_chart(
    table: ShownTable, threshold: int, lang: str, *, this_name: str, previous_name: str,
    parent: QWidget | None = None,
) -> QChartView:  # fmt: skip
    """A chart of one table; hidden counts get no bar, their text stands in the row label.

    Args:
        table: the published table.
        threshold: the statistics' threshold (for the "< 5" text).
        lang: "nl" or "en", for the category names.
        this_name: the legend text of this period.
        previous_name: the legend text of the previous period.
        parent: the chart view's parent.
    """
    now, before = QBarSet(this_name), QBarSet(previous_name)
    now.setColor(THIS_COLOUR)
    before.setColor(PREVIOUS_COLOUR)
    labels: list[str] = []
    rows = shown_rows(table)
    for i in reversed(rows):  # horizontal bars are drawn bottom-up: keep the table's order
        row = table.rows[i]
        now.append(float(row.current.value or 0))
        before.append(float(row.previous.value or 0))
        name = category_label(table.id, row.category, lang)
        counts = f"{shown_text(row.current, threshold, lang)} · " \
            f"{shown_text(row.previous, threshold, lang)}"
        # Axis labels are rich text: "< 5" must not start a tag.
        labels.append(html.escape(f"{name}  ({counts})"))
    series = QHorizontalBarSeries()
    series.append(before)
    series.append(now)
    chart = QChart()
    chart.addSeries(series)
    chart.setTitle(table_title(table.id, lang))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    axis_y = QBarCategoryAxis()
    axis_y.append(labels)
    axis_y.setTruncateLabels(False)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    axis_x.setLabelFormat("%d")
    top = max([*(s.at(j) for s in (now, before) for j in range(s.count())), 4.0])
    axis_x.setRange(0, top * 1.05)
    axis_x.applyNiceNumbers()
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(CHROME_HEIGHT + ROW_HEIGHT * max(len(rows), 1))
    view.setAccessibleName(table_title(table.id, lang))
    return view
