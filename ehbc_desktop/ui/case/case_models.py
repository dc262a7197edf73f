"""Qt item models of the case view: the people involved and the timeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ehbc_desktop.domain.entities import CaseRecord, Participant, Person
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.ui.case.timeline_text import timeline_texts
from ehbc_desktop.ui.labels import format_date, format_datetime, role_label
from ehbc_desktop.ui.table_model import Column, RowTableModel

if TYPE_CHECKING:
    from ehbc_desktop.services.case.cases import TimelineEntry

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


def _participant_role(row: ParticipantRow) -> str:
    """The role, naming the person it relates to when there is one."""
    role = role_label(row.participant.role)
    if row.related_name:
        role = (
            QCoreApplication.translate("ParticipantTableModel", "%1 of %2")
            .replace("%1", role)
            .replace("%2", row.related_name)
        )
    return role


_PARTICIPANT_COLUMNS: tuple[Column[ParticipantRow], ...] = (
    Column(
        lambda: QCoreApplication.translate("ParticipantTableModel", "Name"),
        lambda r: r.person.full_name,
    ),
    Column(lambda: QCoreApplication.translate("ParticipantTableModel", "Role"), _participant_role),
    Column(
        lambda: QCoreApplication.translate("ParticipantTableModel", "Class"),
        lambda r: r.person.class_name,
    ),
    Column(
        lambda: QCoreApplication.translate("ParticipantTableModel", "Birth date"),
        lambda r: format_date(r.person.birth_date),
    ),
)


def _timeline_kind(row: TimelineEntry) -> str:
    return timeline_texts(row.kind, row.title, row.detail)[0]


def _timeline_text(row: TimelineEntry) -> str:
    return timeline_texts(row.kind, row.title, row.detail)[1]


_TIMELINE_COLUMNS: tuple[Column[TimelineEntry], ...] = (
    Column(
        lambda: QCoreApplication.translate("TimelineTableModel", "When"),
        lambda r: format_datetime(r.at),
    ),
    Column(lambda: QCoreApplication.translate("TimelineTableModel", "What"), _timeline_kind),
    Column(lambda: QCoreApplication.translate("TimelineTableModel", "Details"), _timeline_text),
)


class ParticipantTableModel(RowTableModel[ParticipantRow]):
    """The people involved: name, role, class, birth date."""

    COLUMN_COUNT = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_PARTICIPANT_COLUMNS, parent)

    def _role_data(self, row: ParticipantRow, column: int, role: int) -> Any:
        """The participant's id."""
        return row.participant.id if role == ID_ROLE else None


class TimelineTableModel(RowTableModel["TimelineEntry"]):
    """What happened in a case, newest first: when, what kind, and the text."""

    COLUMN_COUNT = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_TIMELINE_COLUMNS, parent)

    def _role_data(self, row: TimelineEntry, column: int, role: int) -> Any:
        """The id of the thing the entry is about."""
        return row.ref_id if role == ID_ROLE else None
