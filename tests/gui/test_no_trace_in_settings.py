"""After a session through the window, no settings, configuration or cache file names a pupil.

The teacher adds evidence from a folder named after the pupil, exports an archive into it,
saves a document there and prints one, every time through the real file dialogs. Qt's own
settings (QtProject.conf) and every file under the configuration, cache and data folders
(pointed at empty temp folders) and beside the vault are then read: the pupil's name, in any
encoding a settings file uses, is in none of them.
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ehbc_desktop.services.evidence.evidence import EvidenceInput
from ehbc_desktop.ui.documents.documents_tab import DocumentsTab
from ehbc_desktop.ui.evidence.evidence_tab import EvidenceTab
from ehbc_desktop.ui.preview import PrintPreviewDialog
from tests.gui.hosting.helpers import open_case, tab_of
from tests.gui.steps.helpers import answer_box

PUPIL_FIRST, PUPIL_LAST = "Noor", "Vandenbroucke"
PUPIL = f"{PUPIL_FIRST} {PUPIL_LAST}"


def _spellings() -> list[bytes]:
    found = set()
    for text in (PUPIL, PUPIL_LAST):
        for variant in (text, urllib.parse.quote(text), text.replace(" ", "\\ ")):
            found.add(variant.encode("utf-8"))
            found.add(variant.encode("utf-16-le"))
    return sorted(found)


@pytest.fixture
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """Empty configuration, cache and data folders, for the environment and for Qt."""
    folders = [tmp_path / name for name in ("config", "cache", "data")]
    for folder, variable in zip(folders, ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"),
                                strict=True):  # fmt: skip
        folder.mkdir()
        monkeypatch.setenv(variable, str(folder))
    # QSettings fixes its folder once per process: point it at the temp folder explicitly.
    old = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName()).parent
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(folders[0]))
    yield folders
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(old))


def _answer_file_dialog(qtbot: QtBot, path: Path) -> None:
    """When the next file dialog is up, type `path` and accept it (like a user would)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setDirectory(str(path.parent))
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, answer)


def _make_case(gui: Any, ctx: Any) -> str:
    from ehbc_desktop.domain.enums import Role
    from ehbc_desktop.services.case.cases import ParticipantInput as P

    services = ctx.window.services()
    cases = services.cases
    return str(gui.run_on_worker(ctx, lambda: cases.create_case(
        "Groepschat", [P(PUPIL_FIRST, PUPIL_LAST, "2B", Role.VICTIM)])))  # fmt: skip


def _flush_deletes() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def test_a_scripted_session_leaves_no_pupil_name_in_any_settings_file(  # noqa: PLR0917
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path, tmp_path: Path,
    private_folders: list[Path], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    pupil_folder = tmp_path / "leerlingen" / PUPIL
    pupil_folder.mkdir(parents=True)
    screenshot = pupil_folder / f"screenshot {PUPIL}.png"
    screenshot.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(64))
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    case = open_case(qtbot, ctx, _make_case(gui, ctx))

    # 1. Evidence through the "Add…" button and its file dialog.
    evidence = tab_of(case, EvidenceTab)
    added: list[list[Path]] = []
    # What the button hands on is captured, then added with a description (as the
    # metadata dialog that follows the file dialog would).
    evidence.gallery.add_files = (  # type: ignore[method-assign]
        lambda paths, info=None: added.append(list(paths))
    )
    _answer_file_dialog(qtbot, screenshot)
    evidence.gallery._on_add_clicked()
    del evidence.gallery.add_files
    assert added == [[screenshot]]
    with qtbot.waitSignal(case.sig_loaded, timeout=10_000):
        evidence.gallery.add_files(added[0], EvidenceInput("Schermafdruk", "moeder"))
    qtbot.waitUntil(lambda: evidence.gallery.model.rowCount() == 1 and not evidence.gallery.busy)

    # 2. An archive into the pupil's folder, chosen with the dialog's "Browse…".
    ctx.window.menus.vault.export_archive.trigger()
    exporter: Any = gui.dialog(ctx.window, "archiveExportDialog")
    archive = pupil_folder / "archief.ehbc"
    _answer_file_dialog(qtbot, archive)
    exporter._browse()
    assert exporter.target.text() == str(archive)
    exporter.work_factor = 10
    exporter.documents.setChecked(False)
    with qtbot.waitSignal(exporter.accepted, timeout=30_000):
        exporter.export()
    assert exporter.result_info is not None and archive.is_file()

    # 3. A document: saved as PDF into the pupil's folder and printed (to a PDF printer).
    documents = tab_of(case, DocumentsTab)
    qtbot.waitUntil(lambda: documents.model.rowCount() > 0, timeout=10_000)
    documents.select("case-summary")
    with qtbot.waitSignal(documents.sig_preview_opened, timeout=20_000) as opened:
        documents.preview_button.click()
    preview = opened.args[0]
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count() > 0, timeout=10_000)
    saved = pupil_folder / "samenvatting.pdf"
    _answer_file_dialog(qtbot, saved)
    with qtbot.waitSignal(preview.sig_saved, timeout=10_000):
        preview.save_as()
        answer_box(qtbot, "savePdfPrivacyBox", which=QMessageBox.StandardButton.Save)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pupil_folder / "afdruk.pdf"))
    assert preview.print_to(printer) > 0
    preview.reject()

    # The program closes; Qt writes whatever it keeps when its dialogs are destroyed.
    make_window.dispose(ctx)
    _flush_deletes()
    QSettings(QSettings.Scope.UserScope, "QtProject").sync()

    qt_settings = private_folders[0] / "QtProject.conf"
    assert qt_settings.is_file(), "Qt's dialogs wrote their settings elsewhere: test is blind"
    assert b"lastVisited" in qt_settings.read_bytes()
    scanned = [p for folder in (*private_folders, made_vault.parent) for p in folder.rglob("*")
               if p.is_file() and pupil_folder not in p.parents]  # fmt: skip
    assert any(p.name.endswith("-settings.ini") for p in scanned)  # the window's own settings
    hits = [
        (str(p), spelling)
        for p in scanned
        for spelling in _spellings()
        if spelling in p.read_bytes()
    ]
    assert hits == []
