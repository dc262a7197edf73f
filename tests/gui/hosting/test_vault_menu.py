"""The Vault menu in the real window: an archive written and checked, a daily backup rotated."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.services.archive.backup import list_backups
from tests.gui.hosting.helpers import export_events, make_case, open_case


def test_export_from_the_menu_writes_an_archive_the_check_dialog_accepts(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path, tmp_path: Path,
) -> None:
    ctx: AppContext = make_window(made_vault)
    gui.unlock(ctx)
    case_id = make_case(gui, ctx)
    open_case(qtbot, ctx, case_id)
    vault_menu = ctx.window.menus.vault
    assert vault_menu.export_archive.isEnabled() and vault_menu.recovery_sheet.isEnabled()

    vault_menu.export_archive.trigger()
    dialog: Any = gui.dialog(ctx.window, "archiveExportDialog")
    assert dialog.selected_case_ids() == [case_id]  # the open case is preselected
    secret = dialog.passphrase.text()
    target = tmp_path / "naar-clb.ehbc"
    dialog.target.setText(str(target))
    dialog.work_factor = 10
    dialog.documents.setChecked(False)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.export()
    result = dialog.result_info
    assert result is not None and len(result.references) == 1 and target.is_file()
    assert any(c == case_id for _t, c in export_events(gui, ctx))

    vault_menu.check_archive.trigger()
    checker: Any = gui.dialog(ctx.window, "archiveCheckDialog")
    checker.path.setText(str(target))
    checker.passphrase.setText(secret)
    with qtbot.waitSignal(checker.sig_checked, timeout=20_000) as checked:
        checker.verify()
    summary = checked.args[0]
    assert summary is not None and [c.case_id for c in summary.cases] == [case_id]
    checker.reject()

    workspace = ctx.window.workspace
    assert workspace is not None
    vault_menu.import_archive.trigger()
    importer: Any = gui.dialog(ctx.window, "archiveImportDialog")
    importer.path.setText(str(target))
    importer.passphrase.setText(secret)
    importer.copy.setChecked(True)  # the case is here already: import it as a copy
    with qtbot.waitSignal(importer.accepted, timeout=20_000):
        importer.run_import()
    result = importer.result_info
    assert result is not None and len(result.imported) == 1
    qtbot.waitUntil(lambda: workspace.case_list.model.rowCount() == 2, timeout=10_000)


def test_the_recovery_sheet_opens_in_the_preview_for_an_administrator(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path,
) -> None:
    ctx: AppContext = make_window(made_vault)
    gui.unlock(ctx)
    ctx.window.menus.vault.recovery_sheet.trigger()
    preview: Any = gui.dialog(ctx.window, "recoverySheetPreview")
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=10_000)
    assert preview.save_button.isVisibleTo(preview)  # saving warns first, then is audited
    preview.reject()


def _old_copies(folder: Path, backup: Path) -> None:
    for stamp in ("20200101-010000", "20200102-010000"):
        shutil.copytree(backup, folder / f"ehbc-backup-{stamp}")
    shutil.rmtree(backup)


def test_automatic_backup_after_unlock_is_made_once_a_day_and_rotated(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path, tmp_path: Path,
) -> None:
    folder = tmp_path / "backups"
    ctx: AppContext = make_window(made_vault)
    ctx.settings.backup_folder = str(folder)
    ctx.settings.backup_keep = 2
    gui.unlock(ctx)
    actions = ctx.window.vault_actions
    assert actions.auto_backup is not None
    qtbot.waitUntil(lambda: len(list_backups(folder)) == 1 and not ctx.runner.is_busy(),
                    timeout=20_000)  # the first backup has ended, rotation and all
    (first,) = list_backups(folder)
    _old_copies(folder, first)  # two backups from long ago: the next one is due

    with qtbot.waitSignal(actions.auto_backup.sig_done, timeout=20_000) as done:
        assert actions.run_auto_backup()
    assert done.args[0] is not None
    names = [p.name for p in list_backups(folder)]
    assert len(names) == 2 and names[1] == "ehbc-backup-20200102-010000"
    assert ctx.window.statusBar().currentMessage()  # a quiet line, no dialog

    with qtbot.waitSignal(actions.auto_backup.sig_done, timeout=20_000) as again:
        assert actions.run_auto_backup()
    assert again.args[0] is None  # made today already: not due
    assert len(list_backups(folder)) == 2
