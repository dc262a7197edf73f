"""Reading back what the code under test wrote: the text of a PDF, the digest of a folder."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, whitespace made single spaces."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF."""
    return len(PdfReader(io.BytesIO(pdf)).pages)


def tree_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder``, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
