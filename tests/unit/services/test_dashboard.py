"""The dashboard: counts, what is due today or overdue, and open cases without a next step."""

from __future__ import annotations

from datetime import date

from ehbc_desktop.domain.enums import AgreementStatus, CaseStatus
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.case.dashboard import DashboardService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from tests.builders.inputs import bully, victim
from tests.builders.vault import add_agreement, add_follow_up

TODAY = date(2026, 3, 10)


def _close(vs: VaultSession, case_id: str) -> None:
    with vs.sessions.begin() as s:
        case = s.get(m.Case, case_id)
        assert case is not None
        case.status = CaseStatus.CLOSED


def test_due_today_overdue_and_without_next_step(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    due_today = cases.create_case("vandaag", [bully(), victim("Mila", "Claes")])
    overdue = cases.create_case("te laat", [victim("Finn", "Maes")])
    planned = cases.create_case("gepland", [victim()])
    idle = cases.create_case("niets", [victim()], status=CaseStatus.OBSERVATION)
    closed = cases.create_case("dicht", [victim()])

    add_follow_up(vault_session, due_today, TODAY, step="victim_talk")
    add_follow_up(vault_session, overdue, date(2026, 3, 1))
    add_follow_up(vault_session, overdue, date(2026, 2, 1), held_on=date(2026, 2, 1))
    add_agreement(vault_session, overdue, date(2026, 3, 9), what="wist de foto's")
    add_agreement(vault_session, planned, date(2026, 3, 1), status=AgreementStatus.DONE)
    add_follow_up(vault_session, planned, date(2026, 3, 20))
    add_follow_up(vault_session, idle, date(2026, 3, 1), held_on=date(2026, 3, 2))
    add_follow_up(vault_session, closed, date(2026, 3, 1))
    _close(vault_session, closed)

    board = DashboardService(vault_session).summary(TODAY)

    assert board.open_cases == 3
    assert board.observation_cases == 1
    assert [(i.case_id, i.step, i.pupil) for i in board.due_today] == [
        (due_today, "victim_talk", "Mila Claes")
    ]
    assert [(i.case_id, i.kind, i.due) for i in board.overdue] == [
        (overdue, "follow_up", date(2026, 3, 1)),
        (overdue, "agreement", date(2026, 3, 9)),
    ]
    assert board.overdue[1].detail == "wist de foto's"
    assert board.overdue[0].pupil == "Finn Maes"
    # A follow-up due today is a next step; an overdue one is not; closed cases never count.
    assert {row.id for row in board.without_next_step} == {overdue, idle}


def test_empty_vault(vault_session: VaultSession) -> None:
    board = DashboardService(vault_session).summary(TODAY)
    assert (board.open_cases, board.observation_cases) == (0, 0)
    assert board.due_today == board.overdue == board.without_next_step == []


def test_lists_are_capped_and_counted(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    for n in range(5):
        cases.create_case(f"Zaak {n}", [victim("Mila", f"Maes{n}")], opened_on=date(2026, 1, 5))
    full = DashboardService(vault_session).summary(date(2026, 2, 1), limit=None)
    capped = DashboardService(vault_session).summary(date(2026, 2, 1), limit=2)
    assert len(full.without_next_step) == full.without_next_step_count == 5
    assert len(capped.without_next_step) == 2
    assert capped.without_next_step_count == 5
    assert [r.id for r in capped.without_next_step] == [r.id for r in full.without_next_step][:2]


def test_due_lists_are_capped_per_period_and_counted(vault_session: VaultSession) -> None:
    case_id = CaseService(vault_session).create_case("Zaak", [victim("Noor", "Claes")])
    day = date(2026, 3, 10)
    for n in range(3):
        add_follow_up(vault_session, case_id, date(2026, 3, 1 + n))
        add_agreement(vault_session, case_id, day)
    capped = DashboardService(vault_session).summary(day, limit=2)
    assert (capped.overdue_count, capped.due_today_count) == (3, 3)
    assert [i.due for i in capped.overdue] == [date(2026, 3, 1), date(2026, 3, 2)]
    assert len(capped.due_today) == 2
