"""The KDF maxima, timed: the worst slot the program accepts against the calibrated one.

Not part of the normal run (it allocates 1 GiB and takes seconds):

    python -m pytest tests/bench/test_bench_kdf_limits.py -s

Prints the seconds of one derivation at the calibrated parameters (the baseline, measured in
the same run), at the maxima (1 GiB x 4 iterations x 8 lanes: the most work a tampered slot
file can ask for) and at the fixed decoy parameters used for an unknown user, each as a ratio to
the baseline. The maxima are 21x the floor's work: the assertion allows 30x the calibrated time
(which is never below the floor).
"""

from __future__ import annotations

import os
import time

import pytest

from ehbc_desktop.vault import kdf
from ehbc_desktop.vault.errors import VaultDamagedError

# The costliest slot accepted: all the memory, as many passes as the work bound allows.
MAXIMA = kdf.KdfParams(
    kdf.MAX_MEMORY_KIB, kdf.MAX_WORK_KIB // kdf.MAX_MEMORY_KIB, kdf.MAX_LANES
)


def _seconds(params: kdf.KdfParams, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        kdf.derive_key(b"bench", os.urandom(kdf.SALT_BYTES), params)
        best = min(best, time.perf_counter() - start)
    return best


def test_the_maxima_cost_a_bounded_multiple_of_a_calibrated_unlock() -> None:
    calibrated = kdf.calibrate()
    baseline = _seconds(calibrated)
    worst = _seconds(MAXIMA, rounds=1)
    decoy = _seconds(kdf.DECOY_PARAMS)
    print(
        f"\ncalibrated {calibrated}: {baseline:.2f} s (baseline)"
        f"\nmaxima {MAXIMA}: {worst:.2f} s = {worst / baseline:.1f}x baseline"
        f"\ndecoy {kdf.DECOY_PARAMS}: {decoy:.2f} s = {decoy / baseline:.2f}x baseline"
    )
    assert worst / baseline < 30
    assert decoy / baseline <= 1.5  # an unknown user costs no more than a real one


def test_past_the_maxima_nothing_is_derived() -> None:
    """One step past a maximum is refused at once: no memory, no time."""
    for params in (
        kdf.KdfParams(kdf.MAX_MEMORY_KIB * 4, 50, 64),
        kdf.KdfParams(kdf.MAX_MEMORY_KIB + 1, 1, 1),
    ):
        start = time.perf_counter()
        with pytest.raises(VaultDamagedError):
            kdf.derive_key(b"bench", os.urandom(kdf.SALT_BYTES), params)
        refused = time.perf_counter() - start
        baseline = _seconds(kdf.FAST_TEST_PARAMS)
        print(f"\n{params}: refused in {refused * 1e3:.3f} ms = {refused / baseline:.3f}x "
              f"one 8 MiB derivation")  # fmt: skip
        assert refused < baseline
