"""Field widgets for picking: one option, several options, yes/no, yes/no/unclear, people."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.formspec import FieldSpec, FieldType
from ehbc_desktop.ui.wizard.context import WizardContext
from ehbc_desktop.ui.wizard.field_base import FieldWidget
from ehbc_desktop.ui.wizard.texts import role_text

#: A choice with more options than this becomes a drop-down list instead of radio buttons.
MAX_RADIO_OPTIONS = 5
_TWO_COLUMNS_FROM = 7
_SHORT_LABEL = 32  # two columns only when every label is at most this long
_LONG_LABEL = 60  # longer labels wrap beside their box (a check box never wraps its text)


class _SwallowInput(QObject):
    """Eats mouse clicks and key presses: read-only buttons stay readable, not greyed out."""

    _EATEN = (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Swallow input events."""
        return event.type() in self._EATEN or super().eventFilter(watched, event)


def _freeze_buttons(owner: FieldWidget, buttons: list[QAbstractButton], read_only: bool) -> None:
    """Keep the buttons readable while ignoring clicks and keys."""
    swallow = owner.findChild(_SwallowInput) or _SwallowInput(owner)
    for button in buttons:
        if read_only:
            button.installEventFilter(swallow)
        else:
            button.removeEventFilter(swallow)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)


