"""The FTS5 search index: one row per searchable record of a case (its notes, names, answers).

Rows are keyed so that an edit touches only what changed and a search page reads only the
newest matches:

- Every case has a document number `doc` (table `case_search_keys`), ordered like the case list:
  the day it was opened in the high bits, the order of entry within that day in the low bits.
- Every searchable record of the case (the case's reference and title, a participant, a note,
  a conversation, ...) is one FTS row with row id `doc << ITEM_BITS | item`, and its own key
  ("note:<id>") in the unindexed `item` column. The rows of one case are one row-id range.
- Adding a note inserts one small row (`index_item`); `reindex_case` compares the case's records
  with its rows and deletes or inserts only the ones that differ. FTS5 deletes are costly (with
  `secure-delete` every token's page is rewritten), so an unchanged row is never rewritten.
- A search asks FTS5 for row ids only (no content is read) and walks them newest first.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Integer, Select, bindparam, select, text
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
ITEM_BITS = 16  # records per case before its rows are renumbered (see `_renumber`)
DAY_BITS = 20  # cases entered on one opening day
_ITEM_MASK = (1 << ITEM_BITS) - 1
_names = itertools.count(1)


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


def _join(*parts: Any) -> str:
    return "\n".join(str(p) for p in parts if p)


def _answers(answers: Iterable[Any]) -> list[str]:
    return [str(a["value"]) for a in answers if isinstance(a, dict) and a.get("value")]


# What is searchable, one source per kind of record: a query giving (case id, record id, ...)
# and how those columns become the row's text. The same queries index one case or every case.
_Source = tuple[str, Callable[[], Any], Callable[[Sequence[Any]], str]]
_SOURCES: tuple[_Source, ...] = (
    ("case", lambda: select(Case.id, Case.id, Case.reference, Case.title), lambda r: _join(*r)),
    (
        "report",
        lambda: select(Report.case_id, Report.id, Report.description, Report.platforms),
        lambda r: _join(*r),
    ),
    ("note", lambda: select(CaseNote.case_id, CaseNote.id, CaseNote.text), lambda r: _join(*r)),
    (
        "observation",
        lambda: select(Observation.case_id, Observation.id, Observation.note),
        lambda r: _join(*r),
    ),
    (
        "participant",
        lambda: select(
            Participant.case_id, Participant.id, Person.first_name, Person.last_name,
            Participant.note,
        ).join(Person, Person.id == Participant.person_id),
        lambda r: _join(" ".join(str(p) for p in r[:2] if p), r[2]),
    ),
    (
        "agreement",
        lambda: select(Agreement.case_id, Agreement.id, Agreement.what, Agreement.who),
        lambda r: _join(*r),
    ),
    ("followup", lambda: select(FollowUp.case_id, FollowUp.id, FollowUp.note), lambda r: _join(*r)),
    (
        "careteam",
        lambda: select(
            CareTeamConsultation.case_id, CareTeamConsultation.id, CareTeamConsultation.conclusion
        ),
        lambda r: _join(*r),
    ),
    (
        "external",
        lambda: select(ExternalContact.case_id, ExternalContact.id, ExternalContact.note),
        lambda r: _join(*r),
    ),
    (
        "evidence",
        lambda: select(EvidenceItem.case_id, EvidenceItem.id, EvidenceItem.description),
        lambda r: _join(*r),
    ),
    (
        "conversation",
        lambda: select(
            Conversation.case_id, Conversation.id, Conversation.answers, Conversation.summary
        ),
        lambda r: _join(*_answers(r[0] or ()), r[1]),
    ),
    (
        "amendment",
        lambda: select(Conversation.case_id, Amendment.id, Amendment.text).join(Conversation),
        lambda r: _join(*r),
    ),
    (
        "repair",
        lambda: select(RepairAgreement.case_id, RepairAgreement.id, RepairAgreement.engagements),
        lambda r: _join(*(r[0] or ())),
    ),
)


def _case_column(stmt: Select[Any]) -> Any:
    return stmt.selected_columns[0]


def _items(session: Session, case_ids: Sequence[str] | None) -> dict[str, dict[str, str]]:
    """The searchable texts per case: {case id: {item key: text}} (empty texts left out)."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for kind, query, to_text in _SOURCES:
        stmt: Select[Any] = query()
        if case_ids is not None:
            stmt = stmt.where(_case_column(stmt).in_(list(case_ids)))
        for row in session.execute(stmt):
            case_id, ident, columns = row[0], row[1], tuple(row)[2:]
            body = to_text(columns)
            if body.strip():
                found[case_id][f"{kind}:{ident}"] = body
    return found


def doc_range(doc: int) -> tuple[int, int]:
    """The first and last FTS row id of the case with document number `doc`."""
    return doc << ITEM_BITS, (doc << ITEM_BITS) | _ITEM_MASK


