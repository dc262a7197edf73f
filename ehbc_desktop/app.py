"""Composition root of the desktop application: settings, translations, theme, main window."""

from __future__ import annotations

import sys


def run_app() -> int:
    """Start the Qt application and return its exit code."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    label = QLabel("EHBC Desktop")
    label.show()
    return app.exec()
