"""The restorative conversation: both preconditions, and the step-2 grid rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ehbc_desktop.domain.entities import RestorativeGridCell
from ehbc_desktop.domain.enums import RestorativeQuestion
from ehbc_desktop.domain.rules import (
    GridGap,
    RuleReason,
    restorative_grid_complete,
    restorative_grid_gaps,
    restorative_preconditions,
)

Q = list(RestorativeQuestion)


def full_grid(*parties: str) -> list[RestorativeGridCell]:
    return [RestorativeGridCell(p, q.value, f"{p} answers {q.value}") for p in parties for q in Q]


def test_ready_when_both_sides_are_willing() -> None:
    verdict = restorative_preconditions(True, True, True)
    assert verdict.allowed
    assert verdict.reason is RuleReason.RESTORATIVE_READY


def test_victim_not_willing_blocks() -> None:
    verdict = restorative_preconditions(False, True, True)
    assert not verdict.allowed
    assert verdict.reasons == (RuleReason.RESTORATIVE_VICTIM_NOT_WILLING,)


def test_bully_must_acknowledge_and_want_to_repair() -> None:
    assert restorative_preconditions(True, False, True).reasons == (
        RuleReason.RESTORATIVE_BULLY_NO_ACKNOWLEDGEMENT,
    )
    assert restorative_preconditions(True, True, False).reasons == (
        RuleReason.RESTORATIVE_BULLY_NOT_WILLING,
    )


def test_not_asked_counts_as_not_met_and_all_reasons_are_listed() -> None:
    verdict = restorative_preconditions(None, None, False)
    assert not verdict.allowed
    assert verdict.reasons == (
        RuleReason.RESTORATIVE_VICTIM_NOT_ASKED,
        RuleReason.RESTORATIVE_BULLY_NOT_ASKED,
        RuleReason.RESTORATIVE_BULLY_NOT_WILLING,
    )


@given(st.sampled_from([None, True, False]), st.sampled_from([None, True, False]),
       st.sampled_from([None, True, False]))  # fmt: skip
def test_allowed_only_when_all_three_hold(
    victim: bool | None, acknowledges: bool | None, repairs: bool | None
) -> None:
    verdict = restorative_preconditions(victim, acknowledges, repairs)
    assert verdict.allowed == (victim is True and acknowledges is True and repairs is True)


def test_full_grid_is_complete() -> None:
    assert restorative_grid_gaps(["v", "b"], full_grid("v", "b")) == ()
    assert restorative_grid_complete(["v", "b"], full_grid("v", "b"))


def test_empty_grid_lists_every_pair_in_method_order() -> None:
    gaps = restorative_grid_gaps(["v", "b"], [])
    assert gaps == tuple(GridGap(p, q) for p in ("v", "b") for q in Q)
    assert not restorative_grid_complete(["v", "b"], [])


def test_whitespace_answer_counts_as_missing() -> None:
    cells = full_grid("v", "b")
    cells[3] = RestorativeGridCell("v", Q[3].value, "   \n")
    assert restorative_grid_gaps(["v", "b"], cells) == (GridGap("v", Q[3]),)


def test_questions_in_any_order_and_repeated() -> None:
    cells = list(reversed(full_grid("v")))
    cells.insert(0, RestorativeGridCell("v", Q[0].value, ""))  # asked again, left blank
    cells.append(RestorativeGridCell("v", Q[1].value, "again"))
    assert restorative_grid_complete(["v"], cells)


def test_cells_of_outsiders_and_unknown_questions_are_ignored() -> None:
    cells = [*full_grid("v"), *full_grid("x"), RestorativeGridCell("b", "favourite_colour", "x")]
    assert restorative_grid_gaps(["v", "b"], cells) == tuple(GridGap("b", q) for q in Q)


def test_no_parties_is_never_complete() -> None:
    assert not restorative_grid_complete([], full_grid("v"))


PARTIES = st.lists(st.sampled_from(["v", "b", "b2"]), min_size=1, max_size=3, unique=True)
CELLS = st.lists(
    st.builds(
        RestorativeGridCell,
        st.sampled_from(["v", "b", "b2", "x"]),
        st.sampled_from([q.value for q in Q]),
        st.sampled_from(["", " ", "yes", "I felt bad"]),
    ),
    max_size=40,
)


@given(PARTIES, CELLS)
def test_complete_iff_every_pair_has_a_non_empty_answer(
    parties: list[str], cells: list[RestorativeGridCell]
) -> None:
    expected = all(
        any(c.participant_id == p and c.question == q.value and c.answer.strip() for c in cells)
        for p in parties
        for q in Q
    )
    assert restorative_grid_complete(parties, cells) == expected
    gaps = restorative_grid_gaps(parties, cells)
    for gap in gaps:
        assert not any(
            c.participant_id == gap.participant_id
            and c.question == gap.question.value
            and c.answer.strip()
            for c in cells
        )
