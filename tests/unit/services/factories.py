"""Small builders for service tests: fictitious pupils and records added straight to the store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from ehbc_desktop.domain.enums import AgreementStatus, Classification, Role
from ehbc_desktop.services.case.cases import ParticipantInput
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m


def victim(first: str = "Noé", last: str = "Janssens", class_name: str = "2B") -> ParticipantInput:
    """A fictitious victim."""
    return ParticipantInput(first, last, class_name, Role.VICTIM)


def bully(
    first: str = "Tibo", last: str = "Verstraeten", class_name: str = "2B"
) -> ParticipantInput:
    """A fictitious bully."""
    return ParticipantInput(first, last, class_name, Role.BULLY)


def add_follow_up(
    vs: VaultSession, case_id: str, planned_on: date, held_on: date | None = None, step: str = ""
) -> str:
    """A follow-up written straight to the store (its service comes in a later foundation)."""
    with vs.sessions.begin() as s:
        row = m.FollowUp(
            case_id=case_id,
            planned_on=planned_on,
            held_on=held_on,
            step=step,
            with_whom="",
            note="",
        )
        s.add(row)
        s.flush()
        return row.id


def add_agreement(
    vs: VaultSession,
    case_id: str,
    due: date,
    status: AgreementStatus = AgreementStatus.OPEN,
    what: str = "blokkeert het account",
) -> str:
    """An agreement written straight to the store."""
    with vs.sessions.begin() as s:
        row = m.Agreement(
            case_id=case_id, who="Tibo", what=what, due=due, status=status, status_note=""
        )
        s.add(row)
        s.flush()
        return row.id


def add_triage(
    vs: VaultSession, case_id: str, classification: Classification, minutes: int
) -> None:
    """A triage written straight to the store, `minutes` after a fixed moment."""
    at = datetime(2026, 1, 10, 9, 0, tzinfo=UTC) + timedelta(minutes=minutes)
    with vs.sessions.begin() as s:
        s.add(
            m.Triage(
                case_id=case_id,
                decided_at=at,
                criteria={},
                digital=True,
                features=[],
                proposed=classification,
                classification=classification,
                override_reason="",
                note="",
                decided_by="juf.an",
            )
        )
