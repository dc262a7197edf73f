"""The wizard's widget-free decisions: grid parties, page marks, skipped pages."""

from __future__ import annotations

from ehbc_desktop.formspec import FormSet
from ehbc_desktop.ui.wizard import WizardContext
from ehbc_desktop.ui.wizard.flow import (
    StepFacts,
    grid_parties,
    is_skipped,
    pages_with_problems,
    step_state,
    unmet_preconditions,
)
from ehbc_desktop.ui.wizard.side_panels import StepState
from tests.gui.wizard.conftest import PEOPLE


def test_grid_parties_follow_the_ticked_participants_and_the_roles(forms: FormSet) -> None:
    grid = forms.get("restorative").field("round")
    assert grid is not None
    everyone = WizardContext(participants=PEOPLE)
    assert [p for p, _ in grid_parties(grid, everyone, {}, [])] == ["p_victim", "p_bully"]
    ticked = {"participants": ["p_bully", "p_parent"]}
    assert [p for p, _ in grid_parties(grid, everyone, ticked, [])] == ["p_bully"]
    nobody = WizardContext()
    assert grid_parties(grid, nobody, {}, []) == [
        ("victim", "Victim"),
        ("bully", "Bully"),
    ]
    kept = grid_parties(grid, everyone, {}, ["p_victim", "from_an_old_draft"])
    assert kept[-1] == ("from_an_old_draft", "from_an_old_draft")


def test_page_marks() -> None:
    facts = {"skipped": False, "current": False, "read_only": False}
    assert step_state(StepFacts(**facts, checked=False, has_problem=True)) is StepState.TODO
    assert step_state(StepFacts(**facts, checked=True, has_problem=True)) is StepState.MISSING
    assert step_state(StepFacts(**facts, checked=True, has_problem=False)) is StepState.DONE
    current = {**facts, "current": True}
    assert step_state(StepFacts(**current, checked=True, has_problem=True)) is StepState.CURRENT
    skipped = {**facts, "skipped": True, "current": True}
    assert step_state(StepFacts(**skipped, checked=True, has_problem=False)) is StepState.SKIPPED


def test_skipped_pages_and_preconditions(forms: FormSet) -> None:
    severity = forms.get("severity")
    flags = severity.page("flags")
    assert flags is not None
    assert is_skipped(severity, flags, {})
    assert not is_skipped(severity, flags, {"sexual": True})
    restorative = forms.get("restorative")
    assert unmet_preconditions(restorative, {"victim_wants": True}) == ["bully_acknowledges"]
    assert unmet_preconditions(forms.get("victim"), {}) == []
    assert pages_with_problems(restorative, {"term": ()}, ["victim_wants"]) == [0, 3]
