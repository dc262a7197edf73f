"""File dialogs that remember nothing: every open, save and folder dialog of the program.

Qt's own (non-native) dialog is used everywhere, never the system's:
- the Windows system dialog adds every chosen file to the recent-files lists (Start menu,
  jump lists, Quick access) and keeps the folder in its per-program "last visited" registry
  keys; Qt's dialog touches none of them, on any system;
- Qt's dialog writes its state into Qt's own settings when it is destroyed (``QtProject.conf``
  on Linux, the ``QtProject`` registry key on Windows): the folder it was last in
  (``lastVisited``), the folders visited (``history``) and the side bar. It can not be told not
  to, so before it goes it is taken back to the home folder with an empty history and the
  standard side bar: what it then writes holds no folder the user chose.
Every dialog starts in the home folder, never in the folder of an earlier choice.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QDir, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

__all__ = ["existing_directory", "forget", "make_dialog", "open_file_names", "save_file_name"]


def _neutral() -> str:
    return QDir.homePath()


def make_dialog(
    parent: QWidget | None,
    caption: str,
    mode: QFileDialog.FileMode,
    *,
    save: bool = False,
    object_name: str = "",
) -> QFileDialog:
    """A Qt (non-native) file dialog in the home folder; call `forget` before it goes.

    A save dialog asks before it lets the user choose an existing file (Qt's confirmation);
    only then may the caller replace that file.
    """
    dialog = QFileDialog(parent, caption)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setObjectName(object_name or "fileDialog")
    dialog.setFileMode(mode)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setHistory([])
    dialog.setDirectory(_neutral())
    _standard_side_bar(dialog)
    return dialog


def _standard_side_bar(dialog: QFileDialog) -> None:
    dialog.setSidebarUrls([QUrl.fromLocalFile(QDir.rootPath()), QUrl.fromLocalFile(_neutral())])


def forget(dialog: QFileDialog) -> None:
    """Take the dialog back to the home folder with no history, then delete it.

    Qt writes the dialog's folder, history and side bar into its settings when the dialog is
    destroyed; after this they hold nothing the user chose.
    """
    if not shiboken6.isValid(dialog):  # its parent went first (the window closed meanwhile)
        return
    dialog.setHistory([])
    dialog.setDirectory(_neutral())
    dialog.setHistory([])
    _standard_side_bar(dialog)
    dialog.deleteLater()


def _run(dialog: QFileDialog) -> list[str]:
    try:
        accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
        return list(dialog.selectedFiles()) if accepted else []
    finally:
        forget(dialog)


def open_file_names(parent: QWidget | None, caption: str, object_name: str = "") -> list[Path]:
    """Ask for one or more existing files; [] when cancelled."""
    dialog = make_dialog(
        parent, caption, QFileDialog.FileMode.ExistingFiles, object_name=object_name
    )
    return [Path(name) for name in _run(dialog)]


def open_file_name(
    parent: QWidget | None, caption: str, name_filter: str = "", object_name: str = ""
) -> Path | None:
    """Ask for one existing file; None when cancelled."""
    dialog = make_dialog(
        parent, caption, QFileDialog.FileMode.ExistingFile, object_name=object_name
    )
    if name_filter:
        dialog.setNameFilter(name_filter)
    names = _run(dialog)
    return Path(names[0]) if names else None


def save_file_name(  # noqa: PLR0917 - the shape of Qt's static save helper
    parent: QWidget | None,
    caption: str,
    suggested: str = "",
    name_filter: str = "",
    default_suffix: str = "",
    object_name: str = "",
) -> Path | None:
    """Ask where to save; an existing file only after Qt's "replace?" question. None: cancelled.

    `suggested` is a bare file name (never a path: the dialog starts in the home folder).
    """
    dialog = make_dialog(
        parent, caption, QFileDialog.FileMode.AnyFile, save=True, object_name=object_name
    )
    if name_filter:
        dialog.setNameFilter(name_filter)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    if suggested:
        dialog.selectFile(Path(suggested).name)
    names = _run(dialog)
    return Path(names[0]) if names else None


def existing_directory(
    parent: QWidget | None, caption: str, start: str = "", object_name: str = ""
) -> Path | None:
    """Ask for a folder; None when cancelled.

    `start` is a folder the user set on purpose (the backup folder of the settings), never
    one remembered from an earlier dialog.
    """
    dialog = make_dialog(parent, caption, QFileDialog.FileMode.Directory, object_name=object_name)
    if start and Path(start).is_dir():
        dialog.setDirectory(start)
    names = _run(dialog)
    return Path(names[0]) if names else None
