"""Small-cell suppression: nothing below the threshold shows, nothing hidden can be worked out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ehbc_desktop.domain.statistics.suppression import Mark, suppress

E, S, H = Mark.EXACT, Mark.SMALL, Mark.HIDDEN


def _published(counts: list[int], threshold: int, additive: bool) -> tuple[object, ...]:
    """What a reader sees: each count or its mark, and the total when it is shown."""
    marks, total_mark = suppress(counts, threshold, additive=additive)
    if total_mark is H:  # the table is withheld; the total is known from elsewhere
        return (H,) * len(counts), sum(counts)
    cells = tuple(c if m is E else m for c, m in zip(counts, marks, strict=True))
    total = sum(counts) if additive and total_mark is E else total_mark
    return cells, total


def _vectors(length: int, total: int) -> Iterator[list[int]]:
    if length == 1:
        yield [total]
        return
    for first in range(total + 1):
        for rest in _vectors(length - 1, total - first):
            yield [first, *rest]


def _candidates(counts: list[int], threshold: int) -> dict[int, set[int]]:
    """Every value each hidden cell could have, for a reader who works from what is shown.

    The reader knows the total (or, when it shows as "< 5", that it is from 1 to 4), every
    count shown, that "< 5" means 1 to 4 and that a complementary mark means 5 or more;
    a withheld table tells nothing but its total. The reader tries every table of the same
    size that fits all of that.
    """
    cells, total = _published(counts, threshold, True)
    withheld = all(cell is H for cell in cells)
    possible: dict[int, set[int]] = {
        i: set() for i, cell in enumerate(cells) if isinstance(cell, Mark)
    }
    totals = [total] if isinstance(total, int) else range(1, threshold)

    def fits(other: list[int]) -> bool:
        if withheld:
            return True
        for value, cell in zip(other, cells, strict=True):
            if cell is S and not (0 if total is S else 1) <= value < threshold:
                return False
            if cell is H and value < threshold:
                return False
            if isinstance(cell, int) and value != cell:
                return False
        return True

    for candidate_total in totals:
        for other in _vectors(len(counts), candidate_total):
            if fits(other):
                for i, values in possible.items():
                    values.add(other[i])
    return possible


CASES = [
    # (counts, additive, expected marks, expected total mark)
    pytest.param([12, 7, 9], True, [E, E, E], E, id="nothing-small"),
    pytest.param([0, 7, 0, 9], True, [E, E, E, E], E, id="zeros-are-shown"),
    pytest.param([3, 10, 8], True, [S, E, H], E, id="subtraction-21-minus-10-minus-8"),
    pytest.param([1, 12, 9], True, [S, E, H], E, id="complement-is-the-one-that-protects"),
    pytest.param([1, 1, 20], True, [S, S, H], E, id="two-ones-would-be-derivable"),
    pytest.param([4, 4, 30], True, [S, S, H], E, id="two-fours-would-be-derivable"),
    pytest.param([2, 3, 11, 6], True, [S, S, E, E], E, id="two-small-protect-each-other"),
    pytest.param([1, 5], True, [], H, id="one-beside-five-withholds-the-table"),
    pytest.param([0, 4, 4], True, [], H, id="fours-beside-zero-withhold-the-table"),
    pytest.param([0, 3, 0], True, [S, S, S], S, id="total-itself-small-hides-zeros-too"),
    pytest.param([1, 1, 1, 1], True, [S, S, S, S], S, id="four-ones-below-five"),
    pytest.param([2, 9, 0], False, [S, E, E], E, id="several-per-case-primary-only"),
    pytest.param([0, 0, 0], True, [E, E, E], E, id="empty-period"),
]


@pytest.mark.parametrize(("counts", "additive", "marks", "total_mark"), CASES)
def test_suppression_table(
    counts: list[int], additive: bool, marks: list[Mark], total_mark: Mark
) -> None:
    got_marks, got_total = suppress(counts, 5, additive=additive)
    assert got_total == total_mark
    if got_total is not H:  # a withheld table shows no cell at all
        assert got_marks == marks
    for count, mark in zip(counts, got_marks, strict=True):
        if 0 < count < 5 and got_total is not H:
            assert mark is S  # every small count is hidden


@pytest.mark.parametrize(
    "counts",
    [[3, 10, 8], [1, 12, 9], [1, 1, 20], [4, 4, 30], [2, 3, 11, 6], [1, 5], [4, 5, 6],
     [1, 0, 6, 2], [2, 2, 2], [0, 4, 4], [4, 4, 4, 1]],
)  # fmt: skip
def test_no_hidden_count_can_be_worked_out_from_the_total(counts: list[int]) -> None:
    for cell, values in _candidates(counts, 5).items():
        assert len(values) >= 2, (counts, cell, values)
        assert counts[cell] in values


def test_every_small_table_is_safe() -> None:
    """Exhaustively: every table of 3 cells up to a total of 14, and of 4 cells up to 10."""
    for length, most in ((3, 14), (4, 10)):
        for total in range(most + 1):
            for counts in _vectors(length, total):
                marks, _total_mark = suppress(counts, 5, additive=True)
                assert all(m is S for c, m in zip(counts, marks, strict=True) if 0 < c < 5)
                for values in _candidates(counts, 5).values():
                    assert len(values) >= 2, counts


def test_threshold_below_three_is_refused() -> None:
    with pytest.raises(ValueError):
        suppress([1, 1], 2, additive=True)
