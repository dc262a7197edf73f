"""The kinds of conversation a teacher can start, with a one-line explanation of each."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.enums import ConversationKind
from ehbc_desktop.domain.group_methods import STAGE_FORMS
from ehbc_desktop.ui.group.sequence_text import stage_form_name
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP

_CONTEXT = "ConversationKinds"


@dataclass(frozen=True)
class KindInfo:
    """One kind: its form id (the kind's value), its name and what it is for (source texts)."""

    kind: ConversationKind
    name: str
    explanation: str

    @property
    def form_id(self) -> str:
        """The form of this kind in forms/."""
        return self.kind.value


KINDS: tuple[KindInfo, ...] = (
    KindInfo(ConversationKind.VICTIM,
        QT_TRANSLATE_NOOP("ConversationKinds", "Conversation with the victim"),
        QT_TRANSLATE_NOOP("ConversationKinds",
            "Listen, summarise, ask further: what happened, how the pupil feels, what helps now.")),
    KindInfo(ConversationKind.BULLY,
        QT_TRANSLATE_NOOP("ConversationKinds", "Conversation with the bully"),
        QT_TRANSLATE_NOOP("ConversationKinds",
            "Only with the victim's consent; keep to the approach chosen at the choice moment.")),
    KindInfo(ConversationKind.PARENTS_VICTIM,
        QT_TRANSLATE_NOOP("ConversationKinds", "Parents of the victim"),
        QT_TRANSLATE_NOOP("ConversationKinds",
            "A warm first talk with the parents: their child's wellbeing comes first.")),
    KindInfo(ConversationKind.PARENTS_BULLY,
        QT_TRANSLATE_NOOP("ConversationKinds", "Parents of the bully"),
        QT_TRANSLATE_NOOP("ConversationKinds",
            "Tell the parents what happened and agree together on what their child needs.")),
    KindInfo(ConversationKind.PARENTS_OTHER,
        QT_TRANSLATE_NOOP("ConversationKinds", "Other parents"),
        QT_TRANSLATE_NOOP("ConversationKinds",
            "Parents of bystanders or classmates who are worried or ask questions.")),
    KindInfo(ConversationKind.RESTORATIVE,
        QT_TRANSLATE_NOOP("ConversationKinds", "Restorative conversation"),
        QT_TRANSLATE_NOOP("ConversationKinds",
            "Victim and bully together, when both want it; ends in a repair agreement.")),
    KindInfo(ConversationKind.GROUP,
        QT_TRANSLATE_NOOP("ConversationKinds", "Group work with the class"),
        QT_TRANSLATE_NOOP("ConversationKinds",
            "A method with the class or group (No Blame, Pikas, circle ...), with class "
            "agreements and aftercare.")),
    KindInfo(ConversationKind.FOLLOW_UP,
        QT_TRANSLATE_NOOP("ConversationKinds", "Follow-up talk"),
        QT_TRANSLATE_NOOP("ConversationKinds",
            "A planned check: are the agreements kept, has the bullying stopped?")),
    KindInfo(ConversationKind.INVOLVED,
        QT_TRANSLATE_NOOP("ConversationKinds", "Talk with those involved"),
        QT_TRANSLATE_NOOP("ConversationKinds",
            "For a quarrel or classic bullying: hear everyone and agree on what happens next.")),
)  # fmt: skip

_BY_KIND = {info.kind: info for info in KINDS}
_VALUES = frozenset(k.value for k in ConversationKind)


def kind_name(kind: ConversationKind | str) -> str:
    """The translated name of a kind, or of a group method's stage form (its key when unknown)."""
    if str(kind) in STAGE_FORMS:
        return stage_form_name(str(kind))
    info = _BY_KIND.get(ConversationKind(kind)) if str(kind) in _VALUES else None
    return QCoreApplication.translate(_CONTEXT, info.name) if info else str(kind)


def kind_explanation(kind: ConversationKind) -> str:
    """The translated one-line explanation of a kind."""
    return QCoreApplication.translate(_CONTEXT, _BY_KIND[kind].explanation)


def is_conversation_form(form_id: str) -> bool:
    """Whether a draft's form id is a conversation form (a group method's stages too)."""
    return form_id in _VALUES or form_id in STAGE_FORMS
