"""The class thermometer on paper: the anonymous questionnaire, and the before/after result."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ehbc_desktop.domain.thermometer import SCALE, STATEMENTS, Measurement, StatementResult
from ehbc_desktop.reports.base import CONTENT_WIDTH, FONT, RULE, BasePdf
from ehbc_desktop.reports.blocks import grid_table, heading, para, title_block
from ehbc_desktop.reports.texts import format_date, text

BEFORE_COLOUR = colors.HexColor("#9aa9b8")
AFTER_COLOUR = colors.HexColor("#1f5f8b")


@dataclass(frozen=True, slots=True)
class QuestionnaireInput:
    """The blank questionnaire: the school's name and, if known, the class."""

    school: str
    class_name: str = ""
    logo: bytes | None = None


class QuestionnairePdf(BasePdf):
    """One page a pupil fills in without a name."""

    confidential = False

    def __init__(self, data: QuestionnaireInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data

    def title(self) -> str:
        return self.t("th_q_title")

    def school(self) -> str:
        return self.data.school

    def story(self) -> list[Flowable]:
        facts = [(self.t("th_class"), self.data.class_name)] if self.data.class_name else []
        story = title_block(self.title(), self.data.school, facts, self.data.logo)
        story.append(para(self.t("th_q_intro")))
        scale = [label[0 if self.lang == "nl" else 1] for label in SCALE]
        rows = [["", *scale]]
        rows += [[para(s.text(self.lang), "Cell"), *(["☐"] * len(scale))] for s in STATEMENTS]
        widths = [CONTENT_WIDTH * 0.52] + [CONTENT_WIDTH * 0.12] * len(scale)
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (1, 0), (-1, 0), 8.5),
            ("FONTSIZE", (1, 1), (-1, -1), 15),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
        ]))  # fmt: skip
        story += [Spacer(1, 3 * mm), table, Spacer(1, 6 * mm), para(self.t("th_q_thanks"))]
        return story


def render_questionnaire(data: QuestionnaireInput, lang: str = "nl") -> bytes:
    """The anonymous questionnaire as PDF bytes."""
    return QuestionnairePdf(data, lang).render()


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def _wrapped(wording: str, width: int) -> list[str]:
    """A statement over at most two lines (the second one shortened when needed)."""
    lines: list[str] = []
    for word in wording.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    if len(lines) == 2 and len(lines[1]) > width:
        lines[1] = lines[1][: width - 1].rstrip() + "…"
    return lines


def result_chart(results: tuple[StatementResult, ...], lang: str,
                 width: float = CONTENT_WIDTH) -> Drawing:  # fmt: skip
    """Per statement two bars (before, after): the share of answers that signal a problem."""
    row, label_width = 10 * mm, width * 0.45
    bar_width = width - label_width - 14 * mm
    height = row * len(results) + 12 * mm
    drawing = Drawing(width, height)
    for index, result in enumerate(results):
        top = height - 8 * mm - index * row
        lines = _wrapped(result.statement.text(lang), 46)
        for number, line in enumerate(lines[:2]):
            y = top - (3.2 + 3.2 * number - (1.6 if len(lines) == 1 else 0)) * mm
            drawing.add(String(0, y, line, fontName=FONT, fontSize=7.5))
        for offset, value, colour in ((0.0, result.before, BEFORE_COLOUR),
                                      (4.2 * mm, result.after, AFTER_COLOUR)):  # fmt: skip
            y = top - 3.6 * mm - offset
            length = bar_width * (value or 0) / 100
            drawing.add(Rect(label_width, y, max(length, 0.6), 3.4 * mm, fillColor=colour,
                             strokeColor=None))  # fmt: skip
            drawing.add(String(label_width + length + 1.5 * mm, y + 0.7 * mm, _percent(value),
                               fontName=FONT, fontSize=7))  # fmt: skip
    legend_y = 1 * mm
    for x, key, colour in ((label_width, "th_before", BEFORE_COLOUR),
                           (label_width + 32 * mm, "th_after", AFTER_COLOUR)):  # fmt: skip
        drawing.add(Rect(x, legend_y, 3 * mm, 3 * mm, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 4.5 * mm, legend_y + 0.5 * mm, text(lang, key), fontName=FONT,
                           fontSize=7.5))  # fmt: skip
    return drawing


@dataclass(frozen=True, slots=True)
class ThermometerResultInput:
    """The result page: the class, the two measurements and the result per statement."""

    school: str
    reference: str
    before: Measurement | None
    after: Measurement | None
    results: tuple[StatementResult, ...]
    prepared_on: date | None = None
    logo: bytes | None = None


class ThermometerResultPdf(BasePdf):
    """The before/after comparison: a chart and a table of the shares per statement."""

    def __init__(self, data: ThermometerResultInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data

    def title(self) -> str:
        return self.t("th_r_title")

    def reference(self) -> str:
        return self.data.reference

    def school(self) -> str:
        return self.data.school

    def _measured(self, measurement: Measurement | None) -> str:
        if measurement is None:
            return self.t("th_not_measured")
        return self.t("th_measured", day=format_date(measurement.taken_on, self.lang),
                      klass=measurement.class_name, n=measurement.respondents)  # fmt: skip

    def story(self) -> list[Flowable]:
        data = self.data
        facts = [(self.t("bf_reference"), data.reference),
                 (self.t("bf_date"), format_date(data.prepared_on or date.today(), self.lang))]
        story = title_block(self.title(), data.school, facts, data.logo)
        story.append(para(self.t("th_r_intro"), "Small"))
        story.append(para(f"{self.t('th_before')}: {self._measured(data.before)}"))
        story.append(para(f"{self.t('th_after')}: {self._measured(data.after)}"))
        story += heading(self.t("th_chart"))
        story.append(result_chart(data.results, self.lang))
        rows = [(r.statement.text(self.lang), _percent(r.before), _percent(r.after),
                 "–" if r.change is None else f"{r.change:+.0f}") for r in data.results]
        header = [self.t("th_statement"), self.t("th_before"), self.t("th_after"),
                  self.t("th_change")]  # fmt: skip
        story += heading(self.t("th_table"))
        story.append(grid_table(header, rows, [6.2, 1.6, 1.6, 1.6]))
        return story


def render_result(data: ThermometerResultInput, lang: str = "nl") -> bytes:
    """The before/after result as PDF bytes."""
    return ThermometerResultPdf(data, lang).render()
