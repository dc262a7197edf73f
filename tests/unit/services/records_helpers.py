"""Shared set-up for the record-keeping service tests: forms, a case with pupils, form answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from ehbc_desktop.domain.entities import AuditEvent
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.formspec import FormSet, FormSpec, load_forms
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit, mapping
from ehbc_desktop.store import models as m

MONDAY = date(2026, 3, 2)  # a Monday in term time
VICTIM = ("Noé", "Janssens")
BULLY = ("Tibo", "Verstraeten")
NAMES = ("Noé", "Janssens", "Tibo", "Verstraeten", "Mireille")


@lru_cache(maxsize=1)
def _forms() -> FormSet:
    return load_forms(None)


def form(form_id: str) -> FormSpec:
    """A built-in form."""
    return _forms().get(form_id)


@dataclass(frozen=True)
class OpenCase:
    """A case with a victim (born 2012) and a bully, and the victim's parent."""

    case_id: str
    victim: str
    bully: str
    parent: str


def open_case(vs: VaultSession, victim_born: date = date(2012, 1, 5)) -> OpenCase:
    """A new OPEN case with victim, bully and the victim's mother."""
    cases = CaseService(vs)
    case_id = cases.create_case(
        "Nepaccount",
        [
            ParticipantInput(*VICTIM, "2B", Role.VICTIM, birth_date=victim_born),
            ParticipantInput(*BULLY, "2B", Role.BULLY, birth_date=date(2011, 6, 1)),
        ],
        opened_on=MONDAY,
    )
    record = cases.get_case(case_id)
    victim, bully = (p.id for p in record.participants)
    parent = cases.add_participant(
        case_id, ParticipantInput("Mireille", "Janssens", role=Role.PARENT, related_to=victim)
    )
    return OpenCase(case_id, victim, bully, parent)


def day(n: int, start: date = MONDAY) -> date:
    """`start` (by default MONDAY) plus n days."""
    return start + timedelta(days=n)


def audit_events(vs: VaultSession) -> list[AuditEvent]:
    """Every audit event, in order."""
    with vs.unit() as s:
        rows = s.execute(select(m.AuditEvent).order_by(m.AuditEvent.seq)).scalars()
        return [mapping.to_record(AuditEvent, r) for r in rows]


def assert_no_names_in_audit(vs: VaultSession) -> None:
    """No audit event carries a pupil's or parent's name, and the chain is whole."""
    with vs.unit() as s:
        assert audit.verify_chain(s) == []
    for event in audit_events(vs):
        for name in NAMES:
            assert name not in event.detail and name not in event.target


def agreement_row(who: str = "Tibo", what: str = "verwijdert het account", by: Any = None) -> dict:
    """One row of an agreements field."""
    return {"who": who, "what": what, "by": by if by is not None else day(7).isoformat()}


def victim_answers(
    c: OpenCase, consent: bool = True, start: date = MONDAY, **extra: Any
) -> dict[str, Any]:
    """A complete answer set for the victim conversation form."""
    values: dict[str, Any] = {
        "held_on": day(1, start),
        "participants": [c.victim],
        "what_happened": "Berichten in de klasgroep",
        "feelings": "bang",
        "wishes": "dat het stopt",
        "praise_given": True,
        "consent_approach_bully": consent,
        "wish_parents_not_involved": False,
        "agreements": [agreement_row("Noé", "meldt nieuwe berichten", day(7, start))],
        "next_date": day(8, start),
    }
    values.update(extra)
    return values


def bully_answers(c: OpenCase, start: date = MONDAY, **extra: Any) -> dict[str, Any]:
    """A complete answer set for the (non-confrontational) bully conversation form."""
    values: dict[str, Any] = {
        "approach": "non_confrontational",
        "held_on": day(2, start),
        "participants": [c.bully],
        "needed_to_stop": "uitleg",
        "bully_side": "het was een grap",
        "behaviour_named": True,
        "engagement": "stopt ermee",
        "involve_parents": False,
        "agreements": [agreement_row(by=day(7, start))],
        "next_date": day(9, start),
    }
    values.update(extra)
    return values


def full_grid(c: OpenCase) -> dict[str, dict[str, str]]:
    """Every restorative question answered by both parties."""
    questions = [o.id for o in form("restorative").field("round").options]  # type: ignore[union-attr]
    return {party: {q: f"antwoord {q}" for q in questions} for party in (c.victim, c.bully)}


def restorative_answers(c: OpenCase, **extra: Any) -> dict[str, Any]:
    """A complete answer set for the restorative conversation form."""
    values: dict[str, Any] = {
        "victim_wants": True,
        "bully_acknowledges": True,
        "held_on": day(3),
        "participants": [c.victim, c.bully],
        "opening_named": "de berichten",
        "aim_explained": True,
        "round": full_grid(c),
        "engagements": "biedt excuses aan\nverwijdert de foto's",
        "support_figures": [{"name": "meester Jan", "role": "klastitularis"}],
        "term": day(17),
        "next_date": day(24),
        "step3_interval": "weeks",
    }
    values.update(extra)
    return values


def parents_answers(c: OpenCase, start: date = MONDAY, **extra: Any) -> dict[str, Any]:
    """A complete answer set for the parents-of-the-victim conversation form."""
    values: dict[str, Any] = {
        "held_on": day(2, start),
        "participants": [c.parent],
        "concerns": "slaapt slecht",
        "contact_how": "phone",
        "contact_person": "juf An",
        "agreements": [agreement_row("school", "belt vrijdag", day(7, start))],
        "next_date": day(9, start),
    }
    values.update(extra)
    return values
