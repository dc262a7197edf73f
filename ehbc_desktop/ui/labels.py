"""Display names for the domain's enums (from the vocabulary) and the timeline's entry kinds."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.enums import CaseStatus, Classification, Role
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.vocabulary import capitalised

_CONTEXT = "Labels"

TIMELINE_KIND_LABELS: dict[str, str] = {
    "case_opened": QT_TRANSLATE_NOOP("Labels", "Case opened"),
    "opened": QT_TRANSLATE_NOOP("Labels", "Case opened"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "report": QT_TRANSLATE_NOOP("Labels", "Report"),
    "triage": QT_TRANSLATE_NOOP("Labels", "Triage"),
    "severity": QT_TRANSLATE_NOOP("Labels", "Severity"),
    "care_team": QT_TRANSLATE_NOOP("Labels", "Care team"),
    "external": QT_TRANSLATE_NOOP("Labels", "External contact"),
    "consent": QT_TRANSLATE_NOOP("Labels", "Consent"),
    "approach": QT_TRANSLATE_NOOP("Labels", "Approach"),
    "conversation": QT_TRANSLATE_NOOP("Labels", "Conversation"),
    "agreement": QT_TRANSLATE_NOOP("Labels", "Agreement"),
    "repair_agreement": QT_TRANSLATE_NOOP("Labels", "Repair agreement"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    "observation": QT_TRANSLATE_NOOP("Labels", "Observation"),
    "evidence": QT_TRANSLATE_NOOP("Labels", "Evidence"),
    "case_closed": QT_TRANSLATE_NOOP("Labels", "Case closed"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Case closed"),
    "parent_wish": QT_TRANSLATE_NOOP("Labels", "Parents' involvement"),
    "parent_override": QT_TRANSLATE_NOOP("Labels", "Parents involved after all"),
    "amendment": QT_TRANSLATE_NOOP("Labels", "Correction"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_label(status: CaseStatus) -> str:
    """The status as the teacher reads it."""
    return capitalised(status)


def classification_label(classification: Classification | None) -> str:
    """The classification, or a dash-free "not yet classified" text."""
    if classification is None:
        return _tr(QT_TRANSLATE_NOOP("Labels", "Not yet classified"))
    return capitalised(classification)


def role_label(role: Role) -> str:
    """A participant's role as the teacher reads it."""
    return capitalised(role)


def timeline_kind_label(kind: str) -> str:
    """What kind of entry a timeline row is; unknown kinds show as they are."""
    source = TIMELINE_KIND_LABELS.get(kind)
    return _tr(source) if source else kind.replace("_", " ")


def format_date(value: date | None) -> str:
    """A calendar day as dd-mm-yyyy (how Flemish schools write dates), or empty."""
    # Not `strftime`: with PySide6 loaded every call imports `time` through its import hook,
    # about 0.1 ms, and a list formats hundreds of dates on the GUI thread.
    return f"{value.day:02d}-{value.month:02d}-{value.year}" if value else ""


def format_datetime(value: datetime | None) -> str:
    """A moment in local time as dd-mm-yyyy hh:mm, or empty.

    Records that only know their day (a conversation held on a date) arrive as midnight UTC;
    they show as that day, without an invented time.
    """
    if value is None:
        return ""
    if value.tzinfo is not None and value.astimezone(UTC).time() == time(0):
        return format_date(value.astimezone(UTC).date())
    local = value.astimezone()
    return f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"
