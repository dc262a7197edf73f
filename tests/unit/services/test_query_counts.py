"""The case list and the dashboard cost a fixed number of statements, whatever the case count."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event

from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.case.dashboard import DashboardService
from ehbc_desktop.services.session import VaultSession
from tests.builders.inputs import bully, victim
from tests.builders.vault import add_agreement, add_follow_up

TODAY = date(2026, 4, 1)


def _statements(vs: VaultSession, call: Callable[[], Any]) -> int:
    count = 0

    def _count(*_args: Any) -> None:
        nonlocal count
        count += 1

    engine = vs.vault.engine
    event.listen(engine, "before_cursor_execute", _count)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", _count)
    return count


def _add_cases(vs: VaultSession, n: int) -> None:
    cases = CaseService(vs)
    for i in range(n):
        case_id = cases.create_case(f"c{i}", [victim(), bully()], opened_on=date(2026, 1, 1))
        add_follow_up(vs, case_id, TODAY - timedelta(days=i % 3))
        add_agreement(vs, case_id, TODAY - timedelta(days=1))


def test_no_statement_per_case(vault_session: VaultSession) -> None:
    dashboard = DashboardService(vault_session)
    cases = CaseService(vault_session)
    _add_cases(vault_session, 2)
    small = (
        _statements(vault_session, lambda: dashboard.summary(TODAY)),
        _statements(vault_session, cases.list_cases),
        _statements(vault_session, lambda: cases.list_cases("jan")),
    )
    _add_cases(vault_session, 12)
    large = (
        _statements(vault_session, lambda: dashboard.summary(TODAY)),
        _statements(vault_session, cases.list_cases),
        _statements(vault_session, lambda: cases.list_cases("jan")),
    )
    assert small == large
    assert len(dashboard.summary(TODAY).overdue) == 14 + 14 * 2 // 3
