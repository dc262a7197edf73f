"""Driving the step plan screens as a teacher: answer questions, walk pages, find dialogs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.ui.steps.stepplan_tab import StepPlanTab
from ehbc_desktop.ui.steps.wizard_dialog import StepFormDialog
from ehbc_desktop.ui.wizard import FormWizard
from tests.gui.wizard.teacher import fill_current_page, find, press, type_into


def answer(qtbot: QtBot, wizard: FormWizard, field_id: str, option: str) -> None:
    """Pick `option` of a question: its radio button or check box, else its drop-down."""
    button = find(wizard, QAbstractButton, f"field_{field_id}__{option}")
    if button is not None:
        press(qtbot, button)
        return
    combo = find(wizard, QComboBox, f"field_{field_id}__combo")
    assert combo is not None, field_id
    combo.setCurrentIndex(combo.findData(option))


def today(qtbot: QtBot, wizard: FormWizard, field_id: str) -> None:
    """Click the "Today" button of a date question."""
    button = find(wizard, QAbstractButton, f"field_{field_id}__today")
    assert button is not None, field_id
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def write(qtbot: QtBot, wizard: FormWizard, field_id: str, text: str) -> None:
    """Type into a text question."""
    type_into(qtbot, wizard, f"field_{field_id}__edit", text)


def click_name(qtbot: QtBot, parent: QWidget, name: str) -> None:
    """Click the button called `name` under `parent`."""
    button = parent.findChild(QAbstractButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def next_page(qtbot: QtBot, wizard: FormWizard) -> None:
    """Go to the next page (the page must be complete)."""
    before = wizard.current_page_id()
    qtbot.mouseClick(wizard.view.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page_id() != before


def fill_to_end(qtbot: QtBot, wizard: FormWizard) -> None:
    """Answer every required question, page after page, up to Finish."""
    for _page in range(len(wizard.spec.pages)):
        fill_current_page(qtbot, wizard)
        if not wizard.view.next_button.isEnabled():
            break
        qtbot.mouseClick(wizard.view.next_button, Qt.MouseButton.LeftButton)


def finish(qtbot: QtBot, wizard: FormWizard) -> None:
    """Click Finish (it must be enabled)."""
    assert wizard.is_finish_allowed(), wizard.view.status.text()
    qtbot.mouseClick(wizard.view.finish_button, Qt.MouseButton.LeftButton)


def form_dialog(qtbot: QtBot, name: str) -> StepFormDialog:
    """Wait for the visible form dialog called `name`."""

    def found() -> StepFormDialog | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, StepFormDialog) and widget.objectName() == name:  # noqa: SIM102
                if widget.isVisible():
                    return widget
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    dialog = found()
    assert dialog is not None
    return dialog


def top_dialog(qtbot: QtBot, cls: type, name: str) -> QWidget:
    """Wait for a visible top-level widget of `cls` called `name`."""

    def found() -> QWidget | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, cls) and widget.objectName() == name and widget.isVisible():
                return widget
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=10_000)
    widget = found()
    assert widget is not None
    return widget


def answer_box(
    qtbot: QtBot, name: str, yes: bool = True, which: QMessageBox.StandardButton | None = None
) -> None:
    """Answer the question box called `name` (Yes or No, or the button `which`)."""
    box = top_dialog(qtbot, QMessageBox, name)
    assert isinstance(box, QMessageBox)
    if which is None:
        which = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
    button = box.button(which)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def step_tab(qtbot: QtBot, ctx: AppContext) -> StepPlanTab:
    """The step plan tab of the open case, once its plan is on screen; made current."""
    workspace = ctx.window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.case_widget is not None, timeout=10_000)
    case = workspace.case_widget
    assert case is not None
    tabs = [t for t in case.extra_tabs if isinstance(t, StepPlanTab)]
    assert tabs
    tab = tabs[0]
    case.view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.data is not None, timeout=10_000)
    return tab


def reload_and_wait(qtbot: QtBot, tab: StepPlanTab, condition: object) -> None:
    """Wait until the tab shows a plan for which `condition(tab)` holds."""
    qtbot.waitUntil(lambda: tab.data is not None and condition(tab), timeout=10_000)  # type: ignore[operator]
