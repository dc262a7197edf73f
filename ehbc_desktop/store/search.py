"""The FTS5 search index: one row per case with its reference, names and free text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session

from ehbc_desktop.store.models import (
    Agreement,
    Amendment,
    CareTeamConsultation,
    Case,
    CaseNote,
    Conversation,
    EvidenceItem,
    ExternalContact,
    FollowUp,
    Observation,
    Participant,
    Person,
    RepairAgreement,
    Report,
)

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(value: str) -> str:
    """Lower case without accents ("Noé" -> "noe"), the way the search index compares text."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(value: str) -> list[str]:
    """The searchable words of `value`, folded."""
    return _WORD.findall(fold(value))


def name_key(first_name: str, last_name: str) -> str:
    """The folded name a person is looked up by, with a space before every word."""
    return " " + " ".join(words(f"{first_name} {last_name}")) + " "


def _texts(session: Session, stmt: Select[Any]) -> list[str]:
    return [str(value) for value in session.execute(stmt).scalars() if value]


def _answer_texts(answers: Iterable[Any]) -> list[str]:
    found: list[str] = []
    for answer in answers:
        if isinstance(answer, dict) and answer.get("value"):
            found.append(str(answer["value"]))
    return found


def _body(session: Session, case_id: str) -> str:
    """All free text of a case, joined; what the teacher may type to find it again."""
    parts: list[str] = []
    parts += _texts(session, select(Case.title).where(Case.id == case_id))
    parts += _texts(session, select(Report.description).where(Report.case_id == case_id))
    parts += _texts(session, select(Report.platforms).where(Report.case_id == case_id))
    parts += _texts(session, select(CaseNote.text).where(CaseNote.case_id == case_id))
    parts += _texts(session, select(Observation.note).where(Observation.case_id == case_id))
    parts += _texts(session, select(Participant.note).where(Participant.case_id == case_id))
    parts += _texts(session, select(Agreement.what).where(Agreement.case_id == case_id))
    parts += _texts(session, select(Agreement.who).where(Agreement.case_id == case_id))
    parts += _texts(session, select(FollowUp.note).where(FollowUp.case_id == case_id))
    parts += _texts(
        session,
        select(CareTeamConsultation.conclusion).where(CareTeamConsultation.case_id == case_id),
    )
    parts += _texts(session, select(ExternalContact.note).where(ExternalContact.case_id == case_id))
    parts += _texts(
        session, select(EvidenceItem.description).where(EvidenceItem.case_id == case_id)
    )
    for conversation in session.execute(
        select(Conversation).where(Conversation.case_id == case_id)
    ).scalars():
        parts += _answer_texts(conversation.answers)
        if conversation.summary:
            parts.append(conversation.summary)
    parts += _texts(
        session,
        select(Amendment.text).join(Conversation).where(Conversation.case_id == case_id),
    )
    for repair in session.execute(
        select(RepairAgreement.engagements).where(RepairAgreement.case_id == case_id)
    ).scalars():
        parts += [str(item) for item in repair if item]
    return "\n".join(parts)


def _search_doc(session: Session, case_id: str) -> int:
    """The FTS row id of a case, registered in `case_search_keys` on first use.

    FTS5 can not index its `case_id` column, so finding a case's row by that column scans the
    whole index (about 10 ms at 10,000 cases, on every edit); the key table makes it a lookup.
    """
    doc = session.execute(
        text("SELECT doc FROM case_search_keys WHERE case_id = :id"), {"id": case_id}
    ).scalar()
    if doc is None:
        doc = session.execute(
            text("SELECT coalesce(max(doc), 0) + 1 FROM case_search_keys")
        ).scalar_one()
        session.execute(
            text("INSERT INTO case_search_keys (case_id, doc) VALUES (:id, :doc)"),
            {"id": case_id, "doc": doc},
        )
    return int(doc)


def register_new_rows(session: Session, after_doc: int) -> None:
    """Register the FTS rows inserted in bulk after row id `after_doc` in `case_search_keys`."""
    session.execute(
        text(
            "INSERT INTO case_search_keys (case_id, doc)"
            " SELECT case_id, rowid FROM case_search WHERE rowid > :after"
        ),
        {"after": after_doc},
    )


def last_doc(session: Session) -> int:
    """The highest FTS row id in use (0 when the index is empty)."""
    return int(session.execute(text("SELECT coalesce(max(doc), 0) FROM case_search_keys"))
               .scalar_one())


def reindex_case(session: Session, case_id: str) -> None:
    """Rebuild the search row of one case (call after every write to the case)."""
    doc = _search_doc(session, case_id)
    session.execute(text("DELETE FROM case_search WHERE rowid = :doc"), {"doc": doc})
    reference = session.execute(select(Case.reference).where(Case.id == case_id)).scalar()
    if reference is None:  # the case is gone: its row stays deleted, and so does its key
        session.execute(text("DELETE FROM case_search_keys WHERE doc = :doc"), {"doc": doc})
        return
    names = session.execute(
        select(Person.first_name, Person.last_name)
        .join(Participant, Participant.person_id == Person.id)
        .where(Participant.case_id == case_id)
    ).all()
    session.execute(
        text(
            "INSERT INTO case_search (rowid, case_id, reference, names, body)"
            " VALUES (:doc, :id, :reference, :names, :body)"
        ),
        {
            "doc": doc,
            "id": case_id,
            "reference": reference,
            "names": " ".join(f"{first} {last}" for first, last in names),
            "body": _body(session, case_id),
        },
    )


def match_expression(query: str) -> str | None:
    """Turn what the user typed into an FTS5 expression: every word, as a prefix (AND).

    Returns None when the text holds no searchable word.
    """
    words = _WORD.findall(query)
    if not words:
        return None
    # Quoted so FTS5 operators (AND, NEAR, *, :) in the user's text are plain words.
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def matching_case_ids(session: Session, query: str) -> set[str] | None:
    """Ids of the cases whose index row matches `query`; None when the query has no words."""
    expression = match_expression(query)
    if expression is None:
        return None
    rows = session.execute(
        text("SELECT case_id FROM case_search WHERE case_search MATCH :q"), {"q": expression}
    )
    return {str(case_id) for (case_id,) in rows}