class _BoxLabel(QLabel):
    """The wrapping text of a check box with a long label; a click on it ticks the box."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Tick or untick the box, as a click on a check box's own text does."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._box.click()
        super().mouseReleaseEvent(event)


def _help_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", "option_help")
    label.setStyleSheet("color: palette(placeholder-text); margin-left: 24px;")
    return label


class RadioFieldWidget(FieldWidget):
    """One answer out of a few, as radio buttons (choice, scale, yes/no, yes/no/unclear)."""

    def __init__(
        self, field: FieldSpec, lang: str, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, lang, context, parent)
        self.group = QButtonGroup(self)
        self._values: dict[QAbstractButton, Any] = {}
        horizontal = field.type is not FieldType.CHOICE
        layout: QBoxLayout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for value, text, help_text in self._choices():
            button = QRadioButton(text, self)
            key = {True: "yes", False: "no"}.get(value, value) if isinstance(value, bool) else value
            button.setObjectName(f"field_{field.id}__{key}")
            self.group.addButton(button)
            self._values[button] = value
            layout.addWidget(button)
            if help_text:
                button.setToolTip(help_text)
                button.setAccessibleDescription(help_text)
                if not horizontal:
                    layout.addWidget(_help_label(help_text, self))
        if horizontal:
            layout.addStretch(1)
        self.group.buttonToggled.connect(self._on_group_toggled)

    def _choices(self) -> list[tuple[Any, str, str]]:
        if self.field.type is FieldType.YESNO:
            return [(True, self.tr("Yes"), ""), (False, self.tr("No"), "")]
        if self.field.type is FieldType.TRISTATE:
            return [
                ("yes", self.tr("Yes"), ""),
                ("no", self.tr("No"), ""),
                ("unclear", self.tr("Unclear"), ""),
            ]
        return [
            (o.id, o.label.get(self.lang), o.help.get(self.lang) if o.help else "")
            for o in self.field.options
        ]

    def value(self) -> Any:
        """The picked value, or None."""
        checked = self.group.checkedButton()
        return None if checked is None else self._values[checked]

    def set_value(self, value: Any) -> None:
        """Check the button of `value`; anything else leaves none checked."""
        self.group.blockSignals(True)
        self.group.setExclusive(False)
        for button, button_value in self._values.items():
            button.setChecked(
                value is not None and button_value == value and type(button_value) is type(value)
            )
        self.group.setExclusive(True)
        self.group.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        """Show the answer; clicks and keys change nothing."""
        _freeze_buttons(self, self.group.buttons(), read_only)

    def focus_widget(self) -> QWidget:
        """The checked button, else the first."""
        checked = self.group.checkedButton()
        return checked if checked is not None else self.group.buttons()[0]

    def _on_group_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.sig_changed.emit()


class ComboFieldWidget(FieldWidget):
    """One answer out of many, as a drop-down list with a "choose" line first."""

    def __init__(
        self, field: FieldSpec, lang: str, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, lang, context, parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"field_{field.id}__combo")
        self.combo.addItem(self.tr("(choose)"), None)
        for option in field.options:
            self.combo.addItem(option.label.get(lang), option.id)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self._emit_changed)

    def value(self) -> Any:
        """The picked option id, or None."""
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        """Select the option `value` (or the "choose" line)."""
        index = self.combo.findData(value) if value is not None else 0
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)

    def focus_widget(self) -> QWidget:
        """The drop-down list."""
        return self.combo

    def set_accessible_label(self, label: str, description: str) -> None:
        """Name the list after the question."""
        super().set_accessible_label(label, description)
        self.combo.setAccessibleName(label)
        self.combo.setAccessibleDescription(description)


class CheckFieldWidget(FieldWidget):
    """Several answers as check boxes: multichoice, checklist, or the case's people."""

    def __init__(
        self, field: FieldSpec, lang: str, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, lang, context, parent)
        self._boxes: dict[str, QCheckBox] = {}
        self._labels: list[QLabel] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        choices = self._choices()
        short = all(len(text) <= _SHORT_LABEL for _key, text, _help in choices)
        many = len(choices) >= _TWO_COLUMNS_FROM
        columns = 2 if many and short and not self._has_help(choices) else 1
        for index, (key, text, help_text) in enumerate(choices):
            self._add_box(key, text, help_text, index, columns)
        if not choices:
            empty = QLabel(self.tr("Nobody with a fitting role in this case yet."), self)
            empty.setEnabled(False)
            self._grid.addWidget(empty, 0, 0)

    def _choices(self) -> list[tuple[str, str, str]]:
        if self.field.type is FieldType.PARTICIPANTS:
            return [
                (p.id, f"{p.name} ({role_text(p.role.value)})", "")
                for p in self.context.with_roles(self.field.roles)
            ]
        return [
            (o.id, o.label.get(self.lang), o.help.get(self.lang) if o.help else "")
            for o in self.field.options
        ]

    @staticmethod
    def _has_help(choices: list[tuple[str, str, str]]) -> bool:
        return any(help_text for _key, _text, help_text in choices)

    def _add_box(self, key: str, text: str, help_text: str, index: int, columns: int) -> None:
        long_label = len(text) > _LONG_LABEL
        box = QCheckBox("" if long_label else text, self)
        box.setObjectName(f"field_{self.field.id}__{key}")
        self._boxes[key] = box
        row = self._grid.rowCount() if columns == 1 else index // columns
        shown: QWidget = box
        if long_label:
            box.setAccessibleName(text)
            shown = QWidget(self)
            shown.setMinimumHeight(box.sizeHint().height())
            line = QHBoxLayout(shown)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            label = _BoxLabel(text, box, shown)
            self._labels.append(label)
            line.addWidget(label, 1)
            box.setParent(shown)
        self._grid.addWidget(shown, row, 0 if columns == 1 else index % columns)
        if help_text:
            box.setAccessibleDescription(help_text)
            self._grid.addWidget(_help_label(help_text, self), row + 1, 0)
        box.toggled.connect(self._emit_changed)

    def value(self) -> Any:
        """The ticked keys in display order, or None when nothing is ticked."""
        ticked = [key for key, box in self._boxes.items() if box.isChecked()]
        return ticked or None

    def set_value(self, value: Any) -> None:
        """Tick the keys in `value`; unknown people are kept as extra boxes labelled by id."""
        wanted = set(value or ())
        for key in sorted(wanted - set(self._boxes)):
            self._add_box(key, key, "", len(self._boxes), 1)
        for key, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(key in wanted)
            box.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        """Show the ticks; clicks and keys change nothing."""
        _freeze_buttons(self, list(self._boxes.values()), read_only)
        swallow = self.findChild(_SwallowInput)
        for label in self._labels:  # a click on a wrapped label ticks its box: not now
            if read_only and swallow is not None:
                label.installEventFilter(swallow)
            elif swallow is not None:
                label.removeEventFilter(swallow)

    def focus_widget(self) -> QWidget:
        """The first check box."""
        return next(iter(self._boxes.values()), self)
