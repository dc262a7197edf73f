"""Finding people already known in the vault, to reuse them in a new case."""

from __future__ import annotations

from sqlalchemy import and_, select

from ehbc_desktop.domain.entities import Person
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import mapping
from ehbc_desktop.store import models as m
from ehbc_desktop.store.search import words

MAX_RESULTS = 50


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class PeopleService:
    """Look-ups of people (pupils and adults) across cases."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def find_people(self, text: str) -> list[Person]:
        """People with a name word starting with each word of `text` (accents and case ignored).

        "jan" finds "Janssens", "noe jan" finds "Noé Janssens". Returns at most MAX_RESULTS
        people, sorted by last and first name; none when `text` has no words.
        """
        found = words(text)
        if not found:
            return []
        # name_key is " word word ", so " jan%" anywhere is a word that starts with "jan".
        stmt = (
            select(m.Person)
            .where(and_(*(m.Person.name_key.like(f"% {_escape(w)}%", escape="\\") for w in found)))
            .order_by(m.Person.last_name, m.Person.first_name, m.Person.id)
            .limit(MAX_RESULTS)
        )
        with self._vs.unit() as s:
            return [mapping.to_record(Person, row) for row in s.execute(stmt).scalars()]
