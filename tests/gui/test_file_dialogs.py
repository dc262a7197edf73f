"""Every file dialog is Qt's own, starts in the home folder and remembers nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from ehbc_desktop.i18n import Translations
from ehbc_desktop.ui import file_dialogs

PACKAGE = Path(file_dialogs.__file__).resolve().parents[1]


def test_no_dialog_of_the_system_is_used_anywhere() -> None:
    """The static helpers may show the system's dialog (recent lists): only the helper is used."""
    users = [
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if "QFileDialog.get" in p.read_text(encoding="utf-8")
    ]
    assert users == []


@pytest.mark.parametrize(
    ("mode", "save"),
    [(QFileDialog.FileMode.ExistingFiles, False), (QFileDialog.FileMode.AnyFile, True),
     (QFileDialog.FileMode.Directory, False), (QFileDialog.FileMode.ExistingFile, False)],
)  # fmt: skip
def test_each_dialog_is_qt_s_own_in_the_home_folder(
    qtbot: QtBot, tmp_path: Path, mode: QFileDialog.FileMode, save: bool
) -> None:
    dialog = file_dialogs.make_dialog(None, "x", mode, save=save)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)  # Qt asks first
    assert Path(dialog.directory().absolutePath()) == Path(QDir.homePath())
    dialog.setDirectory(str(tmp_path))
    assert str(tmp_path) in dialog.history() or dialog.directory().absolutePath() == str(tmp_path)
    file_dialogs.forget(dialog)
    assert dialog.history() in ([], [QDir.homePath()])
    assert Path(dialog.directory().absolutePath()) == Path(QDir.homePath())


def test_the_dutch_file_dialog_has_no_english_labels(qapp: QApplication, qtbot: QtBot) -> None:
    """Qt's Dutch catalogue lacks the file dialog's newer labels; ours fills them."""
    translations = Translations(qapp)
    try:
        assert translations.apply("nl_BE")
        dialog = file_dialogs.make_dialog(None, "x", QFileDialog.FileMode.ExistingFile)
        qtbot.addWidget(dialog)
        texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert texts["lookInLabel"] == "&Zoeken in:"
        assert texts["fileTypeLabel"] == "Bestanden van &type:"
        assert texts["fileNameLabel"] == "Bestands&naam:"  # in Qt's own catalogue
        file_dialogs.forget(dialog)
    finally:
        translations.clear()
