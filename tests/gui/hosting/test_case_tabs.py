"""The Documents and Evidence tabs in the real window over a real vault."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ehbc_desktop.services.evidence.evidence import EvidenceInput
from ehbc_desktop.ui import file_dialogs
from ehbc_desktop.ui.documents.documents_tab import DocumentsTab
from ehbc_desktop.ui.evidence.evidence_tab import EvidenceTab
from ehbc_desktop.ui.preview import PrintPreviewDialog
from tests.gui.hosting.helpers import MARKER, export_events, make_case, open_case, tab_of
from tests.gui.steps.helpers import answer_box


def _temp_files_holding(marker: bytes, since: set[Path]) -> list[Path]:
    found = []
    for path in Path(tempfile.gettempdir()).glob("*"):
        if path in since or not path.is_file():
            continue
        try:
            if marker in path.read_bytes():
                found.append(path)
        except OSError:
            continue
    return found


def test_documents_tab_previews_a_pseudonymised_summary_and_saves_it_audited(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path, *, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = set(Path(tempfile.gettempdir()).glob("*"))
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    case_id = make_case(gui, ctx)
    case = open_case(qtbot, ctx, case_id)
    tab = tab_of(case, DocumentsTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)
    ids = [tab.model.choice(r).id for r in range(tab.model.rowCount())]
    assert "case-summary" in ids and "recovery-sheet" not in ids
    tab.select("case-summary")
    assert tab.pseudonymise_box.isVisible() or not tab.isVisible()
    tab.pseudonymise_box.setChecked(True)
    request = tab.request()
    assert request is not None and request.pseudonymise and request.case_id == case_id

    with qtbot.waitSignal(tab.sig_preview_opened, timeout=20_000) as opened:
        qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, PrintPreviewDialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=10_000)
    pdf = bytes(dialog._bytes.data())
    assert pdf.startswith(b"%PDF-") and MARKER.encode() not in pdf

    target = tmp_path / "out" / "samenvatting.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *_a, **_k: target)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        dialog.save_as()
        answer_box(qtbot, "savePdfPrivacyBox", which=QMessageBox.StandardButton.Save)
    assert target.read_bytes().startswith(b"%PDF-")
    assert ("document:case-summary", case_id) in export_events(gui, ctx)
    dialog.reject()
    assert _temp_files_holding(MARKER.encode(), before) == []


def test_evidence_tab_adds_a_file_and_views_it_from_memory(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path, tmp_path: Path,
) -> None:
    before = set(Path(tempfile.gettempdir()).glob("*"))
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    case = open_case(qtbot, ctx, make_case(gui, ctx))
    tab = tab_of(case, EvidenceTab)
    chat = tmp_path / "chat.txt"
    chat.write_text(f"[20:14] iemand: {MARKER} is dom\n", encoding="utf-8")

    with qtbot.waitSignal(case.sig_loaded, timeout=10_000):  # the published change reloads it
        tab.gallery.add_files([chat], EvidenceInput("Chat uit de klasgroep", "moeder"))
    qtbot.waitUntil(lambda: tab.gallery.model.rowCount() == 1 and not tab.gallery.busy)
    assert tab.gallery.model.item_at(0).description == "Chat uit de klasgroep"
    with qtbot.waitSignal(tab.gallery.sig_viewer_opened, timeout=10_000) as opened:
        tab.gallery.view_item(0)
    opened.args[0].close()
    chat.unlink()
    assert _temp_files_holding(MARKER.encode(), before) == []
