"""Counting a period's cases, and publishing the counts with small cells suppressed."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from ehbc_desktop.domain.statistics.facts import CaseFacts
from ehbc_desktop.domain.statistics.periods import Period
from ehbc_desktop.domain.statistics.suppression import Mark, suppress, suppress_single
from ehbc_desktop.domain.statistics.tables import CONFIDENTIAL, TABLES, TableId, TableSpec


@dataclass(frozen=True, slots=True)
class RawTable:
    """A table's exact counts (never shown as they are)."""

    id: TableId
    categories: tuple[str, ...]
    counts: tuple[int, ...]
    single: bool

    def count(self, category: str) -> int:
        """The count of one category."""
        return self.counts[self.categories.index(category)]


@dataclass(frozen=True, slots=True)
class RawPeriod:
    """The exact counts of one period: for computing, testing and publishing only."""

    period: Period
    opened: int
    closed: int
    tables: tuple[RawTable, ...]
    days_to_stopped: tuple[int, ...]  # per case opened in the period whose bullying stopped

    def table(self, table_id: TableId) -> RawTable:
        """One table by its id."""
        return next(t for t in self.tables if t.id is table_id)


def _count_table(spec: TableSpec, cases: list[CaseFacts]) -> RawTable:
    tally: dict[str, int] = dict.fromkeys(spec.categories, 0)
    confidential_bucket = spec.single and not spec.per_victim
    for facts in cases:
        if facts.confidential:
            if confidential_bucket:
                tally[CONFIDENTIAL] += 1
            continue  # a confidential case adds nothing but its count
        for key in spec.keys(facts):
            if key not in tally:
                raise ValueError(f"uncategorised value in {spec.id}: {key}")
            tally[key] += 1
    return RawTable(spec.id, spec.categories, tuple(tally[c] for c in spec.categories),
                    spec.single)  # fmt: skip


def count_period(facts: Iterable[CaseFacts], period: Period) -> RawPeriod:
    """Count the cases opened in `period` (tables) and those opened and closed in it."""
    everything = list(facts)
    opened = [f for f in everything if period.contains(f.opened_on)]
    closed = sum(1 for f in everything if period.contains(f.closed_on))
    spans = (
        (f.stopped_on - (f.reported_on or f.opened_on)).days
        for f in opened
        if not f.confidential and f.stopped_on is not None
    )
    # A stop dated before the report is a recording slip; it would only distort the median.
    days = tuple(sorted(d for d in spans if d >= 0))
    tables = tuple(_count_table(spec, opened) for spec in TABLES)
    return RawPeriod(period, len(opened), closed, tables, days)


# ----- publishing -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Shown:
    """One count as it may be shown: its value only when the mark is EXACT."""

    value: int | None
    mark: Mark

    @staticmethod
    def of(count: int, mark: Mark) -> Shown:
        """A count under its mark (the value is dropped unless it may be shown)."""
        return Shown(count if mark is Mark.EXACT else None, mark)


@dataclass(frozen=True, slots=True)
class ShownRow:
    """One category of a table: this period and the previous one."""

    category: str
    current: Shown
    previous: Shown


@dataclass(frozen=True, slots=True)
class ShownTable:
    """A table as it may be shown."""

    id: TableId
    rows: tuple[ShownRow, ...]
    single: bool
    total: Shown | None  # single tables: the cases (or victims) it counts
    previous_total: Shown | None


@dataclass(frozen=True, slots=True)
class ShownDuration:
    """Days from report to "stopped": the median and the middle half, or nothing when few."""

    cases: Shown
    median: float | None = None
    quartile_low: float | None = None
    quartile_high: float | None = None


@dataclass(frozen=True, slots=True)
class PublishedStatistics:
    """Everything the window, the CLI and the PDF may show: counts only, suppressed."""

    period: Period
    previous_period: Period
    threshold: int
    opened: Shown
    opened_previous: Shown
    closed: Shown
    closed_previous: Shown
    tables: tuple[ShownTable, ...]
    days_to_stopped: ShownDuration
    days_to_stopped_previous: ShownDuration

    def table(self, table_id: TableId) -> ShownTable:
        """One table by its id."""
        return next(t for t in self.tables if t.id is table_id)


def _publish_column(table: RawTable, threshold: int) -> tuple[list[Shown], Shown | None]:
    marks, total_mark = suppress(table.counts, threshold, additive=table.single)
    if total_mark is Mark.HIDDEN:  # nothing protects this table: withhold every cell
        marks, total_mark = [Mark.HIDDEN] * len(marks), Mark.EXACT
    shown = [Shown.of(c, m) for c, m in zip(table.counts, marks, strict=True)]
    total = Shown.of(sum(table.counts), total_mark) if table.single else None
    return shown, total


def _publish_table(current: RawTable, previous: RawTable, threshold: int) -> ShownTable:
    now, now_total = _publish_column(current, threshold)
    before, before_total = _publish_column(previous, threshold)
    rows = tuple(
        ShownRow(category, a, b)
        for category, a, b in zip(current.categories, now, before, strict=True)
    )
    return ShownTable(current.id, rows, current.single, now_total, before_total)


def _publish_duration(days: tuple[int, ...], threshold: int) -> ShownDuration:
    mark = suppress_single(len(days), threshold)
    if mark is not Mark.EXACT or not days:
        return ShownDuration(Shown.of(len(days), mark))
    low, middle, high = statistics.quantiles(days, n=4, method="inclusive")
    return ShownDuration(Shown.of(len(days), mark), float(middle), float(low), float(high))


def publish(current: RawPeriod, previous: RawPeriod, threshold: int) -> PublishedStatistics:
    """What may be shown of two periods' counts (each period suppressed on its own)."""

    def single(count: int) -> Shown:
        return Shown.of(count, suppress_single(count, threshold))

    return PublishedStatistics(
        period=current.period,
        previous_period=previous.period,
        threshold=threshold,
        opened=single(current.opened),
        opened_previous=single(previous.opened),
        closed=single(current.closed),
        closed_previous=single(previous.closed),
        tables=tuple(
            _publish_table(a, b, threshold)
            for a, b in zip(current.tables, previous.tables, strict=True)
        ),
        days_to_stopped=_publish_duration(current.days_to_stopped, threshold),
        days_to_stopped_previous=_publish_duration(previous.days_to_stopped, threshold),
    )
