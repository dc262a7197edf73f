"""Fills a wizard through its widgets, the way a teacher would: clicks and typing."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ehbc_desktop.formspec import FieldType, is_required, validate_page
from ehbc_desktop.ui.wizard import FormWizard
from ehbc_desktop.ui.wizard.field_frame import FieldFrame
from ehbc_desktop.ui.wizard.grid_field import GridFieldWidget

W = TypeVar("W", bound=QWidget)


def find(wizard: QWidget, kind: type[W], name: str) -> W | None:
    """The widget of this kind and object name under `wizard`, or None.

    A wizard builds the questions of a page when it is shown (or soon after it opens); a test
    that reaches a question of another page gets every page built first.
    """
    found = wizard.findChild(kind, name)
    if found is None and isinstance(wizard, FormWizard):
        wizard.build_all_pages()
        found = wizard.findChild(kind, name)
    return found


def child(wizard: QWidget, name: str) -> QWidget:
    """The wizard's widget with this object name (fails the test when there is none)."""
    found = find(wizard, QWidget, name)
    assert found is not None, name
    return found


def click(qtbot: QtBot, wizard: FormWizard, name: str) -> None:
    """Click the button with this object name."""
    button = child(wizard, name)
    assert isinstance(button, QAbstractButton), name
    press(qtbot, button)


def press(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a button; check boxes and radio buttons on their box, as a mouse user does."""
    if isinstance(button, QCheckBox | QRadioButton):
        where = QPoint(8, button.height() // 2)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=where)
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, wizard: FormWizard, name: str, text: str) -> None:
    """Type `text` into the text box with this object name."""
    box = child(wizard, name)
    if isinstance(box, QComboBox):
        line = box.lineEdit()
        assert line is not None
        box = line
    assert isinstance(box, QLineEdit | QPlainTextEdit), name
    qtbot.keyClicks(box, text)


def frame(wizard: FormWizard, field_id: str) -> FieldFrame:
    """The frame of a field on any page."""
    for page in wizard.view.pages:
        if field_id in page.frames:
            return page.frames[field_id]
    raise KeyError(field_id)


def fill_field(qtbot: QtBot, wizard: FormWizard, target: FieldFrame) -> None:
    """Answer one question through its widgets."""
    field = target.field
    fid = field.id
    kind = field.type
    if kind in (FieldType.TEXT, FieldType.TEXTAREA):
        type_into(qtbot, wizard, f"field_{fid}__edit", "ok")
    elif kind is FieldType.DATE:
        click(qtbot, wizard, f"field_{fid}__today")
    elif kind in (FieldType.YESNO, FieldType.TRISTATE):
        click(qtbot, wizard, f"field_{fid}__yes")
    elif kind in (FieldType.CHOICE, FieldType.SCALE, FieldType.MULTICHOICE, FieldType.CHECKLIST):
        pick_first_option(qtbot, wizard, target)
    elif kind is FieldType.PARTICIPANTS:
        for person in wizard.findChildren(QAbstractButton):
            if person.objectName().startswith(f"field_{fid}__") and not person.isChecked():
                press(qtbot, person)
    elif kind is FieldType.AGREEMENTS:
        type_into(qtbot, wizard, f"field_{fid}__0_who", "Jonas")
        type_into(qtbot, wizard, f"field_{fid}__0_what", "delete the post")
        click(qtbot, wizard, f"field_{fid}__0_by_today")
    elif kind is FieldType.SUPPORT_FIGURES:
        type_into(qtbot, wizard, f"field_{fid}__0_name", "Ann")
        type_into(qtbot, wizard, f"field_{fid}__0_role", "aunt")
    elif kind is FieldType.GRID:
        fill_grid(qtbot, target)


def pick_first_option(qtbot: QtBot, wizard: FormWizard, target: FieldFrame) -> None:
    """Pick the first option: from the drop-down list with the keyboard, else by clicking."""
    fid = target.field.id
    combo = wizard.findChild(QComboBox, f"field_{fid}__combo")
    if combo is not None:
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    else:
        click(qtbot, wizard, f"field_{fid}__{target.field.options[0].id}")


def fill_grid(qtbot: QtBot, target: FieldFrame, skip: int = 0) -> None:
    """Type an answer into every empty grid cell but the last `skip` ones."""
    grid = target.widget
    assert isinstance(grid, GridFieldWidget)
    cells = [c for c in grid.findChildren(QPlainTextEdit) if not c.toPlainText()]
    for cell in cells[: len(cells) - skip]:
        qtbot.keyClicks(cell, "yes")


def fill_current_page(qtbot: QtBot, wizard: FormWizard) -> None:
    """Answer every required question of the page on screen (conditions may add more)."""
    spec = wizard.spec
    page_id = wizard.current_page_id()
    view = wizard.view.pages[[p.id for p in spec.pages].index(page_id)]
    for _round in range(5):
        values = wizard.values()
        todo = [
            f
            for f in view.frames.values()
            if is_required(spec, f.field, values)
            and f.field.id in validate_page(spec, page_id, values)
        ]
        if not todo:
            return
        for target in todo:
            fill_field(qtbot, wizard, target)
    raise AssertionError(validate_page(spec, page_id, wizard.values()))
