"""Benchmark: the step plan for 10,000 cases, as the dashboard computes it."""

from __future__ import annotations

from typing import Any

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import (
    ApproachChoice,
    Classification,
    ConversationKind,
    FollowUpOutcome,
)
from ehbc_desktop.domain.stepplan import build_step_plan
from tests.builders.records import CaseBuilder, days

K = ConversationKind


def busy_case(n: int) -> CaseRecord:
    """A case with a realistic amount of records (about 30), varied by ``n``."""
    b = CaseBuilder().victim().bully().report().severity().conversation(K.VICTIM)
    b.triage(Classification.CLASSIC_BULLYING if n % 7 == 0 else Classification.CYBERBULLYING)
    b.conversation(K.PARENTS_VICTIM).consent(n % 5 != 0).decision(
        list(ApproachChoice)[n % 3], days(1)
    )
    for i in range(6):
        b.conversation(list(ConversationKind)[(n + i) % len(ConversationKind)], days(i))
        b.follow_up(days(i * 3), days(i * 3) if i < 4 else None, list(FollowUpOutcome)[(n + i) % 4])
        b.agreement(days(i * 2)).observation(days(i))
    return b.build()


def test_step_plan_for_10000_cases(benchmark: Any) -> None:
    records = [busy_case(n) for n in range(10_000)]

    def run() -> int:
        return sum(build_step_plan(r, days(12)).current is not None for r in records)

    assert benchmark.pedantic(run, rounds=3, iterations=1) == 10_000
