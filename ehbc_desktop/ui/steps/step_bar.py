"""The visual step bar: one clickable tile per step, marked done, now, to do, n.a. or blocked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ehbc_desktop.domain.stepplan import Step, StepPlan, StepState, StepStatus
from ehbc_desktop.ui.steps.texts import (
    STATE_MARKS,
    state_word,
    status_explanation,
    step_name,
)

#: Tiles per row: the thirteen steps wrap in two rows at a normal window width.
PER_ROW = 7

_COLOURS = {
    StepState.DONE: ("#e6f4ea", "#1e7b34"),
    StepState.CURRENT: ("#e3edfb", "#174ea6"),
    StepState.TODO: ("#ffffff", "#3c4043"),
    StepState.NOT_APPLICABLE: ("#f1f3f4", "#80868b"),
    StepState.BLOCKED: ("#fdecea", "#a50e0e"),
}


def step_state_of(status: StepStatus) -> StepState:
    """The state the bar shows: a current step that cannot be done now shows as blocked."""
    if status.state is StepState.CURRENT and status.is_blocked:
        return StepState.BLOCKED
    return status.state


class StepTile(QPushButton):
    """One step: its mark, its name and its state in words; the tooltip says why.

    The text sits in a word-wrapped label inside the button, so long step names wrap
    instead of being cut off.
    """

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.state = StepState.TODO
        self.setObjectName(f"step_{step.value}")
        self.setMinimumSize(130, 92)  # room for a name over three lines and the state
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label)

    def text(self) -> str:
        """The tile's text as shown (mark, name, state)."""
        return self.label.text()

    def show_status(self, status: StepStatus, current: bool) -> None:
        """Show the status of the step (and whether it is the one to do now)."""
        self.state = step_state_of(status)
        mark = STATE_MARKS[self.state]
        optional = self.tr(" (optional)") if status.optional else ""
        self.label.setText(
            f"<b>{mark} {step_name(self.step)}</b><br>{state_word(self.state)}{optional}"
        )
        why = status_explanation(status)
        self.setToolTip(why)
        self.setAccessibleName(f"{step_name(self.step)}: {state_word(self.state)}. {why}")
        background, colour = _COLOURS[self.state]
        border = "2px solid #174ea6" if current else "1px solid #c4c7c5"
        weight = "bold" if current else "normal"
        sheet = (
            # min-height here: the theme's QPushButton rule would otherwise squeeze the tile.
            f"QPushButton {{ background: {background}; border: {border}; border-radius: 6px;"
            f" min-height: 80px; padding: 2px; }}"
            f" QLabel {{ color: {colour}; background: transparent; font-weight: {weight}; }}"
        )
        if sheet != self.styleSheet():  # a new style sheet re-styles the tile: only on change
            self.setStyleSheet(sheet)


class StepBar(QWidget):
    """All steps of the method in plan order; clicking a tile asks to open that step."""

    sig_step_clicked = Signal(str)
    """The teacher clicked a step (its `Step` value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepBar")
        self.tiles: dict[Step, StepTile] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for index, step in enumerate(Step):
            tile = StepTile(step, self)
            tile.clicked.connect(lambda _=False, s=step: self.sig_step_clicked.emit(s.value))
            layout.addWidget(tile, index // PER_ROW, index % PER_ROW)
            self.tiles[step] = tile

    def show_plan(self, plan: StepPlan) -> None:
        """Show every step's state."""
        for status in plan.steps:
            self.tiles[status.step].show_status(status, status.step is plan.current)

    def state_of(self, step: Step) -> StepState:
        """The state shown for a step (for tests and screen readers)."""
        return self.tiles[step].state
