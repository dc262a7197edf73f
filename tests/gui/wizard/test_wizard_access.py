"""Keyboard and screen-reader access: every control is named, Tab follows the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.wizard.conftest import MakeWizard


def _spoken_name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    return widget.text() if isinstance(widget, QAbstractButton) else ""


@pytest.mark.parametrize("form_id", ["victim", "restorative", "report", "severity"])
def test_every_control_a_teacher_can_tab_to_has_a_name(
    make_wizard: MakeWizard, form_id: str
) -> None:
    wizard = make_wizard(form_id)
    wizard.build_all_pages()  # the pages not shown yet are otherwise built between events
    unnamed = []
    for widget in wizard.findChildren(QWidget):
        if widget.window() is not wizard or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the inner line edit of a date box or list: its owner carries the name
        if not _spoken_name(widget).strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_tab_walks_the_questions_of_a_page_in_screen_order(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard("follow_up")
    order = []
    widget = wizard.findChild(QWidget, "wizard_steps")
    assert widget is not None
    for _step in range(500):
        widget = widget.nextInFocusChain()
        name = widget.objectName()
        if widget.isVisibleTo(wizard) and name.startswith("field_") and widget.focusPolicy():
            order.append(name.split("__")[0])
        if name == "wizard_finish":
            break
    page = [f"field_{f.id}" for f in wizard.spec.pages[0].fields]
    assert list(dict.fromkeys(order)) == page


def test_a_date_can_be_typed_picked_with_an_arrow_or_cleared(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard("victim")
    edit = wizard.findChild(QWidget, "field_held_on__edit")
    assert edit is not None
    assert edit.text() == "no date yet"
    qtbot.keyClicks(edit, "03102026")
    assert wizard.values()["held_on"] == "2026-10-03"
    clear = wizard.findChild(QAbstractButton, "field_held_on__clear")
    assert clear is not None
    assert clear.isEnabled()
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert "held_on" not in wizard.values()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert wizard.values()["held_on"] == "2026-11-21", "an arrow starts from today"