def _day_docs(session: Session, day: date) -> int:
    """The highest document number in use on `day` (the day's base when none is)."""
    base = day.toordinal() << DAY_BITS
    found = session.execute(
        text("SELECT max(doc) FROM case_search_keys WHERE doc BETWEEN :lo AND :hi"),
        {"lo": base, "hi": base | ((1 << DAY_BITS) - 1)},
    ).scalar()
    return int(found) if found is not None else base


def _new_doc(session: Session, case_id: str, opened_on: date) -> int:
    doc = _day_docs(session, opened_on) + 1
    session.execute(
        text("INSERT INTO case_search_keys (case_id, doc) VALUES (:id, :doc)"),
        {"id": case_id, "doc": doc},
    )
    return doc


def _doc(session: Session, case_id: str) -> int | None:
    found = session.execute(
        text("SELECT doc FROM case_search_keys WHERE case_id = :id"), {"id": case_id}
    ).scalar()
    return None if found is None else int(found)


def _indexed(session: Session, doc: int) -> dict[str, tuple[int, str]]:
    """The FTS rows of one case: {item key: (row id, text)} (a row-id range: no index scan)."""
    lo, hi = doc_range(doc)
    rows = session.execute(
        text("SELECT rowid, item, text FROM case_search WHERE rowid BETWEEN :lo AND :hi"),
        {"lo": lo, "hi": hi},
    )
    return {str(item): (int(rowid), str(body)) for rowid, item, body in rows}


_INSERT = text("INSERT INTO case_search (rowid, item, text) VALUES (:row, :item, :text)")
_DELETE = text("DELETE FROM case_search WHERE rowid = :row")


def _sync(session: Session, doc: int, wanted: dict[str, str]) -> None:
    """Make the case's FTS rows equal `wanted`, rewriting only the rows that differ."""
    have = _indexed(session, doc)
    lo, hi = doc_range(doc)
    used = [row for row, _ in have.values()]
    free = iter(range(max(used, default=lo) + 1, hi + 1))
    inserts: list[dict[str, Any]] = []
    for item, (row, body) in have.items():
        if wanted.get(item) != body:
            session.execute(_DELETE, {"row": row})
            if item in wanted:
                inserts.append({"row": row, "item": item, "text": wanted[item]})
    for item, body in wanted.items():
        if item not in have:
            new_row = next(free, None)
            if new_row is None:  # the case's range is used up: renumber its rows
                _renumber(session, doc, wanted)
                return
            inserts.append({"row": new_row, "item": item, "text": body})
    if inserts:
        session.execute(_INSERT, inserts)


def _renumber(session: Session, doc: int, wanted: dict[str, str]) -> None:
    lo, hi = doc_range(doc)
    session.execute(
        text("DELETE FROM case_search WHERE rowid BETWEEN :lo AND :hi"), {"lo": lo, "hi": hi}
    )
    session.execute(
        _INSERT,
        [{"row": lo + n, "item": item, "text": body} for n, (item, body) in
         enumerate(wanted.items())],
    )  # fmt: skip


def reindex_case(session: Session, case_id: str) -> None:
    """Bring the search rows of one case up to date (call after every write to the case).

    Only the rows whose text changed are rewritten; a deleted case loses its rows and its key.
    """
    doc = _doc(session, case_id)
    opened_on = session.execute(select(Case.opened_on).where(Case.id == case_id)).scalar()
    if opened_on is None:
        if doc is not None:
            lo, hi = doc_range(doc)
            session.execute(
                text("DELETE FROM case_search WHERE rowid BETWEEN :lo AND :hi"),
                {"lo": lo, "hi": hi},
            )
            session.execute(text("DELETE FROM case_search_keys WHERE doc = :doc"), {"doc": doc})
        return
    if doc is None:
        doc = _new_doc(session, case_id, opened_on)
    _sync(session, doc, _items(session, [case_id]).get(case_id, {}))


def index_item(session: Session, case_id: str, item: str, body: str) -> None:
    """Add or replace one searchable record of a case (a new note), leaving the rest alone.

    Args:
        session: The open unit of work.
        case_id: The case the record belongs to (it must exist and be indexed).
        item: The record's key, "<kind>:<id>" as `reindex_case` names it ("note:<id>").
        body: Its searchable text.
    """
    doc = _doc(session, case_id)
    if doc is None:
        reindex_case(session, case_id)
        return
    lo, hi = doc_range(doc)
    last, existing = session.execute(
        text(
            "SELECT max(rowid), max(CASE WHEN item = :item THEN rowid END) FROM case_search"
            " WHERE rowid BETWEEN :lo AND :hi"
        ),
        {"item": item, "lo": lo, "hi": hi},
    ).one()
    if existing is not None:
        session.execute(_DELETE, {"row": existing})
        row = int(existing)
    elif last is None or last < hi:
        row = lo if last is None else int(last) + 1
    else:
        reindex_case(session, case_id)
        return
    if body.strip():
        session.execute(_INSERT, {"row": row, "item": item, "text": body})


