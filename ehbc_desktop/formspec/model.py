"""Typed, frozen definitions of a form: the form, its pages, fields, options and texts."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from enum import StrEnum

from ehbc_desktop.domain.enums import ConversationKind


class IntakeKind(StrEnum):
    """Forms that are not conversations: the intake and decision steps of a case."""

    REPORT = "report"
    TRIAGE = "triage"
    SEVERITY = "severity"
    CHOICE = "choice"
    OBSERVATION = "observation"


class FieldType(StrEnum):
    """What a field asks for; decides the widget, the value shape and the checks."""

    TEXT = "text"  # one line; value: str
    TEXTAREA = "textarea"  # several lines; value: str
    DATE = "date"  # value: datetime.date or an ISO "YYYY-MM-DD" string
    CHOICE = "choice"  # one option; value: option id
    MULTICHOICE = "multichoice"  # several options; value: list of option ids
    CHECKLIST = "checklist"  # tick items; value: list of option ids
    YESNO = "yesno"  # value: bool
    TRISTATE = "tristate"  # value: "yes" | "no" | "unclear"
    SCALE = "scale"  # ordered options, low to high; value: option id
    AGREEMENTS = "agreements"  # rows {"who", "what", "by"}; value: list of dicts
    PARTICIPANTS = "participants"  # value: list of participant ids of the case
    GRID = "grid"  # value: {party id: {question id: answer text}}
    SUPPORT_FIGURES = "support_figures"  # rows {"name", "role"}; value: list of dicts


#: Field types whose definition must carry `options` (for a grid: the questions, its rows).
OPTION_TYPES = frozenset(
    {
        FieldType.CHOICE,
        FieldType.MULTICHOICE,
        FieldType.CHECKLIST,
        FieldType.SCALE,
        FieldType.GRID,
    }
)

#: The answers a tristate field takes (same values as domain CriterionAnswer).
TRISTATE_VALUES = ("yes", "no", "unclear")


@dataclass(frozen=True, slots=True)
class Text:
    """A user-facing text in both languages of the program."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        """The text in `lang` ("en", "en_GB", ... give English; anything else Dutch)."""
        return self.en if lang.lower().startswith("en") else self.nl


@dataclass(frozen=True, slots=True)
class OptionSpec:
    """One option of a choice, checklist or scale, or one question of a grid."""

    id: str
    label: Text
    help: Text | None = None


@dataclass(frozen=True, slots=True)
class Condition:
    """`field` must hold `value` (list values: contain it); `negate` turns that around."""

    field: str
    value: str | bool
    negate: bool = False  # written `not_equals = ...` in the file


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One question of a page."""

    id: str
    type: FieldType
    label: Text
    help: Text | None = None
    required: bool = False
    required_when: Condition | None = None
    shown_when: Condition | None = None
    options: tuple[OptionSpec, ...] = ()
    roles: tuple[str, ...] = ()  # participants: which roles may be picked; grid: default parties
    handout: bool = False  # checklist: the ticked items can be printed as a handout for the pupil
    enum: builtins.type[StrEnum] | None = None  # the domain enum the option ids are values of

    def option(self, option_id: str) -> OptionSpec | None:
        """The option with this id, or None."""
        for option in self.options:
            if option.id == option_id:
                return option
        return None


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One step of the wizard: guidance beside a group of questions."""

    id: str
    title: Text
    guidance: Text | None
    fields: tuple[FieldSpec, ...]
    shown_when: Condition | None = None  # given to every field of the page (they have none)


@dataclass(frozen=True, slots=True)
class FormSpec:
    """A whole form: the definition behind one wizard, its report and its blank paper form."""

    id: str
    version: int
    kind: str
    title: Text
    intro: Text | None
    rules: tuple[str, ...]
    pages: tuple[PageSpec, ...]

    @property
    def conversation_kind(self) -> ConversationKind | None:
        """The conversation kind of this form, or None for an intake form."""
        try:
            return ConversationKind(self.kind)
        except ValueError:
            return None

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        """Every field of every page, in order."""
        return tuple(field for page in self.pages for field in page.fields)

    def field(self, field_id: str) -> FieldSpec | None:
        """The field with this id, or None."""
        for field in self.fields:
            if field.id == field_id:
                return field
        return None

    def page(self, page_id: str) -> PageSpec | None:
        """The page with this id, or None."""
        for page in self.pages:
            if page.id == page_id:
                return page
        return None


#: Every value `kind` may take.
FORM_KINDS = frozenset({k.value for k in ConversationKind} | {k.value for k in IntakeKind})
