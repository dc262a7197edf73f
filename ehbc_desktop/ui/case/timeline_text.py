"""Turns a timeline entry (stable keys from the services) into the words a teacher reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.ui.labels import timeline_kind_label
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP

_CONTEXT = "TimelineText"

# Entry titles that are stable keys (enum values); anything else is the teacher's own text.
VALUE_LABELS: dict[str, str] = {
    # who reported
    "victim": QT_TRANSLATE_NOOP("TimelineText", "reported by the victim"),
    "peer": QT_TRANSLATE_NOOP("TimelineText", "reported by a fellow pupil"),
    "parent": QT_TRANSLATE_NOOP("TimelineText", "reported by a parent"),
    "staff": QT_TRANSLATE_NOOP("TimelineText", "reported by a staff member"),
    "anonymous": QT_TRANSLATE_NOOP("TimelineText", "reported anonymously"),
    # classification
    "cyberbullying": QT_TRANSLATE_NOOP("TimelineText", "cyberbullying"),
    "cyber_and_classic": QT_TRANSLATE_NOOP("TimelineText", "cyberbullying and classic bullying"),
    "classic_bullying": QT_TRANSLATE_NOOP("TimelineText", "classic bullying"),
    "conflict": QT_TRANSLATE_NOOP("TimelineText", "conflict, not bullying"),
    # severity
    "mild": QT_TRANSLATE_NOOP("TimelineText", "mild"),
    "moderate": QT_TRANSLATE_NOOP("TimelineText", "moderate"),
    "serious": QT_TRANSLATE_NOOP("TimelineText", "serious"),
    "very_serious": QT_TRANSLATE_NOOP("TimelineText", "very serious"),
    # external bodies
    "police": QT_TRANSLATE_NOOP("TimelineText", "police"),
    "child_focus": QT_TRANSLATE_NOOP("TimelineText", "Child Focus"),
    "clb": QT_TRANSLATE_NOOP("TimelineText", "CLB"),
    # consent and the parents' involvement
    "consents": QT_TRANSLATE_NOOP("TimelineText", "the victim agrees to approach the bully"),
    "refuses": QT_TRANSLATE_NOOP("TimelineText", "the victim does not want the bully approached"),
    "no_parents": QT_TRANSLATE_NOOP("TimelineText", "the pupil asks to leave the parents out"),
    "parents": QT_TRANSLATE_NOOP("TimelineText", "the parents may be involved"),
    # approach
    "non_confrontational_individual": QT_TRANSLATE_NOOP(
        "TimelineText", "non-confrontational, individual"
    ),
    "non_confrontational_group": QT_TRANSLATE_NOOP("TimelineText", "non-confrontational, group"),
    "confrontational": QT_TRANSLATE_NOOP("TimelineText", "confrontational"),
    # conversations
    "bully": QT_TRANSLATE_NOOP("TimelineText", "with the bully"),
    "parents_victim": QT_TRANSLATE_NOOP("TimelineText", "with the victim's parents"),
    "parents_bully": QT_TRANSLATE_NOOP("TimelineText", "with the bully's parents"),
    "parents_other": QT_TRANSLATE_NOOP("TimelineText", "with other parents"),
    "restorative": QT_TRANSLATE_NOOP("TimelineText", "restorative conversation"),
    "group": QT_TRANSLATE_NOOP("TimelineText", "with the group"),
    "follow_up": QT_TRANSLATE_NOOP("TimelineText", "follow-up conversation"),
    "involved": QT_TRANSLATE_NOOP("TimelineText", "with those involved"),
    # warning signs seen during observation
    "low_mood": QT_TRANSLATE_NOOP("TimelineText", "low or changing mood"),
    "physical_changes": QT_TRANSLATE_NOOP("TimelineText", "physical changes"),
    "avoiding_school": QT_TRANSLATE_NOOP("TimelineText", "avoids school"),
    "falling_results": QT_TRANSLATE_NOOP("TimelineText", "falling results"),
    "less_interest": QT_TRANSLATE_NOOP("TimelineText", "less interest in hobbies and friends"),
    "less_media_use": QT_TRANSLATE_NOOP("TimelineText", "uses (social) media less"),
    "not_wanting_to_go_to_school": QT_TRANSLATE_NOOP(
        "TimelineText", "does not want to go to school"
    ),
    "avoiding_devices": QT_TRANSLATE_NOOP("TimelineText", "avoids computer or phone"),
    "restless_sleep": QT_TRANSLATE_NOOP("TimelineText", "sleeps restlessly"),
    "sudden_crying": QT_TRANSLATE_NOOP("TimelineText", "cries suddenly"),
}

# What a follow-up is for: a step of the plan (domain.stepplan.Step) or a FollowUpKind.
FOLLOW_UP_LABELS: dict[str, str] = {
    "report": QT_TRANSLATE_NOOP("TimelineText", "the report"),
    "observation": QT_TRANSLATE_NOOP("TimelineText", "keep observing"),
    "triage": QT_TRANSLATE_NOOP("TimelineText", "decide whether it is bullying"),
    "involved_conversation": QT_TRANSLATE_NOOP("TimelineText", "talk with those involved"),
    "severity": QT_TRANSLATE_NOOP("TimelineText", "severity and care team"),
    "victim_conversation": QT_TRANSLATE_NOOP("TimelineText", "talk with the victim"),
    "parents": QT_TRANSLATE_NOOP("TimelineText", "contact with the parents"),
    "choice": QT_TRANSLATE_NOOP("TimelineText", "choose the approach"),
    "intervention": QT_TRANSLATE_NOOP("TimelineText", "carry out the approach"),
    "other_parents": QT_TRANSLATE_NOOP("TimelineText", "other parents"),
    "aftercare": QT_TRANSLATE_NOOP("TimelineText", "aftercare"),
    "evaluation": QT_TRANSLATE_NOOP("TimelineText", "evaluation: has the bullying stopped?"),
    "close": QT_TRANSLATE_NOOP("TimelineText", "close the case"),
    "general": QT_TRANSLATE_NOOP("TimelineText", "follow-up"),
    "restorative_bully": QT_TRANSLATE_NOOP("TimelineText", "separate talk with the bully"),
    "restorative_victim": QT_TRANSLATE_NOOP("TimelineText", "separate talk with the victim"),
    "group": QT_TRANSLATE_NOOP("TimelineText", "follow-up with the group"),
}

# A conversation with the victim has the key "victim", like the reporter kind above.
_CONVERSATION_VICTIM = QT_TRANSLATE_NOOP("TimelineText", "with the victim")

# Kinds whose title only repeats something shown elsewhere (a reference, an id, a first line).
_TITLE_HIDDEN = frozenset(
    {"case_opened", "opened", "case_closed", "closed", "note", "amendment", "repair_agreement"}
)


def _value(title: str, kind: str) -> str:
    if kind == "conversation" and title == "victim":
        return QCoreApplication.translate(_CONTEXT, _CONVERSATION_VICTIM)
    if kind == "observation":
        return ", ".join(_value(part.strip(), "") for part in title.split(",") if part.strip())
    labels = FOLLOW_UP_LABELS if kind == "follow_up" else VALUE_LABELS
    source = labels.get(title)
    if source is None:
        return title.replace("_", " ") if title.islower() and " " not in title else title
    return QCoreApplication.translate(_CONTEXT, source)


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
