"""Qt item model for people found by name (to reuse a pupil from an earlier case)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ehbc_desktop.domain.entities import Person
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.table_model import Column, RowTableModel

COLUMN_COUNT = 3
AnyIndex = QModelIndex | QPersistentModelIndex

_COLUMNS: tuple[Column[Person], ...] = (
    Column(lambda: QCoreApplication.translate("PeopleTableModel", "Name"), lambda p: p.full_name),
    Column(lambda: QCoreApplication.translate("PeopleTableModel", "Class"), lambda p: p.class_name),
    Column(
        lambda: QCoreApplication.translate("PeopleTableModel", "Birth date"),
        lambda p: format_date(p.birth_date),
    ),
)


class PeopleTableModel(RowTableModel[Person]):
    """Rows of `Person`: name, class, birth date."""

    TEXT_ROLES = (Qt.ItemDataRole.DisplayRole,)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_COLUMNS, parent)
