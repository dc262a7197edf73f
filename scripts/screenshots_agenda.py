"""Saves PNGs of the agenda, agreements, the follow-up case tab, closing and school settings.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_agenda.py [folder] [--lang nl_BE|en]
The window runs over a temporary demo vault (fictitious data), driven like a teacher would.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QDialog

from ehbc_desktop.app import AppContext, dispose
from ehbc_desktop.ui.main.workspace import Workspace
from scripts.screenshots import (
    arguments,
    save,
    started_window,
    themed_app,
    unlock_with,
    wait_until,
)

PASSPHRASE = "drie grijze ezels op de dijk"


def pages(ctx: AppContext, workspace: Workspace, folder: Path) -> str:
    """The agenda (week and list) and the agreements page; returns a case id with agreements."""
    from ehbc_desktop.ui.agenda.agenda_page import AgendaPage
    from ehbc_desktop.ui.agenda.agenda_view import MODE_LIST
    from ehbc_desktop.ui.followup.agreements_page import AgreementsPage

    save(ctx.window, folder, "agenda_00_dashboard")
    agenda = next(p for p in workspace.extra_pages if isinstance(p, AgendaPage))
    workspace.nav.setCurrentRow(workspace.stack.indexOf(agenda))
    wait_until(lambda: agenda.model.rowCount() > 0)
    save(ctx.window, folder, "agenda_01_week")
    agenda.set_mode(MODE_LIST)
    wait_until(lambda: agenda.model.rowCount() > 0)
    save(ctx.window, folder, "agenda_02_list")
    agreements = next(p for p in workspace.extra_pages if isinstance(p, AgreementsPage))
    workspace.nav.setCurrentRow(workspace.stack.indexOf(agreements))
    wait_until(lambda: agreements.model.rowCount() > 0)
    save(ctx.window, folder, "agenda_03_agreements")
    return str(agreements.model.row_at(0).case_id)


def case_tab(ctx: AppContext, workspace: Workspace, case_id: str, folder: Path) -> None:
    """The case tab, then the closing dialog with one gap given a reason."""
    from ehbc_desktop.ui.closing.closing_dialog import ClosingDialog
    from ehbc_desktop.ui.followup.followup_tab import FollowUpTab

    workspace.open_case(case_id)
    wait_until(lambda: workspace.case_widget is not None)
    case = workspace.case_widget
    assert case is not None
    tab = next(t for t in case.extra_tabs if isinstance(t, FollowUpTab))
    case.view.tabs.setCurrentWidget(tab)
    wait_until(lambda: tab.record is not None)
    save(ctx.window, folder, "agenda_04_case_tab")
    tab.view.close_button.click()
    dialog = ctx.window.findChild(ClosingDialog, "closingDialog")
    assert dialog is not None
    wait_until(dialog.action_button.isEnabled)
    rows = list(dialog.gap_rows.values())
    if rows:
        rows[0].reason_edit.setText("Afgesproken met het zorgteam op 12 november.")
    dialog.action_button.click()  # refused: the other gaps have no reason yet
    save(dialog, folder, "agenda_05_closing_dialog")
    dialog.reject()


def main(argv: list[str] | None = None) -> int:
    """Drive the window over a demo vault and save the screenshots; return the exit code."""
    from ehbc_desktop.demo.vault import create_demo_vault

    folder, lang = arguments(__doc__, argv)
    app = themed_app()
    with tempfile.TemporaryDirectory(prefix="ehbc-shots-") as tmp:
        vault = Path(tmp) / "vault"
        vault.mkdir()
        create_demo_vault(vault, PASSPHRASE, cases=40, kdf=FAST_TEST_PARAMS)
        ctx = started_window(app, vault, lang)
        workspace = unlock_with(ctx, PASSPHRASE)
        case_tab(ctx, workspace, pages(ctx, workspace, folder), folder)
        ctx.window.menus.school_settings.trigger()
        settings = ctx.window.findChild(QDialog, "schoolSettingsDialog")
        assert settings is not None
        wait_until(lambda: getattr(settings, "_loaded", None) is not None)
        save(settings, folder, "agenda_06_school_settings")
        settings.reject()
        dispose(app, ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
