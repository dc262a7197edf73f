"""Drives the Conversations tab and its wizard dialog the way a teacher does."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.conversations.dialog import ConversationDialog
from ehbc_desktop.ui.conversations.tab import ConversationsTab, KindChooser
from tests.gui.wizard.teacher import child, click, fill_current_page, type_into

LEFT = Qt.MouseButton.LeftButton


def open_kind(qtbot: QtBot, tab: ConversationsTab, form_id: str) -> ConversationDialog:
    """New conversation -> pick the kind in the chooser -> Start; the wizard dialog opens."""
    qtbot.mouseClick(tab.new_button, LEFT)
    qtbot.waitUntil(lambda: _chooser(tab) is not None, timeout=5_000)
    chooser = _chooser(tab)
    assert chooser is not None
    rows = [chooser.kinds.item(i) for i in range(chooser.kinds.count())]
    row = next(i for i, item in enumerate(rows) if item.data(Qt.ItemDataRole.UserRole) == form_id)
    chooser.kinds.setCurrentRow(row)
    qtbot.mouseClick(child(chooser, "conversation_kind_start"), LEFT)  # type: ignore[arg-type]
    return wait_dialog(qtbot, tab)


def _chooser(tab: ConversationsTab) -> KindChooser | None:
    found = [c for c in tab.findChildren(KindChooser) if c.isVisible()]
    return found[0] if found else None


def wait_dialog(qtbot: QtBot, tab: ConversationsTab) -> ConversationDialog:
    """The wizard dialog, once it is on screen."""
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10_000)
    assert tab.dialog is not None
    qtbot.waitUntil(tab.dialog.wizard.page_on_screen_built, timeout=5_000)
    return tab.dialog


def answer(qtbot: QtBot, dialog: ConversationDialog, texts: Mapping[str, str]) -> None:
    """Type the given texts into the fields of the page on screen (others stay as they are)."""
    wizard = dialog.wizard
    page = wizard.view.pages[[p.id for p in wizard.spec.pages].index(wizard.current_page_id())]
    for field_id, text in texts.items():
        if field_id in page.frames:
            type_into(qtbot, wizard, f"field_{field_id}__edit", text)


def complete(
    qtbot: QtBot, dialog: ConversationDialog, texts: Mapping[str, str] | None = None
) -> str:
    """Answer every page (the given texts, then whatever is still required) and Finish.

    Returns:
        The confirmation text shown after the conversation was stored.
    """
    wizard = dialog.wizard
    while True:
        answer(qtbot, dialog, texts or {})
        fill_current_page(qtbot, wizard)
        if not wizard.view.next_button.isEnabled():
            break
        click(qtbot, wizard, "wizard_next")
    assert wizard.is_finish_allowed(), wizard.view.status.text()
    with qtbot.waitSignal(dialog.sig_saved, timeout=15_000):
        click(qtbot, wizard, "wizard_finish")
    qtbot.waitUntil(dialog.is_done, timeout=5_000)
    return dialog.done_text.text()


def grid_cells(dialog: ConversationDialog) -> list[QPlainTextEdit]:
    """The text cells of the restorative grid."""
    frame = dialog.wizard.view.pages[2].frames["round"]
    return frame.widget.findChildren(QPlainTextEdit)


def choose(qtbot: QtBot, dialog: ConversationDialog, field_id: str, option: str) -> None:
    """Pick `option` of a choice question: its radio button, else its drop-down list."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    wizard = dialog.wizard
    button = wizard.findChild(QAbstractButton, f"field_{field_id}__{option}")
    if button is not None:
        click(qtbot, wizard, f"field_{field_id}__{option}")
        return
    combo = wizard.findChild(QComboBox, f"field_{field_id}__combo")
    assert combo is not None, field_id
    combo.setCurrentIndex(combo.findData(option))
