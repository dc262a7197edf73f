"""The chain of custody in the evidence tab: each view, export and check, and its printed page."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.custody import CustodyEventKind
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService, ExportReason
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.case.case_tabs import CaseTabContext
from ehbc_desktop.ui.evidence.evidence_tab import EvidenceTab
from ehbc_desktop.ui.evidence.export_dialog import ExportToOpenDialog
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.gui.conversations.conftest import PASSPHRASE, make_case, open_services, run_on
from tests.gui.steps.helpers import answer_box
from tests.unit.reports.pdfcheck import all_text, page_texts


@pytest.fixture
def evidence_tab(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[EvidenceTab]:
    from ehbc_desktop.services.access import access

    folder = tmp_path / "vault"
    folder.mkdir()
    session, _code = access.create(
        folder, "Testschool", "An Peeters", PASSPHRASE, kdf=FAST_TEST_PARAMS
    )
    session.close()
    runner = BackgroundRunner()

    def open_with_evidence() -> tuple[Any, str]:
        services = open_services(folder)
        case_id, _people = make_case(services)
        EvidenceService(services.session).add_stream(
            case_id, io.BytesIO(b"je bent niets waard"),
            EvidenceInput("Bericht in de klasgroep", "Lotte", platform="WhatsApp",
                          original_name="bericht.txt", media_type="text/plain"),
        )  # fmt: skip
        return services, case_id

    services, case_id = run_on(qtbot, runner, open_with_evidence)
    settings = AppSettings(tmp_path / "settings.ini")
    settings.language = "en"
    tab = EvidenceTab(CaseTabContext(case_id, services, runner, settings))
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    yield tab
    runner.wait_for_done(10_000)
    run_on(qtbot, runner, services.session.close)


def _pick_first(qtbot: QtBot, tab: EvidenceTab) -> None:
    gallery = tab.gallery
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 1, timeout=10_000)
    gallery.view.setCurrentIndex(gallery.model.index(0, 0))
    qtbot.waitUntil(lambda: tab.custody.record is not None, timeout=10_000)


def _kinds(tab: EvidenceTab) -> list[CustodyEventKind]:
    assert tab.custody.record is not None
    return [e.kind for e in tab.custody.record.events]


def test_the_panel_follows_views_exports_and_checks(
    qtbot: QtBot, evidence_tab: EvidenceTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = evidence_tab
    _pick_first(qtbot, tab)
    panel = tab.custody
    assert _kinds(tab) == [CustodyEventKind.ADDED]
    assert "An Peeters" in panel.added.text()
    assert len(panel.fingerprint.text()) == 64

    with qtbot.waitSignal(tab.gallery.sig_viewer_opened, timeout=10_000) as opened:
        tab.gallery.view_item(0)
    opened.args[0].close()
    qtbot.waitUntil(lambda: CustodyEventKind.VIEWED in _kinds(tab), timeout=10_000)

    with qtbot.waitSignal(tab.gallery.sig_verified, timeout=10_000):
        tab.gallery.verify()
    answer_box(qtbot, "evidenceCheckedBox", which=QMessageBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: CustodyEventKind.VERIFIED in _kinds(tab), timeout=10_000)

    def give_reason(dialog: ExportToOpenDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(ExportReason.POLICE))
        dialog.reason.setPlainText("Gevraagd door inspecteur Claes")
        dialog.accept()

    monkeypatch.setattr(ExportToOpenDialog, "open", give_reason)
    with qtbot.waitSignal(tab.gallery.sig_exported, timeout=10_000):
        tab.gallery.export_item(0, tmp_path / "copy.txt")
    answer_box(qtbot, "deleteCopyBox", yes=False)
    assert (tmp_path / "copy.txt").exists()
    qtbot.waitUntil(lambda: CustodyEventKind.EXPORTED in _kinds(tab), timeout=10_000)
    record = panel.record
    assert record is not None
    checked = next(e for e in record.events if e.kind is CustodyEventKind.VERIFIED)
    assert checked.ok is True
    texts = [panel.model.index(r, 2).data() for r in range(panel.model.rowCount())]
    assert any("Gevraagd door inspecteur Claes" in t and "police" in t for t in texts)
    assert "checked: unchanged" in texts

    with qtbot.waitSignal(tab.sig_custody_printed, timeout=15_000):
        panel.print_button.click()
    assert tab.preview is not None
    tab.preview.close()


def test_the_printed_page_and_the_case_summary_carry_the_chain(
    qtbot: QtBot, evidence_tab: EvidenceTab
) -> None:
    tab = evidence_tab
    _pick_first(qtbot, tab)
    record = tab.custody.record
    assert record is not None
    session = tab._ctx.services.session
    documents = DocumentService(session)
    EvidenceService(session).verify_case(record.item.case_id)
    page = documents.custody_page(record.item.id, "nl")
    pages = page_texts(page.pdf)
    assert len(pages) == 1  # one page
    text = all_text(page.pdf)
    for expected in ("Bewaarketen", record.item.sha256[:32], "An Peeters",
                     "toegevoegd aan het dossier", "gecontroleerd: ongewijzigd"):  # fmt: skip
        assert expected in text, expected
    plain = documents.case_summary(record.item.case_id, lang="nl")
    assert "Bewaarketen" not in all_text(plain.pdf)
    asked = documents.case_summary(record.item.case_id, lang="nl", include_custody=True)
    assert "Bewaarketen van het bewijsmateriaal" in all_text(asked.pdf)
