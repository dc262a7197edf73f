"""A typed QT_TRANSLATE_NOOP: marks module-level strings for lupdate (PySide6's returns object)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context`; return it unchanged."""
    del context
    return source
