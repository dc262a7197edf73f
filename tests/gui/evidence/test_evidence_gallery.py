"""The evidence gallery on a real vault: add a picture, see its thumbnail, view it from memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store.models import EvidenceExport
from ehbc_desktop.ui.evidence.export_dialog import ExportToOpenDialog
from ehbc_desktop.ui.evidence.gallery import EvidenceGallery
from ehbc_desktop.ui.evidence.metadata_dialog import EvidenceMetadataDialog
from ehbc_desktop.ui.evidence.viewer import EvidenceViewer
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.gui.steps.helpers import answer_box, top_dialog


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    vs, _code = access.create(
        tmp_path / "vault", "School", "juf.an", "lange test wachtzin", kdf=FAST_TEST_PARAMS
    )
    yield vs
    vs.close()


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    path = tmp_path / "in" / "screenshot.png"
    path.parent.mkdir()
    assert image.save(str(path), "PNG")
    return path


def _gallery(qtbot: QtBot, session: VaultSession) -> EvidenceGallery:
    case_id = CaseService(session).create_case("Groepschat")
    gallery = EvidenceGallery(EvidenceService(session), case_id)
    qtbot.addWidget(gallery)
    qtbot.waitUntil(lambda: not gallery._runner.is_busy())
    return gallery


def _view(qtbot: QtBot, gallery: EvidenceGallery, row: int) -> EvidenceViewer:
    with qtbot.waitSignal(gallery.sig_viewer_opened, timeout=10_000) as opened:
        gallery.view_item(row)
    viewer = opened.args[0]
    assert isinstance(viewer, EvidenceViewer)
    return viewer


def test_add_a_picture_then_view_it(qtbot: QtBot, session: VaultSession, picture: Path) -> None:
    gallery = _gallery(qtbot, session)
    gallery.add_files([picture], EvidenceInput("Schermafdruk", "moeder"))
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 1)
    item = gallery.model.item_at(0)
    assert item.media_type == "image/png"
    qtbot.waitUntil(lambda: gallery.model.has_thumbnail(item.id) and not gallery.busy)
    viewer = _view(qtbot, gallery, 0)
    assert viewer.image_label is not None
    pixmap = viewer.image_label.pixmap()
    assert (pixmap.width(), pixmap.height()) == (400, 300)
    viewer.close()


def test_drop_many_files(
    qtbot: QtBot, session: VaultSession, picture: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gallery = _gallery(qtbot, session)
    text = picture.with_name("bericht.txt")
    text.write_text("je bent niets waard", encoding="utf-8")
    monkeypatch.setattr(EvidenceMetadataDialog, "open", EvidenceMetadataDialog.accept)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture)), QUrl.fromLocalFile(str(text))])
    event = QDropEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    gallery.dropEvent(event)
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 2 and not gallery.busy)
    names = sorted(i.description for i in gallery.model.items())
    assert names == ["bericht.txt", "screenshot.png"]
    row = [i.description for i in gallery.model.items()].index("bericht.txt")
    viewer = _view(qtbot, gallery, row)
    assert viewer.text_view is not None
    assert viewer.text_view.toPlainText() == "je bent niets waard"
    viewer.close()


def test_export_to_open_asks_a_reason_and_offers_to_delete_the_copy(
    qtbot: QtBot, session: VaultSession, picture: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gallery = _gallery(qtbot, session)
    gallery.add_files([picture], EvidenceInput("Schermafdruk"))
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 1 and not gallery.busy)

    def give_reason(dialog: ExportToOpenDialog) -> None:
        dialog.reason.setPlainText("Voor de wijkagent")
        dialog._accept_if_valid()

    monkeypatch.setattr(ExportToOpenDialog, "open", give_reason)
    target = picture.parent / "kopie.png"
    with qtbot.waitSignal(gallery.sig_exported, timeout=10_000) as exported:
        gallery.export_item(0, target)
    assert exported.args == [target]
    box = top_dialog(qtbot, QMessageBox, "deleteCopyBox")
    assert isinstance(box, QMessageBox) and str(target) in box.text()
    assert target.exists()  # nothing is deleted before the teacher answers
    answer_box(qtbot, "deleteCopyBox")
    assert not target.exists()  # the user chose to delete the copy afterwards
    with session.unit() as s:
        (log,) = s.execute(select(EvidenceExport)).scalars()
        assert log.reason == "Voor de wijkagent"


def test_an_empty_gallery_says_so_and_acts_on_an_item_only_once_one_is_picked(
    qtbot: QtBot, session: VaultSession, picture: Path
) -> None:
    gallery = _gallery(qtbot, session)
    gallery.show()
    qtbot.waitExposed(gallery)
    on_one_item = (gallery.view_button, gallery.export_button, gallery.delete_button)
    assert gallery.empty_label.isVisible() and gallery.empty_label.text()
    assert not any(button.isEnabled() for button in on_one_item)
    gallery.add_files([picture], EvidenceInput("Schermafdruk", "moeder"))
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 1 and not gallery.busy)
    assert not gallery.empty_label.isVisible()
    assert not any(button.isEnabled() for button in on_one_item)
    gallery.view.setCurrentIndex(gallery.model.index(0, 0))
    assert all(button.isEnabled() for button in on_one_item)
