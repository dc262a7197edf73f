"""Each group method as a guided sequence, walked through the services on a real vault.

Per method: the stages in order, the next stage and its suggested day after each talk, the
planned follow-up each talk leaves, the method kept with every talk, and the intervention step
done only after the last talk of the sequence.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from ehbc_desktop.domain.enums import ApproachChoice, ApproachReason, GroupMethod
from ehbc_desktop.domain.group_methods import SEQUENCES, THERMOMETER, sequence_progress
from ehbc_desktop.domain.stepplan import Step, StepState
from ehbc_desktop.domain.thermometer import STATEMENTS, Moment
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.approach import ApproachService
from ehbc_desktop.services.steps.stepplan import StepPlanService
from ehbc_desktop.services.steps.thermometer import ThermometerService
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.integration.group_stages import hold_stage
from tests.unit.services.records_helpers import OpenCase, open_case

_today = datetime.now(UTC).date()
START = _today + timedelta(days=7 - _today.weekday())

EXPECTED = {
    GroupMethod.NO_BLAME: ["nb_victim", "nb_meeting", "nb_follow_up"],
    GroupMethod.SUPPORT_GROUP: ["nb_victim", "nb_meeting", "nb_follow_up"],
    GroupMethod.PIKAS: ["pikas_bully", "pikas_victim", "pikas_group", "pikas_summit"],
    GroupMethod.RESTORATIVE_CIRCLE: ["circle_pre", "circle_meeting"],
    GroupMethod.CLASS_THERMOMETER: [THERMOMETER, "group", THERMOMETER],
}


def _measure(vs: VaultSession, c: OpenCase, moment: Moment, day: date) -> None:
    counts = {s.id: (5, 5, 5, 5) for s in STATEMENTS}
    ThermometerService(vs).record(c.case_id, class_name="2B", taken_on=day, moment=moment,
                                  respondents=20, counts=counts)  # fmt: skip


def _progress(vs: VaultSession, c: OpenCase, today: date):  # type: ignore[no-untyped-def]
    record = CaseService(vs).get_case(c.case_id)
    measured = frozenset((m.moment.value, m.taken_on)
                         for m in ThermometerService(vs).measurements(c.case_id))  # fmt: skip
    return record, sequence_progress(record, today, measured)


@pytest.mark.parametrize("method", list(GroupMethod))
def test_each_group_method_is_a_guided_sequence(method: GroupMethod, tmp_path: Path) -> None:
    assert [s.form_id for s in SEQUENCES[method]] == EXPECTED[method]
    vs, _code = access.create(
        tmp_path / "vault", "Sint-Jozef", "juf.an", "lange test wachtzin", kdf=FAST_TEST_PARAMS
    )
    try:
        c = open_case(vs)
        ApproachService(vs).decide_approach(
            c.case_id, [ApproachReason.NC_BELIEF_IN_GROUP],
            ApproachChoice.NON_CONFRONTATIONAL_GROUP, group_method=method,
            decided_at=datetime.combine(START, datetime.min.time(), UTC),
        )  # fmt: skip
        day = START
        stages = SEQUENCES[method]
        # The talks are the intervention; a measurement after it is part of the evaluation.
        last_talk = max(i for i, s in enumerate(stages) if s.form_id != THERMOMETER)
        for index, stage in enumerate(stages):
            record, progress = _progress(vs, c, day)
            assert progress is not None and progress.method is method
            assert progress.next_stage == stage, (method, index)
            assert progress.suggested_on is not None and progress.suggested_on >= day
            plan = StepPlanService(vs).plan_for_case(c.case_id, day)
            if index <= last_talk:
                assert plan.status(Step.INTERVENTION).state is not StepState.DONE, (method, index)
            day = progress.suggested_on
            if stage.form_id == THERMOMETER:
                _measure(vs, c, Moment(stage.moment), day)
            else:
                hold_stage(vs, c, stage.form_id, day)
                record = CaseService(vs).get_case(c.case_id)
                talk = next(t for t in record.conversations if t.form_id == stage.form_id)
                if stage.form_id != "group":
                    assert talk.group_method is method
                planned = {f.planned_on for f in record.follow_ups if f.held_on is None}
                assert day + timedelta(days=7) in planned  # the talk planned its follow-up
            if index + 1 < len(stages):
                _record, after = _progress(vs, c, day)
                assert after is not None
                assert after.suggested_on == day + timedelta(days=stage.days_to_next)
        record, progress = _progress(vs, c, day)
        assert progress is not None and progress.finished
        plan = StepPlanService(vs).plan_for_case(c.case_id, day)
        assert plan.status(Step.INTERVENTION).state is StepState.DONE
    finally:
        vs.close()
