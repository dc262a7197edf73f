"""Nude images of a minor: recorded without any file; a picked file is neither read nor copied."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ehbc_desktop.domain.enums import ExternalBody
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.evidence.evidence import NUDE_IMAGES_NOTE, EvidenceService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from ehbc_desktop.ui.evidence.gallery import EvidenceGallery
from ehbc_desktop.ui.evidence.metadata_dialog import EvidenceMetadataDialog
from ehbc_desktop.ui.evidence.nude_image_dialog import NudeImageDialog
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

CONTENT = b"\x89PNG pretend this is a picture that must never be kept"

#: Paths being watched, and what touched them (file-system audit events of this process).
_WATCHED: set[str] = set()
_TOUCHED: list[tuple[str, str]] = []
_EVENTS = ("open", "shutil.copyfile", "shutil.copymode", "shutil.copystat", "os.rename",
           "os.link", "os.symlink", "os.truncate", "os.remove", "os.chmod")  # fmt: skip


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _WATCHED or event not in _EVENTS or not args:
        return
    for arg in args[:2]:
        if isinstance(arg, (str, bytes, Path)):
            name = arg.decode() if isinstance(arg, bytes) else str(arg)
            if name in _WATCHED:
                _TOUCHED.append((event, name))


sys.addaudithook(_audit)  # a hook stays for the process; it only looks while _WATCHED is set


@contextmanager
def watching(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Every open, copy, move or change of `path` while the block runs."""
    _TOUCHED.clear()
    _WATCHED.add(str(path))
    try:
        yield _TOUCHED
    finally:
        _WATCHED.clear()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    vs, _code = access.create(
        tmp_path / "vault", "School", "juf.an", "lange test wachtzin", kdf=FAST_TEST_PARAMS
    )
    yield vs
    vs.close()


def _gallery(qtbot: QtBot, session: VaultSession) -> EvidenceGallery:
    case_id = CaseService(session).create_case("Groepschat")
    gallery = EvidenceGallery(EvidenceService(session), case_id)
    qtbot.addWidget(gallery)
    return gallery


def _vault_files(session: VaultSession) -> dict[str, int]:
    folder = Path(session.vault.folder)
    return {str(p.relative_to(folder)): p.stat().st_size
            for p in folder.rglob("*") if p.is_file() and "blobs" in p.parts}  # fmt: skip


def _fill(dialog: NudeImageDialog, reference: str = "PV-2026-0042") -> None:
    dialog.description.setText("Doorgestuurde foto in de klasgroep")
    dialog.holder.setText("Lokale politie, jeugdafdeling")
    dialog.police_reference.setText(reference)
    dialog.police_date.known.setChecked(True)
    dialog.child_focus_date.known.setChecked(True)


def test_the_dialog_needs_a_police_reference_and_a_sound_fingerprint(qtbot: QtBot) -> None:
    dialog = NudeImageDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    _fill(dialog, reference="")
    assert not ok.isEnabled() and "police reference" in dialog.problem.text()
    dialog.police_reference.setText("PV-1")
    assert ok.isEnabled()
    dialog.sha256.setText("abc")
    assert not ok.isEnabled()
    dialog.sha256.setText("a" * 64)
    assert ok.isEnabled()
    assert not dialog.file_note.isVisibleTo(dialog)  # no file: nothing to say about one


def test_recorded_without_any_file_from_the_evidence_tab(
    qtbot: QtBot, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    gallery = _gallery(qtbot, session)

    def fill_and_accept(dialog: NudeImageDialog) -> None:
        _fill(dialog)
        dialog.accept()

    monkeypatch.setattr(NudeImageDialog, "open", fill_and_accept)
    with qtbot.waitSignal(gallery.sig_nude_recorded, timeout=10_000):
        gallery.record_nude_images()
    qtbot.waitUntil(lambda: gallery.model.rowCount() == 1, timeout=10_000)
    (item,) = gallery.model.items()
    assert item.not_imported_sexual_content and item.police_reference == "PV-2026-0042"
    assert item.sha256 == "" and item.size == 0 and item.holder.startswith("Lokale politie")
    assert _vault_files(session) == {}
    with session.unit() as s:
        contacts = s.execute(select(m.ExternalContact)).scalars().all()
        bodies = {c.body: c for c in contacts if c.note == NUDE_IMAGES_NOTE}
    assert set(bodies) == {ExternalBody.POLICE, ExternalBody.CHILD_FOCUS}
    assert bodies[ExternalBody.POLICE].reference == "PV-2026-0042"
    assert bodies[ExternalBody.POLICE].contacted_on is not None


def test_a_chosen_file_marked_as_nude_images_is_neither_read_nor_copied(
    qtbot: QtBot, session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picked = tmp_path / "in" / "foto_klasgroep.jpg"
    picked.parent.mkdir()
    picked.write_bytes(CONTENT)
    before = picked.stat()
    gallery = _gallery(qtbot, session)
    notes: list[str] = []

    def mark(dialog: EvidenceMetadataDialog) -> None:
        dialog.sexual_minor.setChecked(True)
        assert dialog.explanation.isVisibleTo(dialog)
        dialog.accept()

    def fill_and_accept(dialog: NudeImageDialog) -> None:
        notes.append(dialog.file_note.text())
        _fill(dialog)
        dialog.accept()

    monkeypatch.setattr(EvidenceMetadataDialog, "open", mark)
    monkeypatch.setattr(NudeImageDialog, "open", fill_and_accept)
    with watching(picked) as touched:
        with qtbot.waitSignal(gallery.sig_nude_recorded, timeout=10_000):
            gallery.add_files([picked])
        qtbot.waitUntil(lambda: gallery.model.rowCount() == 1, timeout=10_000)
    assert touched == []  # never opened, copied, moved or changed
    assert notes and "foto_klasgroep.jpg" in notes[0] and "not imported" in notes[0]
    (item,) = gallery.model.items()
    assert item.not_imported_sexual_content and item.sha256 == "" and item.original_name == ""
    assert _vault_files(session) == {}
    after = picked.stat()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)
    assert picked.read_bytes() == CONTENT  # still where the teacher has to delete it


def test_the_watch_sees_an_ordinary_import(
    qtbot: QtBot, session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picked = tmp_path / "note.txt"
    picked.write_bytes(b"gewoon bericht")
    gallery = _gallery(qtbot, session)
    monkeypatch.setattr(EvidenceMetadataDialog, "open", EvidenceMetadataDialog.accept)
    with watching(picked) as touched:
        gallery.add_files([picked])
        qtbot.waitUntil(lambda: gallery.model.rowCount() == 1, timeout=10_000)
    assert any(event == "open" for event, _name in touched)  # the watch does see reads
