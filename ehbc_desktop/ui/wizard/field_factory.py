"""Picks the widget for a field type."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ehbc_desktop.formspec import FieldSpec, FieldType
from ehbc_desktop.ui.wizard.choice_fields import (
    MAX_RADIO_OPTIONS,
    CheckFieldWidget,
    ComboFieldWidget,
    RadioFieldWidget,
)
from ehbc_desktop.ui.wizard.context import WizardContext
from ehbc_desktop.ui.wizard.field_base import FieldWidget
from ehbc_desktop.ui.wizard.grid_field import GridFieldWidget
from ehbc_desktop.ui.wizard.row_fields import RowsFieldWidget
from ehbc_desktop.ui.wizard.text_fields import (
    DateFieldWidget,
    TextAreaFieldWidget,
    TextFieldWidget,
)

_WIDGETS: dict[FieldType, type[FieldWidget]] = {
    FieldType.TEXT: TextFieldWidget,
    FieldType.TEXTAREA: TextAreaFieldWidget,
    FieldType.DATE: DateFieldWidget,
    FieldType.CHOICE: RadioFieldWidget,
    FieldType.SCALE: RadioFieldWidget,
    FieldType.YESNO: RadioFieldWidget,
    FieldType.TRISTATE: RadioFieldWidget,
    FieldType.MULTICHOICE: CheckFieldWidget,
    FieldType.CHECKLIST: CheckFieldWidget,
    FieldType.PARTICIPANTS: CheckFieldWidget,
    FieldType.AGREEMENTS: RowsFieldWidget,
    FieldType.SUPPORT_FIGURES: RowsFieldWidget,
    FieldType.GRID: GridFieldWidget,
}


def make_field_widget(
    field: FieldSpec, lang: str, context: WizardContext, parent: QWidget | None = None
) -> FieldWidget:
    """The input widget for `field`: radio buttons for a short choice, a list for a long one."""
    if field.type is FieldType.CHOICE and len(field.options) > MAX_RADIO_OPTIONS:
        return ComboFieldWidget(field, lang, context, parent)
    return _WIDGETS[field.type](field, lang, context, parent)
