"""The figures page: built on first show, charts per table, small counts hidden, no names."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ehbc_desktop.demo.vault import create_demo_vault
from ehbc_desktop.domain.statistics.tables import TABLES
from ehbc_desktop.ui.statistics.lazy_page import LazyStatisticsPage
from ehbc_desktop.ui.statistics.statistics_view import KIND_CUSTOM
from tests.gui.conftest import PASSPHRASE, GuiDriver, WindowFactory


def _names(vault: Path) -> set[str]:
    from ehbc_desktop.services.access import access
    from ehbc_desktop.store import models as m

    session = access.unlock(vault, "demo", PASSPHRASE)
    try:
        with session.unit() as s:
            rows = s.execute(select(m.Person.first_name, m.Person.last_name)).all()
    finally:
        session.close()
    return {part for row in rows for part in row if len(part) > 3}


def test_figures_page_shows_charts_and_hides_small_counts(
    vault_dir: Path, make_window: WindowFactory, gui: GuiDriver, qtbot: QtBot
) -> None:
    vault_dir.mkdir(parents=True)
    create_demo_vault(vault_dir, PASSPHRASE, cases=60)
    names = _names(vault_dir)
    ctx = make_window(vault_dir)
    gui.unlock(ctx)
    workspace = ctx.window.workspace
    assert workspace is not None
    shell = next(p for p in workspace.extra_pages if isinstance(p, LazyStatisticsPage))
    assert shell.page is None  # nothing of the statistics is built before it is shown
    row = workspace.stack.indexOf(shell)
    item = workspace.nav.item(row)
    assert item.text() == "Cijfers"
    with qtbot.waitSignal(shell.sig_page_built, timeout=10_000):
        rect = workspace.nav.visualItemRect(item)
        qtbot.mouseClick(workspace.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = shell.page
    assert page is not None
    qtbot.waitUntil(lambda: page.stats is not None, timeout=20_000)
    assert page.chart_count() == len(TABLES)
    assert "geopend" in page.view.opened_number.parent().findChildren(QLabel)[1].text()
    assert page.view.opened_number.text().isdigit()

    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        page.choose(KIND_CUSTOM, start=date.today() - timedelta(days=6), end=date.today())
    texts = [label.text() for label in page.findChildren(QLabel)]
    for view in page.findChildren(QChartView):
        for axis in view.chart().axes():
            if isinstance(axis, QBarCategoryAxis):
                texts += axis.categories()
    joined = "\n".join(texts)
    assert "&lt; 5" in joined or "< 5" in joined  # a week of 60 demo cases has small counts
    assert not [name for name in names if name in joined]

    qtbot.mouseClick(page.view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(QDialog, "statisticsPreview") is not None,
                    timeout=20_000)  # fmt: skip
    preview = page.findChild(QDialog, "statisticsPreview")
    assert preview is not None
    preview.reject()


def test_opening_the_workspace_imports_no_statistics_or_charts() -> None:
    code = (
        "import sys; import ehbc_desktop.ui.main.workspace; "
        "import ehbc_desktop.ui.main.nav_pages as n; n.nav_page_factories(); "
        "bad = [m for m in ('PySide6.QtCharts', 'ehbc_desktop.domain.statistics', "
        "'ehbc_desktop.ui.statistics.statistics_page') if m in sys.modules]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})  # fmt: skip
    assert out.stdout.strip() == "[]"


def test_the_threshold_is_changed_on_the_figures_page(
    vault_dir: Path, make_window: WindowFactory, gui: GuiDriver, qtbot: QtBot
) -> None:
    vault_dir.mkdir(parents=True)
    create_demo_vault(vault_dir, PASSPHRASE, cases=60)
    ctx = make_window(vault_dir)
    gui.unlock(ctx)
    workspace = ctx.window.workspace
    assert workspace is not None
    shell = next(p for p in workspace.extra_pages if isinstance(p, LazyStatisticsPage))
    workspace.nav.setCurrentRow(workspace.stack.indexOf(shell))
    qtbot.waitUntil(lambda: shell.page is not None and shell.page.stats is not None,
                    timeout=20_000)  # fmt: skip
    page = shell.page
    assert page is not None and page.stats is not None
    spin = page.view.threshold_spin
    assert spin.isEnabled() and spin.value() == page.stats.threshold == 5
    assert page.view.threshold_after.text() == "tonen als '< 5'"
    opened = int(page.view.opened_number.text())  # at 5, the year's count is shown

    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "50")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert page.stats.threshold == 50
    assert page.view.opened_number.text() == ("< 50" if opened < 50 else str(opened))
    assert "50" in page.view.note_label.text()
    assert page.view.threshold_after.text() == "tonen als '< 50'"
    services = ctx.window.services()
    assert services is not None
    assert gui.run_on_worker(ctx, services.settings.get).statistics_threshold == 50

    spin.setValue(2)  # below the allowed minimum: the spin box does not go there
    assert spin.value() == spin.minimum() == 3
