"""The base of every field widget, and a date box that may stay empty."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ehbc_desktop.formspec import AnswerProblem, FieldSpec
from ehbc_desktop.ui.wizard.context import WizardContext

#: The date a QDateEdit holds while "empty"; it shows the special value text instead.
_EMPTY = QDate(1900, 1, 1)
_STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
#: Keys with which QDateEdit may open its calendar popup.
_POPUP_KEYS = (Qt.Key.Key_F4, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Select, Qt.Key.Key_Space)


class FieldWidget(QWidget):
    """One question's input; subclasses hold the controls for one field type."""

    sig_changed = Signal()
    """The teacher changed the answer."""

    def __init__(
        self, field: FieldSpec, lang: str, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.context = context
        self.setObjectName(f"field_{field.id}")

    def value(self) -> Any:
        """The answer in the shape `formspec.answers` expects; None when unanswered."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show `value` (None or an empty value clears the answer) without emitting."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """Let the teacher look but not change anything."""
        for child in self.findChildren(QWidget):
            child.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        """The control that gets the focus when the teacher must fix this answer."""
        return self

    def set_accessible_label(self, label: str, description: str) -> None:
        """Give the controls the question as accessible name, the help as description."""
        self.setAccessibleName(label)
        self.setAccessibleDescription(description)

    def show_problems(self, problems: tuple[AnswerProblem, ...]) -> None:
        """Mark the parts that need work (rows, grid cells); the message is shown above."""

    def _emit_changed(self, *_args: object) -> None:
        self.sig_changed.emit()


class OptionalDateEdit(QWidget):
    """A date box with a calendar popup, a Today button and a Clear button; may stay empty."""

    sig_changed = Signal()
    """The date was picked, typed or cleared."""

    def __init__(self, today: date, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._compact = compact
        self._today = QDate(today.year, today.month, today.day)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setMinimumDate(_EMPTY)
        self.edit.setSpecialValueText(self.tr("no date yet"))
        self.edit.setDate(_EMPTY)
        self.edit.setMinimumWidth(112)
        # The calendar is a big widget (about 15 ms each): it is made just before it opens.
        self._calendar: QCalendarWidget | None = None
        self.edit.installEventFilter(self)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setAccessibleName(self.tr("Fill in today's date"))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.today_button)
        layout.addWidget(self.clear_button)
        if compact:
            self.clear_button.hide()
            self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        else:
            layout.addStretch(1)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.clear_button.clicked.connect(self.clear)
        self.edit.dateChanged.connect(self._on_edit_date_changed)

    def iso(self) -> str:
        """The date as "YYYY-MM-DD", or "" when empty."""
        if self.is_empty():
            return ""
        return self.edit.date().toString("yyyy-MM-dd")

    def is_empty(self) -> bool:
        """Whether no date has been chosen."""
        return self.edit.date() == _EMPTY

    def set_date(self, value: date | None) -> None:
        """Show a date, or nothing (None)."""
        qdate = _EMPTY if value is None else QDate(value.year, value.month, value.day)
        self.edit.blockSignals(True)
        self.edit.setDate(qdate)
        self.edit.blockSignals(False)
        self._update_buttons()

    def clear(self) -> None:
        """Empty the date box."""
        self.edit.setDate(_EMPTY)

    def set_read_only(self, read_only: bool) -> None:
        """Show the date without letting anyone change it."""
        self.edit.setReadOnly(read_only)
        self.edit.setButtonSymbols(
            QDateEdit.ButtonSymbols.NoButtons if read_only else QDateEdit.ButtonSymbols.UpDownArrows
        )
        for button in (self.today_button, self.clear_button):
            button.setEnabled(not read_only)
        self.today_button.setVisible(not read_only)
        self.clear_button.setVisible(not read_only and not self._compact)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the calendar at today's month and step from today while the box is empty."""
        if watched is self.edit and self._calendar is None and _may_open_popup(event):
            self._calendar = self.edit.calendarWidget()  # made now, before the popup shows
            self._calendar.installEventFilter(self)
        if self.is_empty():
            if watched is self._calendar and event.type() == QEvent.Type.Show:
                self._calendar.setCurrentPage(self._today.year(), self._today.month())
            elif (
                watched is self.edit
                and event.type() == QEvent.Type.KeyPress
                and not self.edit.isReadOnly()
            ):
                return self._start_from_today(event)
        return super().eventFilter(watched, event)

    def _start_from_today(self, event: QEvent) -> bool:
        """An arrow key fills in today; a digit starts typing over today's day. True: eaten."""
        key = event.key()  # type: ignore[attr-defined]
        if key in _STEP_KEYS:
            self.edit.setDate(self._today)
            return True
        if event.text().isdigit():  # type: ignore[attr-defined]
            self.edit.setDate(self._today)
            self.edit.setSelectedSection(QDateEdit.Section.DaySection)
        return False

    def _on_today_button_clicked(self) -> None:
        self.edit.setDate(self._today)

    def _on_edit_date_changed(self, _date: QDate) -> None:
        self._update_buttons()
        self.sig_changed.emit()

    def _update_buttons(self) -> None:
        self.clear_button.setEnabled(not self.edit.isReadOnly() and not self.is_empty())


def _may_open_popup(event: QEvent) -> bool:
    """Whether `event` on a QDateEdit may open its calendar popup."""
    kind = event.type()
    if kind == QEvent.Type.MouseButtonPress:
        return True
    return kind == QEvent.Type.KeyPress and event.key() in _POPUP_KEYS  # type: ignore[attr-defined]


def focusable_before(widget: QWidget) -> QWidget | None:
    """The last widget before `widget` in the Tab order that takes the focus."""
    found = widget.previousInFocusChain()
    while found is not None and found is not widget:
        if found.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return found
        found = found.previousInFocusChain()
    return None


def insert_in_tab_chain(anchor: QWidget, widgets: list[QWidget]) -> None:
    """Put `widgets`, in order, right after `anchor` in the keyboard (Tab) order.

    Widgets created after the window was built land at the end of the Tab order; rows and
    tabs added later call this so Tab still follows the screen from top to bottom.
    """
    previous = anchor
    for widget in widgets:
        QWidget.setTabOrder(previous, widget)
        previous = widget


def mark_problem(widget: QWidget, problem: bool) -> None:
    """Draw a red frame around a box that still needs an answer (or take it away)."""
    widget.setStyleSheet("border: 2px solid #c62828; border-radius: 3px;" if problem else "")
