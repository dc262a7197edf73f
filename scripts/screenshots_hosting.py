"""Saves PNGs of the Documents and Evidence tabs, the print preview and the Vault menu dialogs.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_hosting.py [folder] [--lang nl_BE|en]
Driven through the real window over a temporary demo vault (`create_demo_vault`).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from ehbc_desktop.app import AppContext, dispose
from scripts.screenshots import (
    arguments,
    save,
    settle,
    started_window,
    themed_app,
    unlock_with,
    wait_until,
)

PASSPHRASE = "demo wachtwoordzin voor de schermafdrukken"


def pick_cases(ctx: AppContext) -> tuple[str, str]:
    """(a case with a repair agreement, a case with demo evidence), found on the worker."""
    from sqlalchemy import select

    from ehbc_desktop.store import models as m

    services = ctx.window.services()
    assert services is not None
    session = services.session
    ctx.runner.wait_for_done()
    with session.unit() as s:
        repair = s.execute(select(m.RepairAgreement.case_id)).scalars().first()
        evidence = s.execute(select(m.EvidenceItem.case_id)
                             .where(m.EvidenceItem.media_type == "image/png")).scalars().first()
    assert repair and evidence
    return repair, evidence


def open_tab(ctx: AppContext, case_id: str, kind: str) -> object:
    """Open a case and show its feature tab of class name `kind`."""
    workspace = ctx.window.workspace
    assert workspace is not None
    workspace.open_case(case_id)
    wait_until(lambda: bool(workspace.case_widget and workspace.case_widget.people_model
                            .rowCount()))
    case = workspace.case_widget
    assert case is not None
    tab = next(t for t in case.extra_tabs if type(t).__name__ == kind)
    case.view.tabs.setCurrentWidget(tab)
    return tab


def documents(ctx: AppContext, folder: Path, case_id: str) -> None:
    """The Documents tab with the case summary, then the preview of a repair agreement."""
    tab: object = open_tab(ctx, case_id, "DocumentsTab")
    wait_until(lambda: tab.model.rowCount() > 0)  # type: ignore[attr-defined]
    tab.select("case-summary")  # type: ignore[attr-defined]
    save(ctx.window, folder, "hosting_01_documents_tab")
    tab.select("repair-agreement")  # type: ignore[attr-defined]
    opened: list[QDialog] = []
    tab.sig_preview_opened.connect(opened.append)  # type: ignore[attr-defined]
    tab.preview()  # type: ignore[attr-defined]
    wait_until(lambda: bool(opened) and opened[0].page_count() > 0)  # type: ignore[attr-defined]
    opened[0].resize(860, 980)
    settle(400)
    save(opened[0], folder, "hosting_02_preview_repair_agreement")
    opened[0].reject()


def evidence(ctx: AppContext, folder: Path, case_id: str) -> None:
    """The Evidence tab with the demo screenshots' thumbnails."""
    tab: object = open_tab(ctx, case_id, "EvidenceTab")
    gallery = tab.gallery  # type: ignore[attr-defined]
    wait_until(lambda: gallery.model.rowCount() > 0 and not gallery.busy)
    save(ctx.window, folder, "hosting_03_evidence_gallery")


def archives(ctx: AppContext, folder: Path, tmp: Path) -> None:
    """The export dialog with its passphrase, then an import caught while it runs."""
    ctx.window.menus.vault.export_archive.trigger()
    wait_until(lambda: ctx.window.findChild(QDialog, "archiveExportDialog") is not None)
    dialog = ctx.window.findChild(QDialog, "archiveExportDialog")
    rows = dialog.cases  # type: ignore[attr-defined]
    for row in range(min(3, rows.count())):
        rows.item(row).setCheckState(rows.item(row).checkState().Checked)
    target = tmp / "naar-het-clb.ehbc"
    dialog.target.setText(str(target))  # type: ignore[attr-defined]
    settle()
    composite(ctx.window, [dialog]).save(str(folder / "hosting_04_archive_export_dialog.png"))
    secret = dialog.passphrase.text()  # type: ignore[attr-defined]
    dialog.export()  # type: ignore[attr-defined]
    importer = ctx.window.vault_actions.open_archive_dialog(True)
    assert importer is not None
    importer.path.setText(str(target))  # type: ignore[attr-defined]
    importer.passphrase.setText(secret)  # type: ignore[attr-defined]
    importer.copy.setChecked(True)  # type: ignore[attr-defined]

    def grab_progress() -> None:
        for progress in ctx.window.findChildren(QProgressDialog):
            if progress.isVisible():
                composite(ctx.window, [importer, progress]).save(
                    str(folder / "hosting_05_import_progress.png"))
                return
        QTimer.singleShot(100, grab_progress)

    QTimer.singleShot(350, grab_progress)
    importer.run_import()  # type: ignore[attr-defined]
    print(folder / "hosting_05_import_progress.png")


def composite(window: QWidget, dialogs: list[QWidget]) -> QPixmap:
    """The window with its dialogs painted centred on it (offscreen they are separate)."""
    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
    for dialog in dialogs:
        shot = dialog.grab()
        painter.drawPixmap((picture.width() - shot.width()) // 2,
                           (picture.height() - shot.height()) // 2, shot)
    painter.end()
    return picture


def main(argv: list[str] | None = None) -> int:
    """Build the demo vault, drive the window, save the screenshots."""
    from ehbc_desktop.demo.vault import create_demo_vault

    folder, lang = arguments(__doc__, argv)
    app = themed_app()
    with tempfile.TemporaryDirectory(prefix="ehbc-shots-") as tmp:
        vault = Path(tmp) / "vault"
        create_demo_vault(vault, PASSPHRASE, cases=12, kdf=FAST_TEST_PARAMS)
        ctx = started_window(app, vault, lang)
        unlock_with(ctx, PASSPHRASE)
        repair_case, evidence_case = pick_cases(ctx)
        documents(ctx, folder, repair_case)
        evidence(ctx, folder, evidence_case)
        archives(ctx, folder, Path(tmp))
        dispose(app, ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
