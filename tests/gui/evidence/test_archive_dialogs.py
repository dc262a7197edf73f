"""The archive dialogs: export with the proposed passphrase, check, and import elsewhere."""

from __future__ import annotations

import io
from pathlib import Path

from pytestqt.qtbot import QtBot

from ehbc_desktop.services.access import access
from ehbc_desktop.services.archive.archive_export import ArchiveExportService
from ehbc_desktop.services.archive.archive_import import ArchiveImportService
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.ui.vault.archive_export_dialog import ArchiveExportDialog
from ehbc_desktop.ui.vault.archive_import_dialog import ArchiveImportDialog
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASS = "lange test wachtzin"


def test_export_check_and_import(qtbot: QtBot, tmp_path: Path) -> None:
    a, _code = access.create(tmp_path / "a", "School A", "juf.an", PASS, kdf=FAST_TEST_PARAMS)
    try:
        cases = CaseService(a)
        one = cases.create_case("Eerste")
        two = cases.create_case("Tweede")
        EvidenceService(a).add_stream(one, io.BytesIO(b"bewijs"), EvidenceInput("bericht"))
        dialog = ArchiveExportDialog(
            ArchiveExportService(a), [(one, "2026-0001"), (two, "2026-0002")], preselected=[one]
        )
        qtbot.addWidget(dialog)
        dialog.work_factor = 10
        secret = dialog.passphrase.text()
        assert len(secret.split("-")) == 6 and dialog.passphrase.isReadOnly()
        assert dialog.selected_case_ids() == [one]
        dialog.target.setText(str(tmp_path / "uit.ehbc"))
        dialog.documents.setChecked(False)
        with qtbot.waitSignal(dialog.accepted, timeout=20_000):
            dialog.export()
        result = dialog.result_info
        assert result is not None and result.references == ("2026-0001",)
    finally:
        a.close()

    b, _code = access.create(tmp_path / "b", "School B", "meester.tom", PASS, kdf=FAST_TEST_PARAMS)
    try:
        importer = ArchiveImportDialog(ArchiveImportService(b))
        qtbot.addWidget(importer)
        importer.path.setText(str(tmp_path / "uit.ehbc"))
        importer.passphrase.setText("fout-fout-fout-fout")
        with qtbot.waitSignal(importer.sig_checked, timeout=20_000) as checked:
            importer.verify()
        assert checked.args == [None]
        assert "passphrase" in importer.summary_label.text()
        importer.passphrase.setText(secret)
        with qtbot.waitSignal(importer.sig_checked, timeout=20_000) as checked:
            importer.verify()
        summary = checked.args[0]
        assert summary is not None and [c.reference for c in summary.cases] == ["2026-0001"]
        assert "2026-0001" in importer.summary_label.text()
        with qtbot.waitSignal(importer.accepted, timeout=20_000):
            importer.run_import()
        imported = importer.result_info
        assert imported is not None and imported.evidence_count == 1
        (item,) = EvidenceService(b).list_for_case(one)
        assert EvidenceService(b).read_for_view(item.id) == b"bewijs"
    finally:
        b.close()
