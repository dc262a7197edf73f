"""What the preview says about a rendered document: pictures left out, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.services.documents.document_catalog import RenderedDocument


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("DocumentNotes", text, None, n)


def document_notes(rendered: RenderedDocument) -> list[str]:
    """Short notes to show above the preview; empty when there is nothing to say."""
    notes = []
    if rendered.images_unavailable:
        notes.append(_tr("Evidence pictures can not be read here, so the summary lists the "
                         "evidence by description and fingerprint only."))
    elif rendered.images_left_out:
        notes.append(_tr("%n evidence picture(s) left out: given in confidence or unreadable.",
                         rendered.images_left_out))
    return notes
