"""Every route of the method walked to "closed" through the services, the plan checked at each step.

The table gives, per route, the actions a teacher takes in order and the step the plan shows as
current afterwards, and for the intervention step the conversation the step bar would open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ehbc_desktop.domain.enums import CaseStatus, ConversationKind, Role
from ehbc_desktop.domain.stepplan import Step, intervention_conversation
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.case.closing import ClosingService
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.intake import IntakeService
from ehbc_desktop.services.steps.step_forms import StepFormService
from ehbc_desktop.services.steps.stepplan import StepPlanService
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.integration.group_stages import hold_stage
from tests.unit.services.records_helpers import (
    OpenCase,
    agreement_row,
    bully_answers,
    form,
    full_grid,
    parents_answers,
    restorative_answers,
    victim_answers,
)

PASSPHRASE = "groene kikker springt hoog"
# Decisions are stamped with the real time: the story starts after today.
_today = datetime.now(UTC).date()
START = _today + timedelta(days=7 - _today.weekday())


def d(n: int) -> date:
    """START plus n days."""
    return START + timedelta(days=n)


@dataclass
class Walk:
    """One case on its way: the session, its people, and the day of the story."""

    vs: VaultSession
    case: OpenCase | None = None
    n: int = 0

    @property
    def c(self) -> OpenCase:
        assert self.case is not None
        return self.case

    def next_day(self) -> date:
        self.n += 1
        return d(self.n)


def _intake(w: Walk, reporter: str, wants: str) -> None:
    values = {
        "reporter_kind": reporter,
        "reported_on": START,
        "channel": "phone",
        "media": ["messaging_app"],
        "forms": ["insulting"],
        "description": "Scheldberichten in een groepschat",
        "victim_wants_to_report": wants,
    }
    people = [
        ParticipantInput("Noé", "Janssens", "2B", Role.VICTIM),
        ParticipantInput("Tibo", "Verstraeten", "2B", Role.BULLY),
    ]
    result = IntakeService(w.vs).record_report(form("report"), values, people)
    victim, bully = result.participant_ids
    parent = CaseService(w.vs).add_participant(
        result.case_id,
        ParticipantInput("Mireille", "Janssens", role=Role.PARENT, related_to=victim),
    )
    w.case = OpenCase(result.case_id, victim, bully, parent)


def report(w: Walk) -> None:
    _intake(w, "parent", "yes_with_trusted")


def report_by_peer(w: Walk) -> None:
    _intake(w, "peer", "no")


def observe(w: Walk) -> None:
    values = {"observed_on": w.next_day(), "signs": ["less_media_use"], "note": "stil"}
    StepFormService(w.vs).finish_observation(w.c.case_id, form("observation"), values)


def victim_reports(w: Walk) -> None:
    IntakeService(w.vs).victim_reports_personally(w.c.case_id, w.next_day())


def triage(classification: str) -> Callable[[Walk], None]:
    def act(w: Walk) -> None:
        values = {
            "intent": "yes", "repetition": "yes",
            "power_imbalance": "no" if classification == "conflict" else "yes",
            "digital": classification == "cyberbullying", "also_offline": False,
            "classification": classification,
        }  # fmt: skip
        StepFormService(w.vs).finish_triage(w.c.case_id, form("triage"), values)

    return act


def severity(w: Walk) -> None:
    values = {
        "severity": "moderate", "rationale": "dagelijks", "sexual": False,
        "care_team_date": w.next_day(), "care_team_who": "zorgteam", "care_team_conclusion": "ok",
        "police_contacted": False, "child_focus_contacted": False, "clb_contacted": False,
        "other_body_contacted": False,
    }  # fmt: skip
    StepFormService(w.vs).finish_severity(w.c.case_id, form("severity"), values)


def _finish(w: Walk, form_id: str, values: dict[str, Any]) -> None:
    ConversationService(w.vs).finish(w.c.case_id, form(form_id), values)


def victim(w: Walk) -> None:
    _finish(w, "victim", victim_answers(w.c, start=START, held_on=w.next_day()))


def parents(w: Walk) -> None:
    _finish(w, "parents_victim", parents_answers(w.c, start=START, held_on=w.next_day()))


def choice(chosen: str) -> Callable[[Walk], None]:
    def act(w: Walk) -> None:
        values = {"nc_reasons": ["nc_recent"], "c_reasons": ["c_big_impact"],
                  "chosen": chosen, "motivation": "zo beslist"}  # fmt: skip
        if chosen == "non_confrontational_group":
            values["group_method"] = "support_group"
        StepFormService(w.vs).finish_choice(w.c.case_id, form("choice"), values)

    return act


def bully(approach: str) -> Callable[[Walk], None]:
    def act(w: Walk) -> None:
        values = bully_answers(w.c, start=START, held_on=w.next_day(), approach=approach)
        if approach == "confrontational":
            values["evidence_shown"] = "de schermafdrukken"
        _finish(w, "bully", values)

    return act


def restorative(w: Walk) -> None:
    held = w.next_day()
    values = restorative_answers(
        w.c, held_on=held, round=full_grid(w.c), term=held + timedelta(days=14),
        next_date=held + timedelta(days=21),
    )  # fmt: skip
    _finish(w, "restorative", values)


def group(w: Walk) -> None:
    values = {
        "method": "support_group", "group_name": "2B", "held_on": w.next_day(),
        "participants": [w.c.bully], "what_came_out": "iedereen helpt",
        "agreements": [agreement_row("klas", "spreekt elkaar aan", d(w.n + 7))],
        "next_date": d(w.n + 7),
    }  # fmt: skip
    _finish(w, "group", values)


def support_group_stage(form_id: str) -> Callable[[Walk], None]:
    def act(w: Walk) -> None:
        hold_stage(w.vs, w.c, form_id, w.next_day())

    act.__qualname__ = f"stage:{form_id}"
    return act


NB = [support_group_stage(f) for f in ("nb_victim", "nb_meeting", "nb_follow_up")]


def involved(route: str) -> Callable[[Walk], None]:
    def act(w: Walk) -> None:
        values = {
            "held_on": w.next_day(), "participants": [w.c.victim, w.c.bully], "route": route,
            "what_happened": "ruzie", "school_policy": "pestbeleid gevolgd",
            "agreements": [agreement_row("Tibo", "laat Noé met rust", d(w.n + 7))],
            "next_date": d(w.n + 7),
        }  # fmt: skip
        _finish(w, "involved", values)

    return act


def follow_up(outcome: str) -> Callable[[Walk], None]:
    def act(w: Walk) -> None:
        values = {
            "held_on": w.next_day(), "participants": [w.c.victim], "how_it_goes": "zo",
            "agreements_kept": "all", "outcome": outcome, "next_date": d(w.n + 30),
        }  # fmt: skip
        _finish(w, "follow_up", values)

    return act


def no_aftercare(w: Walk) -> None:
    ClosingService(w.vs).set_aftercare_not_needed(w.c.case_id, True)


def close(w: Walk) -> None:
    closing = ClosingService(w.vs)
    today = w.next_day()
    gaps = closing.checklist(w.c.case_id, today).gaps
    closing.close(w.c.case_id, today, {gap: "loopt verder via de klastitularis" for gap in gaps})


S = Step
K = ConversationKind
#: (action, the current step after it, the conversation the intervention step opens or None)
Row = tuple[Callable[[Walk], None], Step | None, ConversationKind | None]

_CYBER_START: list[Row] = [
    (report, S.TRIAGE, None),
    (triage("cyberbullying"), S.SEVERITY, None),
    (severity, S.VICTIM_CONVERSATION, None),
    (victim, S.PARENTS, None),
    (parents, S.CHOICE, None),
]


def _end(opens: ConversationKind | None) -> list[Row]:
    return [(follow_up("stopped"), S.CLOSE, opens), (close, None, opens)]


def _other_route(classification: str) -> list[Row]:
    return [
        (report, S.TRIAGE, None),
        (triage(classification), S.INVOLVED_CONVERSATION, None),
        (involved(classification), S.EVALUATION, None),
        *_end(None),
    ]


ROUTES: dict[str, list[Row]] = {
    "observation": [
        (report_by_peer, S.OBSERVATION, None),
        (observe, S.OBSERVATION, None),
        (observe, S.OBSERVATION, None),
        (victim_reports, S.TRIAGE, None),
        (triage("conflict"), S.INVOLVED_CONVERSATION, None),
        (involved("conflict"), S.EVALUATION, None),
        *_end(None),
    ],
    "classic_bullying": _other_route("classic_bullying"),
    "conflict": _other_route("conflict"),
    "cyber_non_confrontational": [
        *_CYBER_START,
        (choice("non_confrontational_individual"), S.INTERVENTION, K.BULLY),
        (bully("non_confrontational"), S.AFTERCARE, K.BULLY),
        (no_aftercare, S.EVALUATION, K.BULLY),
        *_end(K.BULLY),
    ],
    "confrontational": [
        *_CYBER_START,
        (choice("confrontational"), S.INTERVENTION, K.BULLY),
        (bully("confrontational"), S.AFTERCARE, K.RESTORATIVE),
        (restorative, S.AFTERCARE, K.RESTORATIVE),
        (no_aftercare, S.EVALUATION, K.RESTORATIVE),
        *_end(K.RESTORATIVE),
    ],
    "restorative": [
        *_CYBER_START,
        (choice("confrontational"), S.INTERVENTION, K.BULLY),
        (restorative, S.AFTERCARE, K.RESTORATIVE),
        (no_aftercare, S.EVALUATION, K.RESTORATIVE),
        *_end(K.RESTORATIVE),
    ],
    "group": [
        *_CYBER_START,
        (choice("non_confrontational_group"), S.INTERVENTION, K.GROUP),
        (NB[0], S.INTERVENTION, K.GROUP),
        (NB[1], S.INTERVENTION, K.GROUP),
        (NB[2], S.AFTERCARE, K.GROUP),
        (group, S.EVALUATION, K.GROUP),
        *_end(K.GROUP),
    ],
    "escalation": [
        *_CYBER_START,
        (choice("non_confrontational_group"), S.INTERVENTION, K.GROUP),
        *[(stage, S.INTERVENTION, K.GROUP) for stage in NB[:2]],
        (NB[2], S.AFTERCARE, K.GROUP),
        (no_aftercare, S.EVALUATION, K.GROUP),
        (follow_up("unchanged"), S.CHOICE, K.GROUP),
        (choice("confrontational"), S.INTERVENTION, K.BULLY),
        (bully("confrontational"), S.EVALUATION, K.RESTORATIVE),
        (restorative, S.EVALUATION, K.RESTORATIVE),
        *_end(K.RESTORATIVE),
    ],
}


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_route_walks_to_closed(route: str, tmp_path: Path) -> None:
    vs, _code = access.create(
        tmp_path / "vault", "Sint-Jozef", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS
    )
    try:
        w = Walk(vs)
        for index, (action, expected, opens) in enumerate(ROUTES[route]):
            action(w)
            plan = StepPlanService(vs).plan_for_case(w.c.case_id, d(w.n))
            where = f"{route} #{index} {getattr(action, '__qualname__', action)}"
            assert plan.current is expected, (where, plan.current)
            record = CaseService(vs).get_case(w.c.case_id)
            assert intervention_conversation(record) is opens, where
        assert CaseService(vs).get_case(w.c.case_id).case.status is CaseStatus.CLOSED
    finally:
        vs.close()
