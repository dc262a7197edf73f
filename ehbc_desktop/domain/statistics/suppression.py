"""Small-cell suppression: no count below the threshold is shown, none can be worked out.

Primary suppression hides every count from 1 to threshold - 1 (shown as "< 5"). A zero is shown:
it points at nobody, and the school needs to see what did not happen. Where a table's counts add
up to a total that is shown, hidden cells could be recovered by subtraction, so complementary
cells are hidden too (shown as a mark, not as "< 5", since they are not small) until every hidden
cell could still take at least two values given everything shown: the total, the visible cells, "<
5" meaning 1 to 4, and a complementary mark meaning 5 or more. A few tables can not be protected
while their total is known (e.g. 0, 4 and 4: both fours follow from the total): `suppress` then
marks the total HIDDEN, and the whole table is withheld (its total is known from elsewhere, its
cells not at all).

The guarantee is the one statistical offices give for published tables: from what is shown,
no hidden count can be pinned to one value. A reader who also replays this algorithm on every
possible table may sometimes narrow a hidden count further; the threshold is the main guard.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3  # with 2, two hidden ones of a shown total of 2 would both be 1


class Mark(StrEnum):
    """How one count is shown."""

    EXACT = "exact"
    SMALL = "small"  # 1 .. threshold - 1: shown as "< threshold"
    HIDDEN = "hidden"  # complementary: large enough, hidden so a small one cannot be derived


def _bounds(count: int, mark: Mark, threshold: int, total: int) -> tuple[int, int]:
    if mark is Mark.SMALL:
        return 1, threshold - 1
    return threshold, total


def _protected(counts: Sequence[int], marks: Sequence[Mark], threshold: int) -> bool:
    """True when every hidden cell can take at least two values given what is shown."""
    hidden = [i for i, mark in enumerate(marks) if mark is not Mark.EXACT]
    if not hidden:
        return True
    known_sum = sum(counts[i] for i in hidden)
    bounds = {i: _bounds(counts[i], marks[i], threshold, known_sum) for i in hidden}
    for i in hidden:
        others_low = sum(bounds[j][0] for j in hidden if j != i)
        others_high = sum(bounds[j][1] for j in hidden if j != i)
        low = max(bounds[i][0], known_sum - others_high)
        high = min(bounds[i][1], known_sum - others_low)
        if high - low < 1:
            return False
    return True


def suppress(counts: Sequence[int], threshold: int, *, additive: bool) -> tuple[list[Mark], Mark]:
    """How each count and the table's total are shown.

    Args:
        counts: the table's counts.
        threshold: the smallest count shown as it is (at least MIN_THRESHOLD).
        additive: the counts add up to the total that is shown (one category per case);
            then complementary cells are hidden where subtraction would reveal a small one.

    Returns:
        The mark of each count and the mark of the total; a HIDDEN total means the table must
        be withheld as a whole.
    """
    if threshold < MIN_THRESHOLD:
        raise ValueError("threshold too small")
    marks = [Mark.SMALL if 0 < c < threshold else Mark.EXACT for c in counts]
    total = sum(counts)
    if not additive:
        return marks, Mark.EXACT
    if 0 < total < threshold:
        # Every count is small, zeros too: shown zeros would tell how many categories share
        # the few cases (four categories of a total below five are one each).
        return [Mark.SMALL] * len(counts), Mark.SMALL
    while not _protected(counts, marks, threshold):
        candidates = sorted(
            (c, i) for i, c in enumerate(counts) if c > 0 and marks[i] is Mark.EXACT
        )
        if not candidates:
            return marks, Mark.HIDDEN  # nothing protects it: withhold the whole table
        for _count, i in candidates:
            trial = list(marks)
            trial[i] = Mark.HIDDEN
            if _protected(counts, trial, threshold):
                marks = trial
                break
        else:
            marks[candidates[-1][1]] = Mark.HIDDEN  # the largest leaves the most room
    return marks, Mark.EXACT


def suppress_single(count: int, threshold: int) -> Mark:
    """The mark of a count shown on its own."""
    return Mark.SMALL if 0 < count < threshold else Mark.EXACT
