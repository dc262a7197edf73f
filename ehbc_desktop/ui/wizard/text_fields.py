"""Field widgets for free text and dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ehbc_desktop.formspec import FieldSpec
from ehbc_desktop.ui.wizard.context import WizardContext
from ehbc_desktop.ui.wizard.field_base import FieldWidget, OptionalDateEdit

_TEXTAREA_HEIGHT = 92


def _column(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class _TextEditFieldWidget(FieldWidget):
    """What the one-line and the many-line text fields share: their `edit` is the question."""

    edit: QLineEdit | QPlainTextEdit

    def set_read_only(self, read_only: bool) -> None:
        """Selectable but not editable."""
        self.edit.setReadOnly(read_only)

    def focus_widget(self) -> QWidget:
        """The text box."""
        return self.edit

    def set_accessible_label(self, label: str, description: str) -> None:
        """Name the text box after the question."""
        super().set_accessible_label(label, description)
        self.edit.setAccessibleName(label)
        self.edit.setAccessibleDescription(description)


class TextFieldWidget(_TextEditFieldWidget):
    """One line of text."""

    edit: QLineEdit

    def __init__(
        self, field: FieldSpec, lang: str, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, lang, context, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"field_{field.id}__edit")
        _column(self).addWidget(self.edit)
        self.edit.textEdited.connect(self._emit_changed)

    def value(self) -> Any:
        """The text, or None when blank."""
        text = self.edit.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        """Show `value` as text."""
        self.edit.setText("" if value is None else str(value))



class TextAreaFieldWidget(_TextEditFieldWidget):
    """Several lines of text; Tab moves on to the next question."""

    edit: QPlainTextEdit

    def __init__(
        self, field: FieldSpec, lang: str, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, lang, context, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(f"field_{field.id}__edit")
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(_TEXTAREA_HEIGHT)
        _column(self).addWidget(self.edit)
        self.edit.textChanged.connect(self._emit_changed)

    def value(self) -> Any:
        """The text, or None when blank."""
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        """Show `value` as text."""
        self.edit.blockSignals(True)
        self.edit.setPlainText("" if value is None else str(value))
        self.edit.blockSignals(False)



class DateFieldWidget(FieldWidget):
    """A date, picked from a calendar or typed; may stay empty."""

    def __init__(
        self, field: FieldSpec, lang: str, context: WizardContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(field, lang, context, parent)
        self.date = OptionalDateEdit(context.today, parent=self)
        self.date.edit.setObjectName(f"field_{field.id}__edit")
        self.date.today_button.setObjectName(f"field_{field.id}__today")
        self.date.clear_button.setObjectName(f"field_{field.id}__clear")
        _column(self).addWidget(self.date)
        self.date.sig_changed.connect(self._emit_changed)

    def value(self) -> Any:
        """The date as "YYYY-MM-DD", or None when empty."""
        return self.date.iso() or None

    def set_value(self, value: Any) -> None:
        """Show a date (the wizard hands typed answers: a `date`, or None for empty)."""
        self.date.set_date(value if isinstance(value, date) else None)

    def set_read_only(self, read_only: bool) -> None:
        """Show the date only."""
        self.date.set_read_only(read_only)

    def focus_widget(self) -> QWidget:
        """The date box."""
        return self.date.edit

    def set_accessible_label(self, label: str, description: str) -> None:
        """Name the date box after the question."""
        super().set_accessible_label(label, description)
        self.date.edit.setAccessibleName(label)
        self.date.edit.setAccessibleDescription(description)
