"""The school details dialog: a logo from a file, contact people, an edited helpline, stored."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ehbc_desktop.services.access import access
from ehbc_desktop.services.documents.school_details import SchoolDetailsService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.school.school_details_dialog import SchoolDetailsDialog
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    vs, _code = access.create(
        tmp_path / "vault", "Sint-Jozef", "juf.an", "lange test wachtzin", kdf=FAST_TEST_PARAMS
    )
    yield vs
    vs.close()


def test_the_teacher_sets_logo_contacts_and_helplines(
    qtbot: QtBot, qapp: QApplication, session: VaultSession, tmp_path: Path
) -> None:
    runner = BackgroundRunner()
    service = SchoolDetailsService(session)
    dialog = SchoolDetailsDialog(service, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled, timeout=10_000)
    names = [r[0] for r in dialog.helplines.rows()]
    assert {"Awel", "Child Focus", "Nupraatikerover", "Stop Pesten NU"} <= set(names)
    police = next(r for r in dialog.helplines.rows() if r[0] == "Lokale politie")
    assert "politiezone" in police[1]  # the non-emergency route first

    wrong = tmp_path / "logo.gif"
    wrong.write_bytes(b"GIF89a")
    assert not dialog.load_logo_file(wrong) and dialog.logo is None
    logo = tmp_path / "logo.png"
    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), (20, 80, 120)).save(buffer, "PNG")
    logo.write_bytes(buffer.getvalue())
    assert dialog.load_logo_file(logo)
    assert not dialog.logo_preview.pixmap().isNull()
    qtbot.keyClicks(dialog.pupil_contact, "mevrouw Claes, lokaal B12")
    qtbot.keyClicks(dialog.parent_contact, "meneer Peeters, 053 12 34 56")
    dialog.contacts.add_row(["CLB Aalst", "CLB-medewerker", "053 00 00 00"])
    dialog.helplines.table.item(0, 1).setText("tel. 102 · awel.be")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    runner.wait_for_done(10_000)
    stored = service.get()
    assert stored.logo == logo.read_bytes()
    assert stored.contact_pupils == "mevrouw Claes, lokaal B12"
    assert stored.contacts[0].reach == "053 00 00 00"
    assert stored.helplines is not None and stored.helplines[0].contact == "tel. 102 · awel.be"
