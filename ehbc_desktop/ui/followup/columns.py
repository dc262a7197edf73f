"""The columns of the agreement and follow-up tables (shared by the case tab and the page)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableView

from ehbc_desktop.domain.entities import FollowUp
from ehbc_desktop.ui.agenda.rows_model import Column
from ehbc_desktop.ui.followup.texts import (
    conversation_label,
    outcome_label,
    standing_label,
    step_words,
)
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP

_CONTEXT = "FollowUpColumns"


def _title(text: str) -> Any:
    return lambda: QCoreApplication.translate(_CONTEXT, text)


def _status_text(row: Any) -> str:
    """The standing, with the day and the note of the last change once it was settled."""
    text = standing_label(row.standing)
    if row.status_changed_on is not None and row.status.value != "open":
        text = f"{text} ({format_date(row.status_changed_on)})"
    return f"{text}: {row.status_note}" if row.status_note else text


def agreement_columns(with_case: bool) -> list[Column]:
    """Who, what, by when, status (with its day and note), made in; case and pupil if asked."""
    columns = [
        Column(_title(QT_TRANSLATE_NOOP("FollowUpColumns", "Who")), lambda r: r.who),
        Column(_title(QT_TRANSLATE_NOOP("FollowUpColumns", "What")), lambda r: r.what),
        Column(
            _title(QT_TRANSLATE_NOOP("FollowUpColumns", "By when")),
            lambda r: format_date(r.due),
        ),
        Column(_title(QT_TRANSLATE_NOOP("FollowUpColumns", "Status")), _status_text),
        Column(
            _title(QT_TRANSLATE_NOOP("FollowUpColumns", "Made in")),
            lambda r: conversation_label(r.conversation_kind, r.conversation_held_on),
        ),
    ]  # fmt: skip
    if with_case:
        columns[:0] = [
            Column(_title(QT_TRANSLATE_NOOP("FollowUpColumns", "Case")), lambda r: r.reference),
            Column(_title(QT_TRANSLATE_NOOP("FollowUpColumns", "Pupil")), lambda r: r.pupil),
        ]
    return columns


def fit_agreement_columns(table: QTableView, with_case: bool) -> None:
    """Give "what" the room; long "who" and "made in" texts get a fixed, resizable width."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    first = 2 if with_case else 0
    modes = [QHeaderView.ResizeMode.ResizeToContents] * first + [
        QHeaderView.ResizeMode.Interactive,  # who
        QHeaderView.ResizeMode.Stretch,  # what
        QHeaderView.ResizeMode.ResizeToContents,  # by when
        QHeaderView.ResizeMode.Interactive,  # status (with its note)
        QHeaderView.ResizeMode.Interactive,  # made in
    ]
    for column, mode in enumerate(modes):
        header.setSectionResizeMode(column, mode)
    for offset, width in ((0, 120), (3, 130), (4, 180)):  # the full text shows on hover
        # Never narrower than the column's own title ("Stand van zaken" is wider in Dutch).
        header.resizeSection(first + offset, max(width, header.sectionSizeHint(first + offset)))


@dataclass(frozen=True)
class FollowUpLine:
    """A follow-up of the case and whether it is overdue today."""

    item: FollowUp
    overdue: bool
    case_id: str = ""


def follow_up_columns() -> list[Column]:
    """Planned for, what, with whom, held on, outcome, note."""
    return [
        Column(
            _title(QT_TRANSLATE_NOOP("FollowUpColumns", "Planned for")),
            lambda r: format_date(r.item.planned_on),
        ),
        Column(
            _title(QT_TRANSLATE_NOOP("FollowUpColumns", "What")),
            lambda r: step_words(r.item.step or r.item.kind.value, "follow_up"),
        ),
        Column(
            _title(QT_TRANSLATE_NOOP("FollowUpColumns", "With whom")),
            lambda r: r.item.with_whom,
        ),
        Column(_title(QT_TRANSLATE_NOOP("FollowUpColumns", "Held on")), _held_text),
        Column(
            _title(QT_TRANSLATE_NOOP("FollowUpColumns", "Outcome")),
            lambda r: outcome_label(r.item.outcome),
        ),
        Column(
            _title(QT_TRANSLATE_NOOP("FollowUpColumns", "Note")),
            lambda r: " ".join(r.item.note.split()),
        ),
    ]  # fmt: skip


def _held_text(row: FollowUpLine) -> str:
    if row.item.held_on is not None:
        return format_date(row.item.held_on)
    if row.overdue:
        return QCoreApplication.translate("FollowUpColumns", "not held yet: OVERDUE")
    return QCoreApplication.translate("FollowUpColumns", "planned")
