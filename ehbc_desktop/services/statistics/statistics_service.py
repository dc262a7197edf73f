"""Anonymous statistics of a period for the school's policy: counts only, small cells hidden."""

from __future__ import annotations

from datetime import date
from typing import Any

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.domain.statistics.compute import (
    PublishedStatistics,
    Shown,
    ShownDuration,
    count_period,
    publish,
)
from ehbc_desktop.domain.statistics.periods import Period, custom, school_year_of, term_of
from ehbc_desktop.domain.statistics.suppression import Mark
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.settings import load_settings
from ehbc_desktop.store import audit
from ehbc_desktop.store.case_facts import case_facts


class StatisticsService:
    """Counts a period and the one before it; returns only what may be shown."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def statistics(self, period: Period, threshold: int | None = None) -> PublishedStatistics:
        """The published statistics of `period`, compared with the period before it.

        Args:
            period: the school year, term or span of days.
            threshold: the smallest count shown as it is; None: the school's setting.
        """
        previous = period.previous()
        with self._vs.unit() as s:
            limit = threshold if threshold is not None else load_settings(s).statistics_threshold
            facts = case_facts(s, min(previous.start, period.start), max(previous.end, period.end))
            target = f"statistics:{period.start.isoformat()}..{period.end.isoformat()}"
            audit.record(s, self._vs.user, AuditAction.VIEW, target)
        return publish(count_period(facts, period), count_period(facts, previous), limit)

    def render_pdf(self, stats: PublishedStatistics, lang: str = "nl",
                   made_on: date | None = None) -> bytes:  # fmt: skip
        """The statistics as a printable PDF for the school board (counts only)."""
        from ehbc_desktop.reports.statistics import StatisticsPdf

        school = self._vs.vault.info.school
        return StatisticsPdf(stats, school, made_on or date.today(), lang).render()


def period_for(start: date, end: date) -> Period:
    """The period from `start` to `end`, recognised as a school year or a term when it is one."""
    year = school_year_of(start)
    if (start, end) == (year.start, year.end):
        return year
    found = term_of(start)
    if (start, end) == (found.start, found.end):
        return found
    return custom(start, end)


JsonValue = int | str | None


def _shown(shown: Shown, threshold: int) -> JsonValue:
    if shown.mark is Mark.SMALL:
        return f"< {threshold}"
    if shown.mark is Mark.HIDDEN:
        return "hidden"
    return shown.value


def _period(period: Period) -> dict[str, str]:
    return {"kind": period.kind.value, "from": period.start.isoformat(),
            "to": period.end.isoformat()}  # fmt: skip


def _duration(duration: ShownDuration, threshold: int) -> dict[str, Any]:
    return {
        "cases": _shown(duration.cases, threshold),
        "median_days": duration.median,
        "middle_half_days": (
            [duration.quartile_low, duration.quartile_high] if duration.median is not None else None
        ),
    }


def statistics_json(stats: PublishedStatistics) -> dict[str, Any]:
    """The published statistics as plain JSON data: counts, "< 5" or "hidden"; keys in English."""
    t = stats.threshold

    def pair(now: Shown, before: Shown) -> dict[str, JsonValue]:
        return {"this_period": _shown(now, t), "previous_period": _shown(before, t)}

    tables: dict[str, Any] = {}
    for table in stats.tables:
        entry: dict[str, Any] = {
            "one_per_case": table.single,
            "rows": {row.category: pair(row.current, row.previous) for row in table.rows},
        }
        if table.total is not None and table.previous_total is not None:
            entry["total"] = pair(table.total, table.previous_total)
        tables[table.id.value] = entry
    return {
        "period": _period(stats.period),
        "previous_period": _period(stats.previous_period),
        "threshold": t,
        "opened": pair(stats.opened, stats.opened_previous),
        "closed": pair(stats.closed, stats.closed_previous),
        "days_to_stopped": {
            "this_period": _duration(stats.days_to_stopped, t),
            "previous_period": _duration(stats.days_to_stopped_previous, t),
        },
        "tables": tables,
    }
