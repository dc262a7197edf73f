"""The shared page of every printed document: A4, fonts, one stylesheet, header and footer."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ehbc_desktop.interpreter_share import make_room_for_gui
from ehbc_desktop.package_data import resource
from ehbc_desktop.reports.texts import check_lang, text

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm  # leaves room for the running header
MARGIN_BOTTOM = 22 * mm  # leaves room for the footer
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_MONO = "DejaVuSansMono"

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5f6670")
ACCENT = colors.HexColor("#1d4e6e")
RULE = colors.HexColor("#c5cbd3")
TINT = colors.HexColor("#eef2f5")

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_MONO: "DejaVuSansMono.ttf",
}


class ReportError(Exception):
    """A document could not be rendered from the data it was given."""


class InvalidImageError(ReportError):
    """Image bytes (a school logo, an evidence picture) could not be read."""


def font_dir() -> Path:
    """The folder with the embedded fonts."""
    return resource("fonts")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register DejaVu Sans with ReportLab once per process (so <b> and <i> work too)."""
    folder = font_dir()
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )


@lru_cache(maxsize=1)
def stylesheet() -> StyleSheet1:
    """The one named stylesheet of all documents."""
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "Body", fontName=FONT, fontSize=10, leading=14, textColor=INK, alignment=TA_LEFT,
        spaceAfter=4,
    )
    sheet.add(base)
    sheet.add(ParagraphStyle("School", parent=base, fontSize=9, leading=12, textColor=MUTED))
    sheet.add(ParagraphStyle(
        "Title", parent=base, fontName=FONT_BOLD, fontSize=20, leading=25, textColor=ACCENT,
        spaceBefore=2, spaceAfter=4,
    ))
    sheet.add(ParagraphStyle("Subtitle", parent=base, fontSize=10, leading=13, textColor=MUTED))
    sheet.add(ParagraphStyle(
        "Heading", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=ACCENT,
        spaceBefore=12, spaceAfter=5,
    ))
    sheet.add(ParagraphStyle(
        "Subheading", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
        spaceBefore=8, spaceAfter=3,
    ))
    sheet.add(ParagraphStyle("Question", parent=base, fontName=FONT_BOLD, spaceBefore=6,
                             spaceAfter=2))
    sheet.add(ParagraphStyle("Answer", parent=base, leftIndent=4 * mm, spaceAfter=6))
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=8.5, leading=11, textColor=MUTED))
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=9, leading=12, spaceAfter=0))
    sheet.add(ParagraphStyle("CellMuted", parent=base, fontSize=9, leading=12, spaceAfter=0,
                             textColor=MUTED))
    sheet.add(ParagraphStyle("CellHead", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                             leading=11, spaceAfter=0, textColor=ACCENT))
    sheet.add(ParagraphStyle("Mono", parent=base, fontName=FONT_MONO, fontSize=7.5, leading=10,
                             spaceAfter=0, textColor=MUTED))
    sheet.add(ParagraphStyle("Key", parent=base, fontName=FONT_MONO, fontSize=17, leading=26,
                             alignment=1))
    sheet.add(ParagraphStyle("Item", parent=base, spaceAfter=3))
    return sheet


def _numbered_canvas(draw_total: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that keeps every page until the end, then writes "page x of y"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                draw_total(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _after_block(_flowable: Flowable) -> None:
    """After each paragraph, table or image: the GUI thread gets the interpreter if it waits."""
    make_room_for_gui()


class BasePdf:
    """A document on the shared page; subclasses give a title, a reference and a story.

    Case documents carry the case reference (never a name) in the header and footer of every
    page, next to "Vertrouwelijk" and "pagina x van y".
    """

    confidential = True

    def __init__(self, lang: str = "nl") -> None:
        self.lang = check_lang(lang)
        self.styles = stylesheet()

    # -- what a document provides -------------------------------------------------------------
    def title(self) -> str:
        """The document's title, as printed and in the PDF metadata."""
        raise NotImplementedError

    def reference(self) -> str:
        """The case reference (such as "2026-014"), or "" for documents without a case."""
        return ""

    def school(self) -> str:
        """The school's name for the first-page header."""
        return ""

    def story(self) -> list[Flowable]:
        """The flowables of the document body."""
        raise NotImplementedError

    # -- rendering ------------------------------------------------------------------------------
    def t(self, key: str, **values: object) -> str:
        """Fixed wording in the document's language."""
        return text(self.lang, key, **values)

    def subject(self) -> str:
        """The PDF subject: what the document is and its case, never a name."""
        parts = [self.title()]
        if self.reference():
            parts.append(self.t("case_ref", ref=self.reference()))
        if self.confidential:
            parts.append(self.t("confidential"))
        return " · ".join(parts)

    def render(self) -> bytes:
        """Lay out the story on A4 pages and return the PDF bytes."""
        register_fonts()
        buffer = io.BytesIO()
        program = self.t("program")
        doc = BaseDocTemplate(
            buffer, pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=self.title(), author=program, subject=self.subject(), creator=program,
            lang=self.lang,
            # Start every page in our own font, so no unembedded Helvetica ends up in the file.
            initialFontName=FONT,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.afterFlowable = _after_block
        doc.addPageTemplates([
            PageTemplate("first", [frame], onPage=self._on_first_page,
                         autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=self._on_later_page),
        ])
        doc.build(self.story(), canvasmaker=_numbered_canvas(self._draw_page_count))
        return buffer.getvalue()

    # -- canvas hooks -----------------------------------------------------------------------------
    def _on_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        # The title block already names the school and the document; only a case reference
        # is worth a running header on the first page.
        if self.reference():
            self._draw_header(canvas, doc, "")
        self._draw_footer(canvas, doc)

    def _on_later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._draw_header(canvas, doc, self.title())
        self._draw_footer(canvas, doc)

    def _draw_header(self, canvas: Canvas, doc: BaseDocTemplate, left_text: str) -> None:
        width, height = doc.pagesize
        right = width - doc.rightMargin
        baseline = height - doc.topMargin + 9 * mm
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(doc.leftMargin, baseline, left_text)
        if self.reference():
            canvas.drawRightString(right, baseline, self.t("case_ref", ref=self.reference()))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(doc.leftMargin, baseline - 2.5 * mm, right, baseline - 2.5 * mm)
        canvas.restoreState()

    def _footer_baseline(self) -> float:
        return float(MARGIN_BOTTOM - 12 * mm)

    def _draw_footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width = doc.pagesize[0]
        baseline = self._footer_baseline()
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(doc.leftMargin, baseline + 4 * mm, width - doc.rightMargin, baseline + 4 * mm)
        canvas.setFillColor(MUTED)
        left = self.t("confidential") if self.confidential else self.school()
        canvas.setFont(FONT_BOLD if self.confidential else FONT, 8)
        canvas.drawString(doc.leftMargin, baseline, left)
        if self.reference():
            canvas.setFont(FONT, 8)
            canvas.drawCentredString(width / 2, baseline, self.t("case_ref", ref=self.reference()))
        canvas.restoreState()

    def _draw_page_count(self, canvas: Canvas, page: int, total: int) -> None:
        width = canvas._pagesize[0]
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN_RIGHT, self._footer_baseline(),
                               self.t("page_x_of_y", page=page, total=total))
        canvas.restoreState()
