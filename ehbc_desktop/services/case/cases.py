"""Use cases of a case as a whole: open it, name it, its participants, notes, list and read it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import AuditAction, CaseStatus, Classification
from ehbc_desktop.services.case import participants as writes
from ehbc_desktop.services.case.participants import ParticipantInput
from ehbc_desktop.services.case.people import PeopleService
from ehbc_desktop.services.case.timeline import TimelineEntry, build_timeline
from ehbc_desktop.services.errors import (
    CaseConfidentialError,
    CaseNotFoundError,
    InvalidInputError,
    NotFoundError,
)
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit, loader, queries
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow
from ehbc_desktop.store.queries import CaseOrder, CasePage, CaseRow
from ehbc_desktop.store.references import next_reference
from ehbc_desktop.store.search import index_item, reindex_case

# PeopleService is re-exported: the contract lists it with the case services.
__all__ = [
    "CaseOrder",
    "CasePage",
    "CaseRow",
    "CaseService",
    "ParticipantInput",
    "PeopleService",
    "TimelineEntry",
    "touch_case",
]


def touch_case(s: Session, case_id: str) -> m.Case:
    """Mark the case as changed now and return it.

    Raises:
        CaseNotFoundError: no such case; CaseConfidentialError: the case is sealed (read-only).
    """
    case = s.get(m.Case, case_id)
    if case is None:
        raise CaseNotFoundError(case_id)
    if s.get(m.SealedCase, case_id) is not None:
        raise CaseConfidentialError(case_id)
    case.updated_at = utcnow()
    return case


class CaseService:
    """Opening, naming and reading cases; every change and every read is audited."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def _record(
        self, s: Session, action: AuditAction, target: str, case_id: str, detail: str = ""
    ) -> None:
        audit.record(s, self._vs.user, action, target, case_id, detail)

    def create_case(
        self,
        title: str,
        participants: Sequence[ParticipantInput] = (),
        opened_on: date | None = None,
        *,
        status: CaseStatus = CaseStatus.OPEN,
    ) -> str:
        """Open a new case with the next reference of its year; returns the case id.

        `status` (an addition to the contract) lets an intake open a case in OBSERVATION.
        """
        day = opened_on or utcnow().date()
        with self._vs.unit() as s:
            case = m.Case(
                reference=next_reference(s, day.year),
                title=title.strip(),
                status=status,
                opened_on=day,
                close_note="",
            )
            s.add(case)
            s.flush()
            self._record(s, AuditAction.CREATE, f"case:{case.id}", case.id, f"status={status}")
            for p in participants:
                row = writes.add_participant(s, case.id, p)
                self._record(
                    s, AuditAction.CREATE, f"participant:{row.id}", case.id, f"role={row.role}"
                )
            reindex_case(s, case.id)
            return case.id

    def update_case(self, case_id: str, *, title: str) -> None:
        """Rename the case."""
        with self._vs.unit() as s:
            case = touch_case(s, case_id)
            case.title = title.strip()
            self._record(s, AuditAction.EDIT, f"case:{case_id}", case_id, "title")
            reindex_case(s, case_id)

    def add_participant(self, case_id: str, p: ParticipantInput) -> str:
        """Add a person in a role to the case; returns the participant id."""
        with self._vs.unit() as s:
            touch_case(s, case_id)
            row = writes.add_participant(s, case_id, p)
            self._record(
                s, AuditAction.CREATE, f"participant:{row.id}", case_id, f"role={row.role}"
            )
            reindex_case(s, case_id)
            return row.id

    def update_participant(self, participant_id: str, p: ParticipantInput) -> None:
        """Change a participant's details, role, link or note."""
        with self._vs.unit() as s:
            row = s.get(m.Participant, participant_id)
            if row is None:
                raise NotFoundError("participant", participant_id)
            touch_case(s, row.case_id)
            writes.update_participant(s, row, p)
            self._record(
                s, AuditAction.EDIT, f"participant:{row.id}", row.case_id, f"role={row.role}"
            )
            reindex_case(s, row.case_id)

    def remove_participant(self, participant_id: str) -> None:
        """Take a participant off the case (the person stays known for other cases)."""
        with self._vs.unit() as s:
            row = s.get(m.Participant, participant_id)
            if row is None:
                raise NotFoundError("participant", participant_id)
            case_id = row.case_id
            touch_case(s, case_id)
            s.delete(row)
            s.flush()
            self._record(s, AuditAction.DELETE, f"participant:{participant_id}", case_id)
            reindex_case(s, case_id)

    def add_note(self, case_id: str, text: str) -> str:
        """Add a free note to the case's timeline; returns the note id."""
        if not text.strip():
            raise InvalidInputError("text")
        with self._vs.unit() as s:
            touch_case(s, case_id)
            note = m.CaseNote(case_id=case_id, text=text, written_by=self._vs.user)
            s.add(note)
            s.flush()
            self._record(s, AuditAction.CREATE, f"note:{note.id}", case_id)
            index_item(s, case_id, f"note:{note.id}", text)  # only the new note is indexed
            return note.id

    def list_cases(
        self,
        text: str = "",
        statuses: set[CaseStatus] | None = None,
        classifications: set[Classification] | None = None,
        limit: int | None = None,
    ) -> list[CaseRow]:
        """The cases matching every filter, newest first.

        Args:
            text: Words to find (FTS5, each word a prefix, accents and case ignored) in the
                reference, the participants' names and all free text of the case.
            statuses: Only these statuses (None or empty: all).
            classifications: Only cases whose latest triage is one of these.
            limit: At most this many cases, the newest (None: all). Search as you type asks
                for one more than it shows, to know whether to say "more matches".
        """
        with self._vs.unit() as s:
            conditions = queries.case_filters(text, statuses, classifications)
            return queries.case_rows(s, conditions, limit)

    def case_page(
        self,
        text: str = "",
        statuses: set[CaseStatus] | None = None,
        classifications: set[Classification | None] | None = None,
        *,
        limit: int = 100,
        after: int | None = None,
        order: CaseOrder | None = None,
    ) -> CasePage:
        """One page of the case list: what the view shows, never more (built in few queries).

        Args:
            text: Words to find, as in `list_cases`.
            statuses: Only these statuses (None or empty: all).
            classifications: Only these latest classifications; None in the set means none yet.
            limit: Rows on the page.
            after: `CasePage.after` of the page before (None: the first page).
            order: Another order than newest first (a sorted column), or None.
        """
        with self._vs.unit() as s:
            conditions = queries.case_filters("", statuses, classifications)
            if order is None:
                return queries.case_page(s, text, conditions, limit, after)
            matched = queries.search_filter(text) if text.strip() else None
            if matched is not None:
                conditions.append(matched)
            return queries.sorted_case_page(
                s, conditions, order.expressions(), limit, after or 0
            )

    def count_cases(
        self,
        text: str = "",
        statuses: set[CaseStatus] | None = None,
        classifications: set[Classification | None] | None = None,
    ) -> int:
        """How many cases match (the case list's count line)."""
        with self._vs.unit() as s:
            return queries.count_cases(s, queries.case_filters(text, statuses, classifications))

    def case_labels(self) -> list[tuple[str, str]]:
        """(id, "reference  title") of every case, newest first: for a list to pick cases from.

        Three plain columns per case, nothing computed per case, so even 10,000 cases come
        back in a few milliseconds (the case list's rows need names and dates per case).
        """
        with self._vs.unit() as s:
            rows = s.execute(
                select(m.Case.id, m.Case.reference, m.Case.title)
                .order_by(m.Case.opened_on.desc(), m.Case.reference.desc())
            )
            return [(case_id, f"{reference}  {title}") for case_id, reference, title in rows]

    def case_id_for_reference(self, reference: str) -> str:
        """The id of the case with this reference ("2026-0014"); not audited (no case data).

        Raises:
            CaseNotFoundError: no case has this reference (`.reference` holds it).
        """
        with self._vs.unit() as s:
            found = s.execute(
                select(m.Case.id).where(m.Case.reference == reference.strip())
            ).scalar()
        if found is None:
            raise CaseNotFoundError("", reference=reference)
        return str(found)

    def get_case(self, case_id: str) -> CaseRecord:
        """Everything recorded for the case (audited as VIEW)."""
        with self._vs.unit() as s:
            record = self._load(s, case_id)
            self._record(s, AuditAction.VIEW, f"case:{case_id}", case_id)
            return record

    def timeline(self, case_id: str) -> list[TimelineEntry]:
        """The case's dated records, oldest first (audited as VIEW)."""
        with self._vs.unit() as s:
            record = self._load(s, case_id)
            amendments = loader.load_amendments(s, case_id)
            self._record(s, AuditAction.VIEW, f"case:{case_id}", case_id, "timeline")
            return build_timeline(record, amendments)

    @staticmethod
    def _load(s: Session, case_id: str) -> CaseRecord:
        try:
            return loader.load_case_record(s, case_id)
        except loader.CaseNotFoundError:
            raise CaseNotFoundError(case_id) from None
