"""Finding people already known in the vault, to reuse them in a new case."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from ehbc_desktop.domain.entities import Person
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import mapping
from ehbc_desktop.store import models as m

MAX_RESULTS = 50


class PeopleService:
    """Look-ups of people (pupils and adults) across cases."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def find_people(self, text: str) -> list[Person]:
        """People whose first name, last name or full name starts with `text` (case-insensitive).

        Returns at most MAX_RESULTS people, sorted by last and first name; none for empty text.
        """
        needle = text.strip().lower()
        if not needle:
            return []
        pattern = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        full = func.lower(m.Person.first_name + " " + m.Person.last_name)
        stmt = (
            select(m.Person)
            .where(
                or_(
                    func.lower(m.Person.first_name).like(pattern, escape="\\"),
                    func.lower(m.Person.last_name).like(pattern, escape="\\"),
                    full.like(pattern, escape="\\"),
                )
            )
            .order_by(m.Person.last_name, m.Person.first_name, m.Person.id)
            .limit(MAX_RESULTS)
        )
        with self._vs.unit() as s:
            return [mapping.person(row) for row in s.execute(stmt).scalars()]
