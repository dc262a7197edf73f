"""Domain records as column dicts for bulk inserts: `store.mapping` plus the row-only columns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time

from ehbc_desktop.domain import entities as e
from ehbc_desktop.store.mapping import CaseRecordField, to_row
from ehbc_desktop.store.row_mapper import Row
from ehbc_desktop.store.search import name_key


def case_row(c: e.Case, updated_at: datetime) -> Row:
    """The case; created on its opening day (noon UTC), last changed at `updated_at`."""
    created_at = datetime.combine(c.opened_on, time(12), UTC)
    return {**to_row(c), "created_at": created_at, "updated_at": updated_at}


def person_row(p: e.Person) -> Row:
    """A pupil or adult, with the folded name the people look-up matches on."""
    return {**to_row(p), "name_key": name_key(p.first_name, p.last_name)}


def participant_rows(participants: Sequence[e.Participant]) -> tuple[list[Row], list[Row]]:
    """The participants (without links) and their links (`related_to`) as update rows.

    Links go in after every participant exists: a parent may come before their pupil.
    """
    rows = [
        {**to_row(p), "related_to": None, "position": index} for index, p in enumerate(participants)
    ]
    links = [{"id": p.id, "related_to": p.related_to} for p in participants if p.related_to]
    return rows, links


def record_rows(record: e.CaseRecord, field: CaseRecordField) -> list[Row]:
    """The rows of one per-case field of `record` (a tuple of records, or an optional one)."""
    value = getattr(record, field.name)
    items = value if field.many else () if value is None else (value,)
    return [to_row(item) for item in items]
