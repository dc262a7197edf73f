"""Saves PNGs of the agenda, agreements, the follow-up case tab, closing and school settings.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_agenda.py [folder] [--lang nl_BE|en]
The window runs over a temporary demo vault (fictitious data), driven like a teacher would.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EHBC_TEST_FAST_KDF", "1")  # a throw-away demo vault: no slow key stretch
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QDialog

from ehbc_desktop.app import AppContext, apply_theme, build_window, dispose
from ehbc_desktop.ui.main.workspace import Workspace
from scripts.screenshots import save, wait_until

PASSPHRASE = "demo demo demo demo demo"
SIZE = (1280, 800)


def unlock(ctx: AppContext) -> Workspace:
    """Type the demo passphrase and wait for the dashboard."""
    window = ctx.window
    wait_until(lambda: window.unlock_screen is not None
               and window.unlock_screen.view.user_combo.count() > 0)  # fmt: skip
    screen = window.unlock_screen
    assert screen is not None
    screen.view.passphrase_edit.setText(PASSPHRASE)
    screen.view.unlock_button.click()
    wait_until(lambda: window.workspace is not None)
    workspace = window.workspace
    assert workspace is not None
    wait_until(lambda: workspace.dashboard.loaded)
    return workspace


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
    from ehbc_desktop.services.demo import create_demo_vault

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--lang", default="nl_BE", choices=["nl_BE", "en"])
    args = parser.parse_args(argv)
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    with tempfile.TemporaryDirectory(prefix="ehbc-shots-") as tmp:
        vault = Path(tmp) / "vault"
        vault.mkdir()
        create_demo_vault(vault, PASSPHRASE, cases=40)
        ctx = build_window(app, vault_dir=vault)
        ctx.settings.language = args.lang
        ctx.translations.apply(args.lang)
        ctx.window.resize(*SIZE)
        ctx.window.show()
        ctx.window.start()
        workspace = unlock(ctx)
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
