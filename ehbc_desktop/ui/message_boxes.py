"""Message boxes and dialogs that never spin an event loop of their own.

`QMessageBox.question(...)` and `dialog.exec()` run a nested event loop: while it turns, an
auto-lock can destroy the widget whose method is still waiting for the answer. Everything here
opens the box window-modal (`open()`) and calls back on the GUI thread when it closes, and only
while the widget that asked still exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

D = TypeVar("D", bound=QDialog)
Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


def _alive(widget: QWidget | None) -> bool:
    return widget is None or shiboken6.isValid(widget)


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: Icon = Icon.Warning,
    object_name: str = "",
) -> QMessageBox:
    """Show `text` with an OK button; returns at once (the box deletes itself when closed)."""
    box = QMessageBox(icon, title, text, Button.Ok, parent)
    if object_name:
        box.setObjectName(object_name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    on_yes: Callable[[], object],
    *,
    yes: Button = Button.Yes,
    no: Button = Button.No,
    default: Button | None = None,
    icon: Icon = Icon.Question,
    object_name: str = "",
) -> QMessageBox:
    """Ask a yes/no question; `on_yes()` runs only when `yes` was chosen and `parent` lives."""
    box = QMessageBox(icon, title, text, yes | no, parent)
    box.setDefaultButton(no if default is None else default)
    if object_name:
        box.setObjectName(object_name)

    def finished(result: int) -> None:
        if result == yes and _alive(parent):
            on_yes()

    box.finished.connect(finished)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def open_dialog(dialog: D, on_accepted: Callable[[], object]) -> D:
    """Open `dialog` window-modal; `on_accepted()` runs when it is accepted while its parent
    still exists. The dialog is deleted after it closes (read its fields in `on_accepted`)."""
    parent = dialog.parentWidget()

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted and _alive(parent):
            on_accepted()

    dialog.finished.connect(finished)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
