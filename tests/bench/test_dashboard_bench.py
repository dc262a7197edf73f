"""Benchmarks of the dashboard and the case list at 10,000 cases (not part of the normal run).

Run with: python -m pytest tests/bench/test_dashboard_bench.py --benchmark-only
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert

from ehbc_desktop.domain.enums import AgreementStatus, CaseStatus, Classification, Role
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.case.dashboard import DashboardService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import new_id
from ehbc_desktop.store.search import name_key, reindex_case
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

CASES = 10_000
TODAY = date(2026, 6, 15)
FIRST = ["Noé", "Lotte", "Finn", "Mila", "Tibo", "Jana", "Bram", "Elise", "Lars", "Ines"]
LAST = ["Janssens", "Peeters", "Maes", "Claes", "Wouters", "Goossens", "Mertens", "Jacobs"]


def _fill(vs: VaultSession) -> None:
    rng = random.Random(7)
    now = datetime(2026, 6, 1, tzinfo=UTC)
    rows: dict[Any, list[dict[str, Any]]] = {
        t: []
        for t in (m.Case, m.Person, m.Participant, m.Triage, m.FollowUp, m.Agreement, m.CaseNote)
    }
    for i in range(CASES):
        cid = new_id()
        opened = date(2024, 1, 1) + timedelta(days=rng.randrange(900))
        status = rng.choice([CaseStatus.OPEN, CaseStatus.OBSERVATION, CaseStatus.CLOSED])
        rows[m.Case].append(
            dict(
                id=cid,
                reference=f"{opened.year}-{i:05d}",
                title=f"Case {i}",
                status=status,
                opened_on=opened,
                close_note="",
                created_at=now,
                updated_at=now,
            )
        )
        for pos, role in enumerate((Role.VICTIM, Role.BULLY, Role.BYSTANDER)):
            pid = new_id()
            first, last = rng.choice(FIRST), rng.choice(LAST)
            rows[m.Person].append(
                dict(
                    id=pid,
                    first_name=first,
                    last_name=last,
                    class_name="2B",
                    is_pupil=True,
                    name_key=name_key(first, last),
                )
            )
            rows[m.Participant].append(
                dict(id=new_id(), case_id=cid, person_id=pid, role=role, note="", position=pos)
            )
        for k in range(2):
            rows[m.Triage].append(
                dict(
                    id=new_id(),
                    case_id=cid,
                    decided_at=now + timedelta(k),
                    criteria={},
                    digital=True,
                    features=[],
                    proposed=Classification.CYBERBULLYING,
                    classification=rng.choice(list(Classification)),
                    override_reason="",
                    note="",
                    decided_by="bench",
                )
            )
        for _ in range(3):
            planned = TODAY + timedelta(days=rng.randrange(-60, 60))
            held = planned if rng.random() < 0.5 else None
            rows[m.FollowUp].append(
                dict(
                    id=new_id(),
                    case_id=cid,
                    planned_on=planned,
                    held_on=held,
                    with_whom="",
                    step="",
                    note="",
                )
            )
        rows[m.Agreement].append(
            dict(
                id=new_id(),
                case_id=cid,
                who="x",
                what="y",
                due=TODAY + timedelta(days=rng.randrange(-30, 30)),
                status=rng.choice(list(AgreementStatus)),
                status_note="",
            )
        )
        rows[m.CaseNote].append(
            dict(
                id=new_id(),
                case_id=cid,
                written_at=now,
                text="Een notitie over de zaak",
                written_by="bench",
            )
        )
    with vs.sessions.begin() as s:
        for model, values in rows.items():
            s.execute(insert(model), values)
        for case in rows[m.Case]:
            reindex_case(s, case["id"])


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VaultSession]:
    folder = tmp_path_factory.mktemp("bench") / "vault"
    vs, _code = access.create(
        folder, "Benchschool", "bench", "bench met zeven rode bloemen", kdf=FAST_TEST_PARAMS
    )
    _fill(vs)
    yield vs
    vs.close()


def test_dashboard_at_10000_cases(benchmark: Any, big_vault: VaultSession) -> None:
    board = benchmark(DashboardService(big_vault).summary, TODAY)
    assert board.open_cases > 0 and board.overdue


def test_case_list_at_10000_cases(benchmark: Any, big_vault: VaultSession) -> None:
    rows = benchmark(CaseService(big_vault).list_cases)
    assert len(rows) == CASES


def test_case_search_at_10000_cases(benchmark: Any, big_vault: VaultSession) -> None:
    rows = benchmark(CaseService(big_vault).list_cases, "jan")
    assert rows
