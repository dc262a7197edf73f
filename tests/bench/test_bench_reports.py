"""Benchmarks of the documents against empty documents built in the same run.

Not part of the normal run: `python -m pytest tests/bench -s` prints the ratios. Two baselines:
a bare empty ReportLab document (one blank page, a standard font, nothing embedded), and an
empty document on our shared page (DejaVu embedded, header, footer, "pagina x van y"), which
shows what the content itself costs.
"""

from __future__ import annotations

import io
import timeit
from collections.abc import Callable

import pytest
from pytest_benchmark.fixture import BenchmarkFixture
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from ehbc_desktop.reports import case_summary, repair_agreement
from ehbc_desktop.reports.base import BasePdf, register_fonts
from tests.builders.story import REFERENCE, SCHOOL, day, make_record, repair_input


class _EmptyPdf(BasePdf):
    """Nothing on our shared page."""

    def title(self) -> str:
        return "Leeg"

    def reference(self) -> str:
        return REFERENCE

    def story(self) -> list[Flowable]:
        return [Spacer(1, 1)]


def _bare_empty() -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Spacer(1, 1)])
    return buffer.getvalue()


def _template_empty() -> bytes:
    return _EmptyPdf().render()


def _best(fn: Callable[[], bytes]) -> float:
    fn()  # warm up
    return min(timeit.repeat(fn, number=10, repeat=5)) / 10


@pytest.fixture(scope="module")
def baselines() -> tuple[float, float]:
    """Best time of the bare empty document and of the empty document on our page."""
    register_fonts()  # a one-time cost per process, not part of a document's price
    return _best(_bare_empty), _best(_template_empty)


def _report(
    benchmark: BenchmarkFixture,
    render: Callable[[], bytes],
    baselines: tuple[float, float],
    name: str,
) -> None:
    pdf = benchmark(render)
    assert pdf.startswith(b"%PDF-")
    best = benchmark.stats.stats.min
    bare, template = baselines
    benchmark.extra_info["ratio_to_bare_empty"] = round(best / bare, 2)
    benchmark.extra_info["ratio_to_template_empty"] = round(best / template, 2)
    print(
        f"\n{name}: {best * 1000:.1f} ms; bare empty document {bare * 1000:.2f} ms "
        f"(ratio {best / bare:.1f}x); empty document on our page {template * 1000:.2f} ms "
        f"(ratio {best / template:.1f}x)"
    )


def test_bench_empty_documents(benchmark: BenchmarkFixture) -> None:
    assert benchmark(_template_empty).startswith(b"%PDF-")


def test_bench_repair_agreement(
    benchmark: BenchmarkFixture, baselines: tuple[float, float]
) -> None:
    data = repair_input()
    _report(benchmark, lambda: repair_agreement.render(data), baselines, "repair agreement")


def test_bench_case_summary_50_conversations(
    benchmark: BenchmarkFixture, baselines: tuple[float, float]
) -> None:
    data = case_summary.CaseSummaryInput(
        SCHOOL, make_record(conversations=50), "zorgteam", prepared_on=day(60)
    )
    _report(
        benchmark, lambda: case_summary.render(data), baselines, "case summary, 50 conversations"
    )
