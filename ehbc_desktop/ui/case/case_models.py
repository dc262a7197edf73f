"""Qt item models of the case view: the people involved and the timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ehbc_desktop.domain.entities import CaseRecord, Participant, Person
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.ui.case.timeline_text import timeline_texts
from ehbc_desktop.ui.labels import format_date, format_datetime, role_label

if TYPE_CHECKING:
    from ehbc_desktop.services.cases import TimelineEntry

ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ParticipantRow:
    """One person in one case, ready to show."""

    participant: Participant
    person: Person
    related_name: str = ""


def participant_rows(record: CaseRecord) -> list[ParticipantRow]:
    """The case's participants with their person records, victims and bullies first."""
    order = {role: i for i, role in enumerate(Role)}
    names = {
        p.id: record.people[p.person_id].full_name
        for p in record.participants
        if p.person_id in record.people
    }
    rows = [
        ParticipantRow(p, record.people[p.person_id], names.get(p.related_to or "", ""))
        for p in record.participants
        if p.person_id in record.people
    ]
    return sorted(rows, key=lambda r: (order[r.participant.role], r.person.full_name.casefold()))


class _RowsModel(QAbstractTableModel):
    """A flat, read-only table over a list of rows."""

    COLUMN_COUNT = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self._titles()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text and the row's id."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return self._row_id(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = self._values(row)
            return values[index.column()] if 0 <= index.column() < len(values) else None
        return None

    def _titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _values(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def _row_id(self, row: Any) -> str:
        raise NotImplementedError


class ParticipantTableModel(_RowsModel):
    """The people involved: name, role, class, birth date."""

    COLUMN_COUNT = 4

    def row_at(self, row: int) -> ParticipantRow:
        """The participant behind table row `row`."""
        value = self._rows[row]
        assert isinstance(value, ParticipantRow)
        return value

    def _titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("ParticipantTableModel", "Name"),
            QCoreApplication.translate("ParticipantTableModel", "Role"),
            QCoreApplication.translate("ParticipantTableModel", "Class"),
            QCoreApplication.translate("ParticipantTableModel", "Birth date"),
        )

    def _values(self, row: ParticipantRow) -> tuple[str, ...]:
        role = role_label(row.participant.role)
        if row.related_name:
            role = (
                QCoreApplication.translate("ParticipantTableModel", "%1 of %2")
                .replace("%1", role)
                .replace("%2", row.related_name)
            )
        return (row.person.full_name, role, row.person.class_name,
                format_date(row.person.birth_date))  # fmt: skip

    def _row_id(self, row: ParticipantRow) -> str:
        return row.participant.id


class TimelineTableModel(_RowsModel):
    """What happened in a case, newest first: when, what kind, and the text."""

    COLUMN_COUNT = 3

    def _titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("TimelineTableModel", "When"),
            QCoreApplication.translate("TimelineTableModel", "What"),
            QCoreApplication.translate("TimelineTableModel", "Details"),
        )

    def _values(self, row: TimelineEntry) -> tuple[str, ...]:
        kind, text = timeline_texts(row.kind, row.title, row.detail)
        return (format_datetime(row.at), kind, text)

    def _row_id(self, row: TimelineEntry) -> str:
        return row.ref_id
