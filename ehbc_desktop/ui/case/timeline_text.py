"""Turns a timeline entry (stable keys from the services) into the words a teacher reads."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    Classification,
    ConversationKind,
    ExternalBody,
    FollowUpKind,
    ReporterKind,
    Severity,
    WarningSign,
)
from ehbc_desktop.domain.stepplan import Step
from ehbc_desktop.ui.labels import timeline_kind_label
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.vocabulary import label_of

_CONTEXT = "TimelineText"

# Entry titles that are stable keys: an enum value of the entry's kind (its word comes from the
# vocabulary), or one of the few keys below; anything else is the teacher's own text.
_KIND_ENUMS: dict[str, tuple[type[StrEnum], ...]] = {
    "report": (ReporterKind,),
    "triage": (Classification,),
    "severity": (Severity,),
    "external": (ExternalBody,),
    "approach": (ApproachChoice,),
    "conversation": (ConversationKind,),
    "follow_up": (FollowUpKind, Step),
}

# Consent and the parents' involvement are stored as these keys, not as domain enums.
OTHER_KEYS: dict[str, str] = {
    "consents": QT_TRANSLATE_NOOP("TimelineText", "the victim agrees to approach the bully"),
    "refuses": QT_TRANSLATE_NOOP("TimelineText", "the victim does not want the bully approached"),
    "no_parents": QT_TRANSLATE_NOOP("TimelineText", "the pupil asks to leave the parents out"),
    "parents": QT_TRANSLATE_NOOP("TimelineText", "the parents may be involved"),
    "restorative_step3": QT_TRANSLATE_NOOP(
        "TimelineText", "separate talks after the restorative conversation"
    ),
}

# Kinds whose title only repeats something shown elsewhere (a reference, an id, a first line).
_TITLE_HIDDEN = frozenset(
    {"case_opened", "opened", "case_closed", "closed", "note", "amendment", "repair_agreement"}
)


def _value(title: str, kind: str) -> str:
    if kind == "observation":  # several warning signs, comma-separated
        parts = (part.strip() for part in title.split(","))
        return ", ".join(_word(part, (WarningSign,)) for part in parts if part)
    return _word(title, _KIND_ENUMS.get(kind, ()))


def _word(title: str, enums: tuple[type[StrEnum], ...]) -> str:
    for enum in enums:
        word = label_of(enum, title)
        if word is not None:
            return word
    if title in OTHER_KEYS:
        return QCoreApplication.translate(_CONTEXT, OTHER_KEYS[title])
    return title.replace("_", " ") if title.islower() and " " not in title else title


def due_text(step: str, kind: str = "follow_up", detail: str = "") -> str:
    """What a dashboard line is about: a follow-up step or an agreement, with its details."""
    if kind == "agreement" or step == "agreement":
        label = timeline_kind_label("agreement")
        return f"{label}: {detail}" if detail else label
    shown = _value(step, "follow_up") if step else timeline_kind_label("follow_up")
    return f"{shown} ({detail})" if detail else shown


def timeline_texts(kind: str, title: str, detail: str) -> tuple[str, str]:
    """The "what" column and the text column for one entry."""
    detail = " ".join(detail.split())
    if kind in _TITLE_HIDDEN or not title:
        return timeline_kind_label(kind), detail
    shown = _value(title, kind)
    if not detail:
        return timeline_kind_label(kind), shown
    if kind == "agreement":  # title: what, detail: who
        return timeline_kind_label(kind), f"{shown} ({detail})"
    joiner = " " if shown.endswith((".", "!", "?", ":")) else ": "
    return timeline_kind_label(kind), f"{shown}{joiner}{detail}"
