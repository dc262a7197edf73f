"""Saves PNGs of the figures page (charts, a term, own dates) and of its PDF preview.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_statistics.py [folder] [--lang ...]
The window runs over a temporary demo vault (fictitious data), driven like a teacher would.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QDialog

from ehbc_desktop.app import dispose
from scripts.screenshots import arguments, save, started_window, themed_app, unlock_with, wait_until

PASSPHRASE = "tellen zonder namen in de demokluis"
CASES = 400


def main(argv: list[str] | None = None) -> int:
    """Drive the window over a demo vault and save the screenshots; return the exit code."""
    from ehbc_desktop.demo.vault import create_demo_vault
    from ehbc_desktop.ui.statistics.lazy_page import LazyStatisticsPage
    from ehbc_desktop.ui.statistics.statistics_view import KIND_CUSTOM, KIND_TERM
    from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

    folder, lang = arguments(__doc__, argv)
    app = themed_app()
    with tempfile.TemporaryDirectory(prefix="ehbc-shots-") as tmp:
        vault = Path(tmp) / "vault"
        vault.mkdir()
        create_demo_vault(vault, PASSPHRASE, cases=CASES, kdf=FAST_TEST_PARAMS)
        ctx = started_window(app, vault, lang)
        workspace = unlock_with(ctx, PASSPHRASE)
        shell = next(p for p in workspace.extra_pages if isinstance(p, LazyStatisticsPage))
        workspace.nav.setCurrentRow(workspace.stack.indexOf(shell))
        wait_until(lambda: shell.page is not None and shell.page.stats is not None)
        page = shell.page
        assert page is not None
        save(ctx.window, folder, "statistics_01_school_year")
        page.view.scroll_area.verticalScrollBar().setValue(700)
        save(ctx.window, folder, "statistics_02_school_year_charts")
        page.view.scroll_area.verticalScrollBar().setValue(0)
        page.stats = None
        page.choose(KIND_TERM, year=2026, term_no=1)
        wait_until(lambda: page.stats is not None)
        save(ctx.window, folder, "statistics_03_term")
        page.stats = None
        page.choose(KIND_CUSTOM, start=date.today().replace(day=1), end=date.today())
        wait_until(lambda: page.stats is not None)
        save(ctx.window, folder, "statistics_04_small_period")
        page.view.pdf_button.click()
        wait_until(lambda: ctx.window.findChild(QDialog, "statisticsPreview") is not None)
        preview = ctx.window.findChild(QDialog, "statisticsPreview")
        assert preview is not None
        save(preview, folder, "statistics_05_pdf_preview")
        preview.reject()
        page.stats = None
        page.view.threshold_spin.setValue(10)  # stored, then the figures are counted again
        wait_until(lambda: page.stats is not None and page.stats.threshold == 10)
        save(ctx.window, folder, "statistics_06_threshold_10")
        dispose(app, ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
