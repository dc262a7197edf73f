"""Names of a case's participants for print, and the pseudonymiser (role + initials)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ehbc_desktop.domain.entities import CaseRecord, Participant, Person
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.vocabulary import label


def person_of(record: CaseRecord, participant_id: str) -> Person | None:
    """The person behind a participant id, if the record knows it."""
    for participant in record.participants:
        if participant.id == participant_id:
            return record.people.get(participant.person_id)
    return None


def people_with_role(record: CaseRecord, role: Role) -> list[Person]:
    """The people who have ``role`` in the case, in the record's order."""
    found = []
    for participant in record.participants:
        person = record.people.get(participant.person_id)
        if participant.role is role and person is not None:
            found.append(person)
    return found


def participant_rows(record: CaseRecord, lang: str) -> list[tuple[Participant, Person]]:
    """Participants with their person, victims and bullies first."""
    order = list(Role)
    pairs = [(p, record.people[p.person_id]) for p in record.participants
             if p.person_id in record.people]
    return sorted(pairs, key=lambda pair: order.index(pair[0].role))


def names_of(record: CaseRecord, participant_ids: Iterable[str]) -> str:
    """Full names of participants, comma separated."""
    names = []
    for participant_id in participant_ids:
        person = person_of(record, participant_id)
        if person is not None:
            names.append(person.full_name)
    return ", ".join(names)


_PARTICLES = frozenset({"de", "den", "der", "van", "vande", "vanden", "vander", "von", "le",
                        "la", "du", "di", "da", "ter", "ten", "het", "op", "in", "'t"})


def _initials(name: str) -> str:
    parts = [part for part in re.split(r"[\s\-]+", name) if part]
    return ".".join(part[0].upper() for part in parts) + "." if parts else "?"


def _fold(value: str) -> str:
    """Lower case without accents, one character for one, so positions stay the same."""
    folded = []
    for char in value:
        base = unicodedata.normalize("NFD", char)[0].lower()
        folded.append(base if len(base) == 1 else char)
    return "".join(folded)


class Pseudonymiser:
    """Replaces every name of a case's people by initials and role, also inside free text.

    Full names are replaced before last and first names on their own, so "Lotte Maes",
    "Maes" and "Lotte" all become "L.M. (gepeste)". Matching ignores case and accents (a
    teacher may type "Zoe" for "Zoë") and respects word boundaries, so a name inside a longer
    word is left alone.
    """

    def __init__(self, record: CaseRecord, lang: str, extra_names: Iterable[tuple[str, str]] = ()):
        """Build the replacement table.

        Args:
            record: the case whose participants are pseudonymised.
            lang: language of the role names.
            extra_names: further (name, role label) pairs, such as support figures named only
                on a repair agreement.
        """
        self._table: dict[str, str] = {}  # folded name -> alias
        used: set[str] = set()
        for participant, person in participant_rows(record, lang):
            alias = self._unique(f"{person.initials} ({label(participant.role, lang)})", used)
            self._add_person(person.first_name, person.last_name, alias)
        for name, role_label in extra_names:
            words = name.split()
            if words and _fold(" ".join(words)) not in self._table:
                alias = self._unique(f"{_initials(name)} ({role_label})", used)
                self._add_person(words[0], " ".join(words[1:]), alias)
        keys = sorted(self._table, key=len, reverse=True)
        self._pattern = (
            re.compile(r"\b(" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
                       + r")\b")
            if keys else None
        )

    @staticmethod
    def _unique(alias: str, used: set[str]) -> str:
        candidate, number = alias, 2
        while candidate in used:
            candidate = alias.replace(" (", f"{number} (", 1)
            number += 1
        used.add(candidate)
        return candidate

    def _add_person(self, first: str, last: str, alias: str) -> None:
        # A last name of several words ("De Smet") is also replaced word by word ("Smet"),
        # except for the particles, which are ordinary Dutch words.
        words = [w for w in last.split() if len(w) >= 3 and _fold(w) not in _PARTICLES]
        for name in (f"{first} {last}".strip(), last.strip(), first.strip(), *words):
            if len(name) >= 2:  # one letter would replace ordinary words
                self._table.setdefault(_fold(" ".join(name.split())), alias)

    def __call__(self, value: str) -> str:
        """``value`` with every known name replaced."""
        if self._pattern is None or not value:
            return value
        value = unicodedata.normalize("NFC", value)  # so folding maps one character to one
        folded = _fold(value)
        pieces, last_end = [], 0
        for match in self._pattern.finditer(folded):
            pieces += [value[last_end:match.start()],
                       self._table[re.sub(r"\s+", " ", match.group(0))]]
            last_end = match.end()
        pieces.append(value[last_end:])
        return "".join(pieces)
