"""One question on a page: its label with a required mark, help, input and problem message."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ehbc_desktop.formspec import AnswerProblem, FieldSpec
from ehbc_desktop.ui.wizard.context import WizardContext
from ehbc_desktop.ui.wizard.field_base import FieldWidget
from ehbc_desktop.ui.wizard.field_factory import make_field_widget
from ehbc_desktop.ui.wizard.texts import problem_text

_ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
_HELP_STYLE = "color: palette(placeholder-text);"


class FieldFrame(QWidget):
    """A question as the teacher sees it; the message about a problem appears right under it."""

    def __init__(
        self, field: FieldSpec, lang: str, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self._lang = lang
        self._required: bool | None = None
        self._message = ""
        self.shown = True
        self._marked = False
        self.setObjectName(f"frame_{field.id}")
        layout = QVBoxLayout(self)
        # A question that only appears after an answer is indented under the question it follows.
        layout.setContentsMargins(24 if field.shown_when else 0, 6, 0, 6)
        layout.setSpacing(3)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.help = QLabel(field.help.get(lang) if field.help else "", self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet(_HELP_STYLE)
        self.help.setVisible(field.help is not None)
        layout.addWidget(self.help)
        self.widget: FieldWidget = make_field_widget(field, lang, context, self)
        layout.addWidget(self.widget)
        self.error = QLabel(self)
        self.error.setObjectName(f"error_{field.id}")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)
        self.label.setBuddy(self.widget.focus_widget())
        self.set_required(field.required)

    def value(self) -> Any:
        """The answer of the input."""
        return self.widget.value()

    def set_required(self, required: bool) -> None:
        """Show or hide the required mark (it follows `required_when`)."""
        if required == self._required:
            return  # called on every edit: only touch the widgets when something changes
        self._required = required
        text = f"<b>{escape(self.field.label.get(self._lang), quote=False)}</b>"
        if required:
            text += ' <span style="color:#c62828;">*</span>'
        self.label.setText(text)
        self._update_accessible()

    def set_problems(self, problems: tuple[AnswerProblem, ...]) -> None:
        """Show the message for the first problem under the input (none: hide it)."""
        self.show_message(problem_text(problems[0]) if problems else "")
        if problems or self._marked:
            self.widget.show_problems(problems)
        self._marked = bool(problems)

    def show_message(self, message: str) -> None:
        """Show `message` in red under the input ("" hides it)."""
        if message == self._message:
            return
        self._message = message
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self._update_accessible()

    def set_shown(self, shown: bool) -> None:
        """Show or hide the whole question (it follows `shown_when`)."""
        if shown != self.shown:
            self.shown = shown
            self.setVisible(shown)

    def has_problem(self) -> bool:
        """Whether a problem message is showing."""
        return bool(self._message)

    def _update_accessible(self) -> None:
        name = self.field.label.get(self._lang)
        if self._required:
            name += " " + self.tr("(required)")
        parts = [self.field.help.get(self._lang)] if self.field.help else []
        if self._message:
            parts.insert(0, self._message)
        self.widget.set_accessible_label(name, " ".join(parts))
