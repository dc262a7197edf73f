"""Date fields for the follow-up dialogs: conversions and a date edit that may stay empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

EMPTY_DAY = QDate(2000, 1, 1)  # the minimum of an optional date edit stands for "no date yet"


def to_qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    """A QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


def date_edit(day: date, name: str) -> QDateEdit:
    """A date edit with a calendar pop-up, in the dd-mm-yyyy form schools use."""
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setAccessibleName(name)
    return edit


class OptionalDateEdit(QDateEdit):
    """A date edit that starts empty (shows a hint) until the teacher picks a day."""

    def __init__(self, hint: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(EMPTY_DAY)
        self.setSpecialValueText(hint)
        self.setDate(EMPTY_DAY)
        self.setAccessibleName(name)

    def value(self) -> date | None:
        """The chosen day, or None while empty."""
        return None if self.date() == EMPTY_DAY else to_date(self.date())

    def set_value(self, day: date | None) -> None:
        """Show a day, or empty."""
        self.setDate(EMPTY_DAY if day is None else to_qdate(day))


def field_error() -> QLabel:
    """A hidden red message that sits right under a field."""
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.hide()
    return label
