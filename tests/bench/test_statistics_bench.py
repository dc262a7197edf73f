"""Benchmark: the figures of a school year at 10,000 demo cases, as a ratio to the dashboard.

Run with: python -m pytest tests/bench/test_statistics_bench.py -s
Both are measured in the same run over the same vault, in turns (median of several rounds),
so the figure is a ratio that does not depend on the machine. The page's cost is the statistics
service (one unit of work, a fixed number of set-based queries) plus drawing twelve charts.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ehbc_desktop.demo.cases import generate_demo_cases
from ehbc_desktop.domain.statistics.periods import school_year
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.dashboard import DashboardService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.statistics.statistics_service import StatisticsService
from ehbc_desktop.store.writer import insert_case_records

CASES = 10_000
THIS_YEAR = 6_000  # opened in school year 2026-2027; the rest in the year before
TODAY = date(2027, 3, 20)  # the demo opens cases up to 200 days back: all inside 2026-2027
ROUNDS = 5


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VaultSession]:
    folder: Path = tmp_path_factory.mktemp("bench-stats") / "vault"
    vs, _code = access.create(folder, "Benchschool", "bench", "bench passphrase lang")
    this_year = generate_demo_cases(THIS_YEAR, TODAY, seed=1)
    last_year = [
        replace(r, case=replace(r.case, reference=f"V{r.case.reference}"))
        for r in generate_demo_cases(CASES - THIS_YEAR, TODAY.replace(year=2026), seed=2)
    ]
    records = this_year + last_year
    for start in range(0, len(records), 500):
        with vs.sessions.begin() as s:
            insert_case_records(s, records[start : start + 500])
    yield vs
    vs.close()


def _seconds(work: Callable[[], Any]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _interleaved(*works: Callable[[], Any]) -> list[float]:
    """The median seconds of each, measured in turns so a busy machine weighs on all alike."""
    for work in works:
        work()  # warm the page cache and the imports
    times: list[list[float]] = [[] for _ in works]
    for _ in range(ROUNDS):
        for spent, work in zip(times, works, strict=True):
            spent.append(_seconds(work))
    return [statistics.median(spent) for spent in times]


def test_statistics_of_a_school_year_against_the_dashboard(
    big_vault: VaultSession, qapp: Any
) -> None:
    from ehbc_desktop.ui.statistics.charts import table_chart

    year = school_year(2026)
    service = StatisticsService(big_vault)
    stats = service.statistics(year)
    assert stats.opened.value == THIS_YEAR
    assert stats.opened_previous.value is not None and stats.opened_previous.value > 0

    def page() -> None:
        found = service.statistics(year)
        charts = [table_chart(t, found.threshold, "nl", this_name="a", previous_name="b")
                  for t in found.tables]  # fmt: skip
        for chart in charts:
            chart.deleteLater()

    dashboard, figures, with_charts = _interleaved(
        lambda: DashboardService(big_vault).summary(TODAY), lambda: service.statistics(year), page
    )
    print(
        f"\nschool year at {CASES} cases: dashboard {dashboard * 1000:.0f} ms; "
        f"statistics {figures * 1000:.0f} ms (ratio {figures / dashboard:.2f}); "
        f"statistics + 12 charts {with_charts * 1000:.0f} ms "
        f"(ratio {with_charts / dashboard:.2f})"
    )
