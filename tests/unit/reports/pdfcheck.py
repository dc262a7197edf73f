"""Reading rendered PDFs back for the report tests: text per page, text near the edges, fonts."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

# Header and footer live outside the body frame: above 24 mm from the top, below 22 mm.
_MM = 72 / 25.4
_A4_HEIGHT = 297 * _MM


def reader(pdf: bytes) -> PdfReader:
    """A pypdf reader over ``pdf``."""
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """The extracted text of every page."""
    return [page.extract_text() or "" for page in reader(pdf).pages]


def flat(text: str) -> str:
    """Text with every run of whitespace made one space (line breaks differ from the input)."""
    return re.sub(r"\s+", " ", text).strip()


def all_text(pdf: bytes) -> str:
    """The whole document's text, whitespace normalised."""
    return flat(" ".join(page_texts(pdf)))


def edge_texts(pdf: bytes) -> list[str]:
    """Per page, the text drawn in the header and footer zones."""
    return _zone_texts(pdf, edges=True)


def body_text(pdf: bytes) -> str:
    """The text of the body frames of all pages, without headers and footers, normalised."""
    return flat(" ".join(_zone_texts(pdf, edges=False)))


def _zone_texts(pdf: bytes, edges: bool) -> list[str]:
    result = []
    for page in reader(pdf).pages:
        parts: list[str] = []

        def visit(
            text: str, cm: list[float], tm: list[float], *_: object, parts: list[str] = parts
        ) -> None:
            y = cm[5] + tm[5] * cm[3] if cm else tm[5]
            in_edge = y < 22 * _MM or y > _A4_HEIGHT - 24 * _MM
            if text.strip() and in_edge == edges:
                parts.append(text)

        page.extract_text(visitor_text=visit)
        result.append(flat(" ".join(parts)))
    return result


def font_names(pdf: bytes) -> set[str]:
    """The BaseFont names in the font resources of every page."""
    names: set[str] = set()
    for page in reader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names
