"""What the document picker shows: each printable document, what it needs, and the requests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ehbc_desktop.domain.enums import ConversationKind
from ehbc_desktop.reports.registry import DOCUMENTS

CASE_DOCUMENTS = frozenset({"repair-agreement", "follow-up-plan", "conversation", "case-summary"})
ADMIN_DOCUMENTS = frozenset({"recovery-sheet"})
# Documents that carry case data or a secret (blanks and handouts carry neither).
PRIVATE_DOCUMENTS = CASE_DOCUMENTS | ADMIN_DOCUMENTS
# Handouts that, asked for with a case, carry what was discussed with its pupil or parents.
PERSONAL_HANDOUTS = frozenset({"pupil-handout", "parent-handout"})
SUMMARY_OPTIONS = frozenset({"pseudonymise", "include_images", "include_custody"})
LANGUAGES = ("nl", "en")


class Unavailable(StrEnum):
    """Why a document can not be made for a case right now (stable keys for the UI)."""

    NO_REPAIR_AGREEMENT = "no_repair_agreement"
    NO_CONVERSATION = "no_conversation"
    NOT_ADMIN = "not_admin"


@dataclass(frozen=True, slots=True)
class DocumentChoice:
    """One printable document as the picker lists it.

    Attributes:
        id: the document id (reports.registry).
        title: its title in the language asked for.
        needs_case: made from a case (else: handouts, blanks, the recovery sheet).
        needs_conversation: the conversation report: pick one of the case's conversations.
        needs_form: the blank conversation form: pick a form.
        confidential: holds case data or a secret; saving it to disk deserves a warning.
        options: option names the document takes ("pseudonymise", "include_images").
        unavailable: why it can not be made now (None: it can).
    """

    id: str
    title: str
    needs_case: bool
    needs_conversation: bool = False
    needs_form: bool = False
    confidential: bool = True
    options: frozenset[str] = frozenset()
    unavailable: Unavailable | None = None


@dataclass(frozen=True, slots=True)
class ConversationChoice:
    """One conversation of a case, for the picker (no answers, no names)."""

    id: str
    kind: ConversationKind
    held_on: date
    finished: bool


@dataclass(frozen=True, slots=True)
class FormChoice:
    """A conversation form that can be printed blank."""

    id: str
    title: str


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """Which document to make, for what, and how.

    Attributes:
        document_id: the document id (reports.registry).
        case_id: the case (documents that need one).
        conversation_id: the conversation (the conversation report).
        form_id: the form (the blank conversation form).
        lang: "nl" or "en".
        pseudonymise: case summary: initials and roles instead of names.
        include_images: case summary: print evidence pictures.
        audience: case summary: for whom it is made (printed when given).
        include_custody: case summary: the chain of custody of every evidence item (for the
            police or the CLB).
    """

    document_id: str
    case_id: str | None = None
    conversation_id: str | None = None
    form_id: str | None = None
    lang: str = "nl"
    pseudonymise: bool = False
    include_images: bool = False
    audience: str = ""
    include_custody: bool = False


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    """A rendered document, in memory only until the user saves it.

    Attributes:
        document_id: the document id.
        title: its title in its language.
        pdf: the PDF bytes.
        case_id: the case it was made from, if any.
        reference: that case's reference ("" without a case).
        confidential: see DocumentChoice.confidential.
        images_included: evidence pictures printed (case summary).
        images_left_out: pictures asked for but left out (in confidence or unreadable).
        images_unavailable: pictures were asked for but no evidence reader was available, so the
            summary lists evidence by description only.
    """

    document_id: str
    title: str
    pdf: bytes
    case_id: str | None = None
    reference: str = ""
    confidential: bool = True
    images_included: int = 0
    images_left_out: int = 0
    images_unavailable: bool = False

    def suggested_file_name(self) -> str:
        """A file name without any name of a person: reference and document id."""
        stem = f"{self.reference}-{self.document_id}" if self.reference else self.document_id
        return f"{stem}.pdf"


def document_choices(lang: str, is_admin: bool) -> list[DocumentChoice]:
    """Every document in the registry's order; the recovery sheet only for administrators."""
    choices = []
    for info in DOCUMENTS:
        if info.id in ADMIN_DOCUMENTS and not is_admin:
            continue
        choices.append(DocumentChoice(
            id=info.id,
            title=info.title(lang),
            needs_case=info.id in CASE_DOCUMENTS,
            needs_conversation=info.id == "conversation",
            needs_form=info.id == "blank-conversation",
            confidential=info.id in PRIVATE_DOCUMENTS,
            options=SUMMARY_OPTIONS if info.id == "case-summary" else frozenset(),
        ))
    return choices
