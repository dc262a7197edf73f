"""The two side panels of the wizard: the list of steps and the conversation tips."""

from __future__ import annotations

from enum import Enum
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.formspec import Text


class StepState(Enum):
    """How far a step is."""

    TODO = "todo"
    CURRENT = "current"
    DONE = "done"
    MISSING = "missing"
    SKIPPED = "skipped"


_MARKS = {
    StepState.TODO: "○",
    StepState.CURRENT: "▶",
    StepState.DONE: "✓",
    StepState.MISSING: "⚠",
    StepState.SKIPPED: "–",
}


class StepListWidget(QWidget):
    """The steps of the form, each with a mark; choosing one goes there."""

    sig_step_chosen = Signal(int)
    """The teacher picked the step with this index."""

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        pages = self.tr("Pages")
        heading = QLabel(f"<b>{pages}</b>", self)
        layout.addWidget(heading)
        self.list = QListWidget(self)
        self.list.setObjectName("wizard_steps")
        self.list.setAccessibleName(self.tr("Pages of this form"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        heading.setBuddy(self.list)
        self._titles = titles
        self._states: list[StepState | None] = [None] * len(titles)
        for _title in titles:
            self.list.addItem(QListWidgetItem())
        layout.addWidget(self.list, 1)
        legend = QLabel(
            self.tr("✓ done   ⚠ something missing\n▶ you are here   ○ not yet\n– does not apply"),
            self,
        )
        legend.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(legend)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemClicked.connect(self._on_list_item_activated)
        for index in range(len(titles)):
            self.set_state(index, StepState.TODO)

    def state(self, index: int) -> StepState | None:
        """The state shown for step `index`."""
        return self._states[index]

    def set_state(self, index: int, state: StepState) -> None:
        """Show `state` for step `index`."""
        if self._states[index] is state:
            return  # called on every edit: only touch the item when its state changes
        self._states[index] = state
        item = self.list.item(index)
        item.setText(f"{_MARKS[state]}  {index + 1}. {self._titles[index]}")
        font = QFont(self.list.font())
        font.setBold(state is StepState.CURRENT)
        item.setFont(font)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(Qt.ItemFlag.NoItemFlags if state is StepState.SKIPPED else flags)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            f"{index + 1}. {self._titles[index]}: {self._state_word(state)}",
        )
        if state is StepState.SKIPPED:
            item.setToolTip(self.tr("Skipped: none of its questions apply."))
        if state is StepState.CURRENT:
            self.list.setCurrentRow(index)

    def _state_word(self, state: StepState) -> str:
        return {
            StepState.TODO: self.tr("not started"),
            StepState.CURRENT: self.tr("current page"),
            StepState.DONE: self.tr("done"),
            StepState.MISSING: self.tr("something is missing"),
            StepState.SKIPPED: self.tr("skipped"),
        }[state]

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.sig_step_chosen.emit(self.list.row(item))


class GuidancePanel(QFrame):
    """Tips for the conversation at this step, one paragraph per line of the form's guidance."""

    def __init__(self, lang: str, intro: Text | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setObjectName("wizard_guidance")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#wizard_guidance { background: #eef4fb; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        tips = self.tr("Tips for this page")
        self.heading = QLabel(f"<b>{tips}</b>", self)
        layout.addWidget(self.heading)
        self.tips = QLabel(self)
        self.tips.setObjectName("wizard_tips")
        self.tips.setWordWrap(True)
        self.tips.setTextFormat(Qt.TextFormat.RichText)
        self.tips.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.tips.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tips.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.tips)
        layout.addStretch(1)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(intro is not None)
        if intro is not None:
            about = self.tr("About this form")
            self.intro.setText(f"<b>{about}</b><br>{escape(intro.get(lang))}")
        layout.addWidget(self.intro)

    def show_guidance(self, guidance: Text | None) -> None:
        """Show the tips of a page (or a short note when it has none)."""
        lines = [line.strip() for line in guidance.get(self._lang).splitlines()] if guidance else []
        lines = [line for line in lines if line]
        if not lines:
            none = self.tr("No tips for this page.")
            self.tips.setText(f"<i>{escape(none)}</i>")
            self.tips.setAccessibleName(none)
            return
        items = "".join(f"<li style='margin-bottom:8px'>{escape(line)}</li>" for line in lines)
        self.tips.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        self.tips.setAccessibleName(self.tr("Tips for this page") + ": " + " ".join(lines))
