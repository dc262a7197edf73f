"""Printing a PDF held in memory: each page rendered by QtPdf and painted on the printer."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

#: Pages are rendered at the printer's resolution up to this (A4 at 300 dpi is ~35 MB).
MAX_PRINT_DPI = 300
_POINTS_PER_INCH = 72.0


class PrintError(Exception):
    """The printer could not be started (no painter on it)."""


def prepare_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """Give the printer the document's page size and orientation, painting the full sheet.

    Our documents carry their own margins, so printing the full page keeps them 1:1.
    """
    if document.pageCount() < 1:
        return
    size = document.pagePointSize(0)
    printer.setFullPage(True)
    page_size = QPageSize(QSize(round(size.width()), round(size.height())), "",
                          QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageSize(page_size)
    landscape = size.width() > size.height()
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)


def _pages(printer: QPrinter, count: int) -> range:
    """The pages to print, 0-based: the range the print dialog asked for, else all."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(count)
    return range(max(0, first - 1), min(count, last))


def print_pdf(document: QPdfDocument, printer: QPrinter, max_dpi: int = MAX_PRINT_DPI) -> int:
    """Paint every page (or the chosen range) of `document` on `printer`.

    Each page becomes an image at the printer's resolution (at most `max_dpi`) and is scaled
    into the sheet keeping its aspect ratio; nothing is written to a temporary file.

    Returns:
        The number of pages printed.

    Raises:
        PrintError: the printer could not be opened.
    """
    pages = _pages(printer, document.pageCount())
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError
    try:
        dpi = max(72, min(printer.resolution(), max_dpi))
        for index, page in enumerate(pages):
            if index and not printer.newPage():
                raise PrintError
            _paint_page(painter, document, page, dpi)
    finally:
        painter.end()
    return len(pages)


def _paint_page(painter: QPainter, document: QPdfDocument, page: int, dpi: int) -> None:
    points = document.pagePointSize(page)
    pixels = QSize(round(points.width() / _POINTS_PER_INCH * dpi),
                   round(points.height() / _POINTS_PER_INCH * dpi))
    image = document.render(page, pixels)
    sheet = QRectF(painter.viewport())
    fitted = QSizeF(points).scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(sheet.x() + (sheet.width() - fitted.width()) / 2, sheet.y(),
                    fitted.width(), fitted.height())
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(target, image)
