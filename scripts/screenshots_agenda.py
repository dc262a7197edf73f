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

from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from ehbc_desktop.app import apply_theme, build_window, dispose  # noqa: E402
from scripts.screenshots import save, wait_until  # noqa: E402

PASSPHRASE = "demo demo demo demo demo"
SIZE = (1280, 800)


def main(argv: list[str] | None = None) -> int:
    """Drive the window over a demo vault and save the screenshots; return the exit code."""
    from ehbc_desktop.services.demo import create_demo_vault
    from ehbc_desktop.ui.agenda.agenda_page import AgendaPage
    from ehbc_desktop.ui.agenda.agenda_view import MODE_LIST
    from ehbc_desktop.ui.closing.closing_dialog import ClosingDialog
    from ehbc_desktop.ui.followup.agreements_page import AgreementsPage
    from ehbc_desktop.ui.followup.followup_tab import FollowUpTab

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
        wait_until(lambda: ctx.window.unlock_screen is not None
                   and ctx.window.unlock_screen.view.user_combo.count() > 0)  # fmt: skip
        unlock = ctx.window.unlock_screen
        assert unlock is not None
        unlock.view.passphrase_edit.setText(PASSPHRASE)
        unlock.view.unlock_button.click()
        wait_until(lambda: ctx.window.workspace is not None)
        workspace = ctx.window.workspace
        assert workspace is not None
        wait_until(lambda: workspace.dashboard.loaded)
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
        case_id = agreements.model.row_at(0).case_id
        workspace.open_case(case_id)
        wait_until(lambda: workspace.case_widget is not None and bool(workspace.case_widget.extra_tabs))
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
        dialog.action_button.click()
        save(dialog, folder, "agenda_05_closing_dialog")
        dialog.reject()
        ctx.window.menus.school_settings.trigger()
        settings = ctx.window.findChild(QDialog, "schoolSettingsDialog")
        assert settings is not None
        wait_until(lambda: settings.buttons.isEnabled() and settings.idle_spin.value() > 0)
        save(settings, folder, "agenda_06_school_settings")
        settings.reject()
        dispose(app, ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
