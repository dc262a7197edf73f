"""The practice vault: made beside the real one, walked through by examples, reset, guarded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ehbc_desktop.demo.practice.examples import PracticeExamples
from ehbc_desktop.demo.practice.practice_clock import move_back
from ehbc_desktop.demo.practice.practice_vault import (
    PRACTICE_SCHOOL,
    open_practice,
    practice_folder,
    reset_practice,
)
from ehbc_desktop.domain.enums import CaseStatus
from ehbc_desktop.domain.stepplan import Step
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

# The examples record decisions at the real moment, so the practice day is the real date.
TODAY = date.today()


def test_examples_walk_the_practice_case_from_report_to_closed(tmp_path: Path) -> None:
    folder = practice_folder(tmp_path / "vault")
    assert folder.parent == tmp_path
    session, case_id = open_practice(folder, TODAY)
    try:
        assert session.vault.info.school == PRACTICE_SCHOOL
        done = []
        examples = PracticeExamples(session)
        for _ in range(20):  # a step that never completes must fail the test, not hang it
            # The day of each step, as the window passes it: decisions are recorded at the real
            # moment, and a run that crossed midnight with a day fixed before it never finished
            # the intervention (held the day before the decision).
            step = examples.fill_in(case_id, date.today())
            if step is None:
                break
            done.append(step)
        assert done == [Step.TRIAGE, Step.SEVERITY, Step.VICTIM_CONVERSATION, Step.PARENTS,
                        Step.CHOICE, Step.INTERVENTION, Step.AFTERCARE, Step.EVALUATION,
                        Step.CLOSE]  # fmt: skip
        assert CaseService(session).get_case(case_id).case.status is CaseStatus.CLOSED
    finally:
        session.close()
    again, same_case = open_practice(folder, TODAY)  # opening again keeps the work
    again.close()
    assert same_case == case_id
    fresh, new_case = reset_practice(folder, TODAY)
    try:
        assert new_case != case_id
        assert CaseService(fresh).get_case(new_case).case.status is CaseStatus.OPEN
    finally:
        fresh.close()


def test_practice_time_moves_every_date_back_and_only_in_a_practice_vault(tmp_path: Path) -> None:
    session, case_id = open_practice(practice_folder(tmp_path / "vault"), TODAY)
    try:
        before = CaseService(session).get_case(case_id)
        move_back(session, case_id, 7)
        after = CaseService(session).get_case(case_id)
        assert (before.case.opened_on - after.case.opened_on).days == 7
        assert before.report is not None and after.report is not None
        assert (before.report.reported_on - after.report.reported_on).days == 7
    finally:
        session.close()
    real, _code = access.create(
        tmp_path / "real", "Echte school", "juf", "een lange zin hier", kdf=FAST_TEST_PARAMS
    )
    try:
        with pytest.raises(InvalidInputError):
            move_back(real, case_id)
    finally:
        real.close()


def test_reset_refuses_any_other_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        reset_practice(tmp_path / "vault", TODAY)