def index_new_cases(session: Session, case_ids: Sequence[str]) -> None:
    """Index cases that have no search rows yet, in bulk (imports, demo data, a new index)."""
    for start in range(0, len(case_ids), 500):
        chunk = list(case_ids[start : start + 500])
        opened: dict[str, date] = {}
        references: dict[str, str] = {}
        for case_id, day, reference in session.execute(
            select(Case.id, Case.opened_on, Case.reference).where(Case.id.in_(chunk))
        ):
            opened[case_id], references[case_id] = day, reference
        items = _items(session, chunk)
        base: dict[date, int] = {}
        keys: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        for case_id in sorted(opened, key=lambda c: (opened[c], references[c])):
            day = opened[case_id]
            if day not in base:
                base[day] = _day_docs(session, day)
            base[day] += 1
            doc = base[day]
            keys.append({"id": case_id, "doc": doc})
            lo, _hi = doc_range(doc)
            rows += [
                {"row": lo + n, "item": item, "text": body}
                for n, (item, body) in enumerate(items.get(case_id, {}).items())
            ]
        if keys:
            session.execute(
                text("INSERT INTO case_search_keys (case_id, doc) VALUES (:id, :doc)"), keys
            )
        if rows:
            session.execute(_INSERT, rows)


def unindexed_case_ids(session: Session) -> list[str]:
    """Cases without search rows (after the index was rebuilt by a schema upgrade)."""
    return list(
        session.execute(
            text(
                "SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM case_search_keys)"
            )
        ).scalars()
    )


def match_expression(query: str) -> str | None:
    """Turn what the user typed into an FTS5 expression: every word, as a prefix (AND).

    Returns None when the text holds no searchable word.
    """
    found = _WORD.findall(query)
    if not found:
        return None
    # Quoted so FTS5 operators (AND, NEAR, *, :) in the user's text are plain words.
    return " ".join(_prefix(word) for word in found)


def _prefix(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def word_expressions(query: str) -> list[str]:
    """One FTS5 prefix expression per word of `query` (a case matches when each word is in one
    of its records, not necessarily the same one)."""
    return [_prefix(word) for word in dict.fromkeys(_WORD.findall(fold(query)))]


def docs_matching(session: Session, expression: str) -> set[int]:
    """Document numbers of the cases with a record matching one FTS5 `expression`."""
    rows = session.execute(
        text("SELECT rowid FROM case_search WHERE case_search MATCH :q"), {"q": expression}
    ).scalars()
    return {row >> ITEM_BITS for row in rows}


def docs_newest_first(
    session: Session, query: str, before: int | None = None
) -> Iterator[int]:
    """Document numbers of the cases matching every word of `query`, newest first.

    Lazy: FTS5 walks its row ids downwards and stops when the caller stops. The rarest word is
    walked; the other words are looked up as sets. `before` skips the documents up to and
    including it (the next page starts after the last document of the previous one).
    """
    expressions = word_expressions(query)
    if not expressions:
        return
    if len(expressions) > 1:
        expressions.sort(key=lambda e: _count(session, e))
    walked = expressions[0]
    others = [docs_matching(session, e) for e in expressions[1:]]
    bound = (before << ITEM_BITS) if before is not None else (1 << 62)
    rows = session.execute(
        text(
            "SELECT rowid FROM case_search WHERE case_search MATCH :q AND rowid < :bound"
            " ORDER BY rowid DESC"
        ),
        {"q": walked, "bound": bound},
    ).scalars()
    last = None
    for row in rows:
        doc = row >> ITEM_BITS
        if doc == last:
            continue
        last = doc
        if all(doc in other for other in others):
            yield doc


def _count(session: Session, expression: str) -> int:
    return int(
        session.execute(
            text("SELECT count(*) FROM case_search WHERE case_search MATCH :q"), {"q": expression}
        ).scalar_one()
    )


def match_docs_sql(expression: str) -> Any:
    """A subquery of the document numbers of the cases with a record matching `expression`."""
    name = f"q{next(_names)}"  # one statement may hold several of these
    return (
        text(f"SELECT rowid >> {ITEM_BITS} AS doc FROM case_search WHERE case_search MATCH :{name}")
        .bindparams(bindparam(name, expression))
        .columns(doc=Integer)
    )


def matching_case_ids(session: Session, query: str) -> set[str] | None:
    """Ids of the cases matching every word of `query`; None when the query has no words."""
    expressions = word_expressions(query)
    if not expressions:
        return None
    docs = set.intersection(*(docs_matching(session, e) for e in expressions))
    return case_ids_for_docs(session, docs)


def case_ids_for_docs(session: Session, docs: Iterable[int]) -> set[str]:
    """The case ids behind document numbers."""
    found: set[str] = set()
    wanted = list(docs)
    for start in range(0, len(wanted), 500):
        found.update(
            session.execute(
                text("SELECT case_id FROM case_search_keys WHERE doc IN :docs").bindparams(
                    bindparam("docs", expanding=True)
                ),
                {"docs": wanted[start : start + 500]},
            ).scalars()
        )
    return found
