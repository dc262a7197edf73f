"""The guided sequence of a group method in words: each stage with its state and next date."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.group_methods import (
    SEQUENCES,
    STAGE_FORMS,
    SequenceProgress,
    StageState,
)
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.vocabulary import capitalised

_CONTEXT = "GroupSequence"
STAGES = {
    "victim_talk": QT_TRANSLATE_NOOP("GroupSequence", "talk with the bullied pupil"),
    "support_meeting": QT_TRANSLATE_NOOP("GroupSequence", "meeting of the support group"),
    "separate_follow_ups": QT_TRANSLATE_NOOP("GroupSequence", "separate follow-up talks"),
    "bully_talks": QT_TRANSLATE_NOOP("GroupSequence", "a talk with each suspected bully"),
    "bullies_meeting": QT_TRANSLATE_NOOP("GroupSequence", "group meeting of the bullies"),
    "summit": QT_TRANSLATE_NOOP("GroupSequence", "final meeting with the bullied pupil"),
    "preparatory_talks": QT_TRANSLATE_NOOP("GroupSequence", "separate preparatory talks"),
    "circle": QT_TRANSLATE_NOOP("GroupSequence", "the circle"),
    "measure_before": QT_TRANSLATE_NOOP("GroupSequence", "class thermometer before"),
    "class_talk": QT_TRANSLATE_NOOP("GroupSequence", "class talk"),
    "measure_after": QT_TRANSLATE_NOOP("GroupSequence", "class thermometer after"),
}
_MARKS = {StageState.DONE: "✓", StageState.NEXT: "▶", StageState.TODO: "○"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def stage_form_name(form_id: str) -> str:
    """"Method: stage" for a stage form of a group method (the form id when unknown)."""
    method = STAGE_FORMS.get(form_id)
    if method is None:
        return form_id
    stage = next((st for st in SEQUENCES[method] if st.form_id == form_id), None)
    if stage is None:
        return form_id
    return f"{capitalised(method)}: {_tr(STAGES[stage.id])}"


def sequence_text(progress: SequenceProgress | None) -> str:
    """Rich text: the method and its stages (✓ done, ▶ next with its date, ○ later)."""
    if progress is None:
        return ""
    parts = []
    for status in progress.stages:
        name = escape(_tr(STAGES[status.stage.id]))
        if status.state is StageState.NEXT and progress.suggested_on is not None:
            when = QCoreApplication.translate("GroupSequence", "from %1")
            when = when.replace("%1", format_date(progress.suggested_on))
            name = f"<b>{name}</b> ({when})"
        parts.append(f"{_MARKS[status.state]} {name}")
    head = escape(capitalised(progress.method))
    done = QCoreApplication.translate("GroupSequence", "every step done")
    tail = "" if progress.next_stage else " — " + escape(done)
    return f"<b>{head}:</b> " + " · ".join(parts) + tail
