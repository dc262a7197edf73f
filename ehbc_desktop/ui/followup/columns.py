"""The columns of the agreement and follow-up tables (shared by the case tab and the page)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.entities import FollowUp
from ehbc_desktop.ui.agenda.rows_model import Column
from ehbc_desktop.ui.followup.texts import (
    conversation_label,
    outcome_label,
    standing_label,
    step_words,
)
from ehbc_desktop.ui.labels import format_date

_CONTEXT = "FollowUpColumns"


def _title(text: str) -> Any:
    return lambda: QCoreApplication.translate(_CONTEXT, text)


def _status_text(row: Any) -> str:
    text = standing_label(row.standing)
    if row.status_changed_on is not None and row.status.value != "open":
        return f"{text} ({format_date(row.status_changed_on)})"
    return text


def agreement_columns(with_case: bool) -> list[Column]:
    """Who, what, by when, made in, status (with its day), note; case and pupil when asked."""
    columns = [
        Column(_title("Who"), lambda r: r.who),
        Column(_title("What"), lambda r: r.what),
        Column(_title("By when"), lambda r: format_date(r.due)),
        Column(_title("Status"), _status_text),
        Column(_title("Made in"),
               lambda r: conversation_label(r.conversation_kind, r.conversation_held_on)),
        Column(_title("Status note"), lambda r: r.status_note),
    ]  # fmt: skip
    if with_case:
        columns[:0] = [
            Column(_title("Case"), lambda r: r.reference),
            Column(_title("Pupil"), lambda r: r.pupil),
        ]
    return columns


@dataclass(frozen=True)
class FollowUpLine:
    """A follow-up of the case and whether it is overdue today."""

    item: FollowUp
    overdue: bool
    case_id: str = ""


def follow_up_columns() -> list[Column]:
    """Planned for, what, with whom, held on, outcome, note."""
    return [
        Column(_title("Planned for"), lambda r: format_date(r.item.planned_on)),
        Column(_title("What"),
               lambda r: step_words(r.item.step or r.item.kind.value, "follow_up")),
        Column(_title("With whom"), lambda r: r.item.with_whom),
        Column(_title("Held on"), _held_text),
        Column(_title("Outcome"), lambda r: outcome_label(r.item.outcome)),
        Column(_title("Note"), lambda r: " ".join(r.item.note.split())),
    ]  # fmt: skip


def _held_text(row: FollowUpLine) -> str:
    if row.item.held_on is not None:
        return format_date(row.item.held_on)
    if row.overdue:
        return QCoreApplication.translate(_CONTEXT, "not held yet: OVERDUE")
    return QCoreApplication.translate(_CONTEXT, "planned")
