"""Which conversation `ehbc render conversation` prints: by id, by its first characters, or the
only one; when that is unclear, an error that says why and lists the case's conversations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ehbc_desktop.services.errors import InvalidInputError

if TYPE_CHECKING:
    from ehbc_desktop.services.documents.documents import ConversationChoice, DocumentService

_MESSAGES = {
    "nl": {
        "none": "Dossier {ref} heeft nog geen gesprekken, dus er is geen gespreksverslag te maken.",
        "choose": "Dossier {ref} heeft {count} gesprekken: kies er een met --conversation ID "
        "(de eerste tekens van het id volstaan).",
        "unknown": "Geen gesprek van dossier {ref} heeft een id dat begint met '{wanted}'. "
        "Kies er een met --conversation ID (de eerste tekens volstaan).",
        "ambiguous": "Meer dan één gesprek van dossier {ref} heeft een id dat begint met "
        "'{wanted}'; typ meer tekens van het id.",
    },
    "en": {
        "none": "Case {ref} has no conversations yet, so there is no conversation report to make.",
        "choose": "Case {ref} has {count} conversations: choose one with --conversation ID "
        "(the first characters of the id are enough).",
        "unknown": "No conversation of case {ref} has an id starting with '{wanted}'. Choose "
        "one with --conversation ID (its first characters are enough).",
        "ambiguous": "More than one conversation of case {ref} has an id starting with "
        "'{wanted}'; type more characters of the id.",
    },
}


class ConversationNotChosenError(InvalidInputError):
    """No single conversation matches; `text` says why, `lines` list the case's conversations."""

    def __init__(self, text: str, lines: list[str]) -> None:
        super().__init__("conversation")
        self.text = text
        self.lines = lines


def conversation_lines(conversations: list[ConversationChoice], lang: str) -> list[str]:
    """`  id  date  kind`: one line per conversation, the id to type for --conversation first."""
    from ehbc_desktop.vocabulary import label

    return [f"  {c.id}  {c.held_on.isoformat()}  {label(c.kind, lang)}" for c in conversations]


def choose_conversation(
    service: DocumentService, case_id: str, reference: str, wanted: str | None, lang: str
) -> str:
    """The id of the conversation `wanted` names (all of its id or its first characters), or
    of the case's only conversation when `wanted` is empty.

    Raises:
        ConversationNotChosenError: none or several match; it lists the conversations.
    """
    conversations = service.conversations(case_id)
    ids = [c.id for c in conversations]
    if wanted:
        found = [i for i in ids if i == wanted] or [i for i in ids if i.startswith(wanted)]
    else:
        found = ids
    if len(found) == 1:
        return found[0]
    if not conversations:
        key = "none"
    elif not wanted:
        key = "choose"
    else:
        key = "ambiguous" if found else "unknown"
    words = _MESSAGES["en" if lang == "en" else "nl"]
    text = words[key].format(ref=reference, count=len(ids), wanted=wanted)
    raise ConversationNotChosenError(text, conversation_lines(conversations, lang))
