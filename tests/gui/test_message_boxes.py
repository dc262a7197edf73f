"""The message boxes that replace `exec()`: they return at once and call back only while the
widget that asked still exists (an auto-lock destroys the case screens while a box is open)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.message_boxes import ask, open_dialog, tell

LEFT = Qt.MouseButton.LeftButton


def _parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_ask_returns_at_once_and_calls_back_on_yes_only(qtbot: QtBot) -> None:
    parent, answered = _parent(qtbot), []
    box = ask(parent, "Titel", "Zeker?", lambda: answered.append("yes"), object_name="q")
    assert answered == [] and box.isVisible()  # no loop of its own: the call came back
    assert box.windowModality() is Qt.WindowModality.WindowModal
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), LEFT)
    assert answered == []
    box = ask(parent, "Titel", "Zeker?", lambda: answered.append("yes"))
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert answered == ["yes"]


def test_a_lock_while_a_question_is_open_never_calls_back(qtbot: QtBot) -> None:
    parent, answered = _parent(qtbot), []
    box = ask(parent, "Titel", "Zeker?", lambda: answered.append(parent.objectName()))
    parent.deleteLater()  # what locking does to every case screen
    qtbot.waitUntil(lambda: not shiboken6.isValid(box))
    qtbot.wait(10)
    assert answered == []


def test_an_accepted_dialog_calls_back_and_is_deleted(qtbot: QtBot) -> None:
    parent, accepted = _parent(qtbot), []
    dialog = QDialog(parent)
    open_dialog(dialog, lambda: accepted.append(dialog.result()))
    assert dialog.isVisible() and accepted == []
    dialog.accept()
    assert accepted == [QDialog.DialogCode.Accepted]
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    rejected = QDialog(parent)
    open_dialog(rejected, lambda: accepted.append(-1))
    rejected.reject()
    assert accepted == [QDialog.DialogCode.Accepted]


def test_tell_shows_the_text_and_deletes_itself(qtbot: QtBot) -> None:
    parent = _parent(qtbot)
    box = tell(parent, "Kluis", "Er ging iets mis.", object_name="told")
    assert box.isVisible() and box.text() == "Er ging iets mis."
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: not shiboken6.isValid(box))
