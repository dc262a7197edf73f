"""Building blocks shared by the documents: escaped paragraphs, title block, tables, lines."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ehbc_desktop.reports.base import (
    ACCENT,
    CONTENT_WIDTH,
    FONT,
    RULE,
    TINT,
    InvalidImageError,
    stylesheet,
)

Cell: TypeAlias = str | Flowable | list[Flowable]


# A filter every printed text passes through while it is set (the pseudonymiser).
_text_filter: ContextVar[Callable[[str], str] | None] = ContextVar("text_filter", default=None)


@contextmanager
def filtered_text(text_filter: Callable[[str], str]) -> Iterator[None]:
    """Pass every text that blocks print through ``text_filter`` while the block runs."""
    token = _text_filter.set(text_filter)
    try:
        yield
    finally:
        _text_filter.reset(token)


_school_logo: ContextVar[bytes | None] = ContextVar("school_logo", default=None)


@contextmanager
def school_logo(logo: bytes | None) -> Iterator[None]:
    """Print ``logo`` in the title block of every document rendered while the block runs."""
    token = _school_logo.set(logo)
    try:
        yield
    finally:
        _school_logo.reset(token)


def esc(value: str) -> str:
    """User text made safe for a Paragraph: markup escaped, line breaks kept."""
    text_filter = _text_filter.get()
    if text_filter is not None:
        value = text_filter(value)
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)


def para(value: str, style: str = "Body") -> Paragraph:
    """A paragraph of user (or fixed) text, escaped."""
    return Paragraph(esc(value), stylesheet()[style])


def heading(value: str, level: int = 1) -> list[Flowable]:
    """A section heading that never stays alone at the bottom of a page."""
    style = "Heading" if level == 1 else "Subheading"
    # Ask for room instead of keepWithNext: keepWithNext pushes a heading together with a
    # whole table to the next page, leaving a gap; room for a few lines is all a heading needs.
    return [CondPageBreak(30 * mm), para(value, style)]


def image_from_bytes(data: bytes, max_width: float, max_height: float) -> Image:
    """An image flowable scaled to fit the box, keeping its aspect ratio.

    Raises:
        InvalidImageError: the bytes are not an image ReportLab can read.
    """
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception as exc:  # ReportLab raises several kinds for unreadable images
        raise InvalidImageError("unreadable image") from exc
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def title_block(title: str, school: str, facts: Sequence[tuple[str, str]] = (),
                logo: bytes | None = None) -> list[Flowable]:
    """The first-page block: school, title, a few facts (reference, date), a rule.

    Without ``logo`` the school's logo of the rendering (``school_logo``) is used, if any.
    """
    sheet = stylesheet()
    logo = logo if logo is not None else _school_logo.get()
    text_part: list[Flowable] = []
    if school:
        text_part.append(para(school, "School"))
    text_part.append(para(title, "Title"))
    for label_text, value in facts:
        text_part.append(Paragraph(f"{esc(label_text)}: <b>{esc(value)}</b>", sheet["Subtitle"]))
    if logo:
        picture = image_from_bytes(logo, 35 * mm, 22 * mm)
        block: Flowable = Table([[text_part, picture]],
                                colWidths=[CONTENT_WIDTH - 40 * mm, 40 * mm])
        block.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]))
        flowables: list[Flowable] = [block]
    else:
        flowables = text_part
    return [*flowables, Spacer(1, 3 * mm), Rule(ACCENT, 1.2), Spacer(1, 4 * mm)]


class Rule(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """A horizontal line across the frame."""

    def __init__(self, color: object = RULE, thickness: float = 0.5) -> None:
        super().__init__()
        self.color = color
        self.thickness = thickness

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.thickness

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, 0, self.width, 0)


class WritingLines(Flowable):  # type: ignore[misc]
    """Empty ruled lines to write on by hand."""

    def __init__(self, count: int, spacing: float = 8 * mm, label: str = "") -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.label = label

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.spacing + 2 * mm

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        for index in range(self.count):
            y = (self.count - index - 1) * self.spacing + 2 * mm
            self.canv.line(0, y, self.width, y)


def _cell(value: Cell, style: str) -> Flowable | list[Flowable]:
    return para(value, style) if isinstance(value, str) else value


def _light_rules(header: bool) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        # Every table states its font, else ReportLab adds an unembedded Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), TINT),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    return TableStyle(commands)


def kv_table(rows: Sequence[tuple[str, Cell]], label_width: float = 48 * mm) -> Table:
    """Label and value pairs, one per row, with light rules."""
    data = [[_cell(label_text, "CellMuted"), _cell(value, "Cell")] for label_text, value in rows]
    table = Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(_light_rules(header=False))
    return table


def grid_table(header: Sequence[str], rows: Sequence[Sequence[Cell]],
               fractions: Sequence[float]) -> Table:
    """A table with a tinted header row (repeated on every page) and light rules."""
    total = sum(fractions)
    widths = [CONTENT_WIDTH * f / total for f in fractions]
    data = [[_cell(h, "CellHead") for h in header]]
    data += [[_cell(value, "Cell") for value in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_light_rules(header=True))
    return table


def numbered_list(items: Sequence[str], style: str = "Item") -> ListFlowable:
    """Items numbered 1, 2, 3 ..."""
    return ListFlowable(
        [ListItem(para(item, style), value=index) for index, item in enumerate(items, start=1)],
        bulletType="1", bulletFontName="DejaVuSans-Bold", bulletFontSize=10, leftIndent=7 * mm,
        bulletColor=ACCENT,
    )


def bullet_list(items: Sequence[str], style: str = "Item") -> ListFlowable:
    """Items with a round bullet."""
    return ListFlowable(
        [ListItem(para(item, style)) for item in items],
        bulletType="bullet", start="•", bulletFontName="DejaVuSans", bulletFontSize=10,
        leftIndent=6 * mm, bulletColor=ACCENT,
    )


def signature_grid(blocks: Sequence[tuple[str, str]], name_label: str,
                   signature_label: str) -> Table:
    """Signature boxes: role, printed name, and room to sign; three a row when there are many.

    Each row of boxes is two table rows (who, then the signature line) kept together, so the
    signature lines of one row align even when a name wraps.
    """
    sheet = stylesheet()
    columns = 2 if len(blocks) <= 4 else 3
    heads: list[list[Flowable]] = []
    for role, name in blocks:
        head: list[Flowable] = [Paragraph(f"<b>{esc(role)}</b>", sheet["Cell"])]
        if name:
            head.append(Paragraph(f"{esc(name_label)}: {esc(name)}", sheet["CellMuted"]))
        else:  # a blank form: a line to print the name on
            head += [Spacer(1, 8 * mm), Rule(RULE, 0.6), para(name_label, "Small")]
        heads.append(head)
    signs: list[list[Flowable]] = [
        [Spacer(1, 12 * mm), Rule(RULE, 0.6), para(signature_label, "Small")] for _ in blocks
    ]
    while len(heads) % columns:
        heads.append([])
        signs.append([])
    rows: list[list[list[Flowable]]] = []
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-2, -1), 7 * mm),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
    ]
    for start in range(0, len(heads), columns):
        rows += [heads[start:start + columns], signs[start:start + columns]]
        commands += [("NOSPLIT", (0, len(rows) - 2), (-1, len(rows) - 1)),
                     ("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 6 * mm)]
    gap = 7 * mm
    width = (CONTENT_WIDTH + gap) / columns
    table = Table(rows, colWidths=[width] * (columns - 1) + [width - gap], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
