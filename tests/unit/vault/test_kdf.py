"""Argon2id parameters: bounds checked before work, normalisation, no weak setting, calibration."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ehbc_desktop.vault import kdf
from ehbc_desktop.vault.errors import VaultDamagedError


@pytest.mark.parametrize(
    "data",
    [
        {"memory_kib": 2**40, "iterations": 3, "lanes": 4},
        {"memory_kib": kdf.MAX_MEMORY_KIB + 1, "iterations": 3, "lanes": 4},
        {"memory_kib": 65536, "iterations": 51, "lanes": 4},
        {"memory_kib": 65536, "iterations": 0, "lanes": 4},
        {"memory_kib": 65536, "iterations": 3, "lanes": 65},
        {"memory_kib": 65536, "iterations": 3, "lanes": 0},
        {"memory_kib": 16, "iterations": 3, "lanes": 4},  # below Argon2's 8 KiB per lane
        {"memory_kib": "65536", "iterations": 3, "lanes": 4},
        {"memory_kib": 65536.0, "iterations": 3, "lanes": 4},
        {"memory_kib": 65536, "iterations": True, "lanes": 4},
        {"memory_kib": 65536, "iterations": 3},
    ],
)
def test_absurd_or_malformed_params_are_refused(data: dict[str, object]) -> None:
    with pytest.raises(VaultDamagedError):
        kdf.KdfParams.from_json(data)


def test_derive_checks_bounds_before_any_work() -> None:
    # 2^40 KiB could never be allocated: reaching Argon2 would fail differently (MemoryError or
    # a library error), so VaultDamagedError proves the check came first.
    with pytest.raises(VaultDamagedError):
        kdf.derive_key(b"x", b"s" * 16, kdf.KdfParams(2**40, 3, 4))


def test_accepted_params_round_trip() -> None:
    params = kdf.KdfParams(262144, 3, 4)
    assert kdf.KdfParams.from_json(params.to_json()) == params


def test_derivation_is_deterministic_and_salted() -> None:
    params = kdf.FAST_TEST_PARAMS
    one = kdf.derive_key(b"secret", b"a" * 16, params)
    assert one == kdf.derive_key(b"secret", b"a" * 16, params)
    assert one != kdf.derive_key(b"secret", b"b" * 16, params)
    assert len(one) == 32


def test_passphrase_is_normalised_to_nfc() -> None:
    composed = "caf\u00e9"
    decomposed = "cafe\u0301"
    assert kdf.passphrase_bytes(composed) == kdf.passphrase_bytes(decomposed)


def test_no_setting_of_the_program_selects_weak_parameters() -> None:
    """Tests pass FAST_TEST_PARAMS explicitly; the program reads no variable that weakens keys."""
    package = Path(kdf.__file__).resolve().parents[1]
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "EHBC_TEST_FAST_KDF" not in text, source
    source = Path(kdf.__file__).read_text(encoding="utf-8")
    assert "os.environ" not in source and "getenv" not in source


@pytest.mark.parametrize(
    "params",
    [
        kdf.KdfParams(kdf.MAX_MEMORY_KIB + 1, 3, 4),
        kdf.KdfParams(256 * 1024, kdf.MAX_ITERATIONS + 1, 4),
        kdf.KdfParams(256 * 1024, 3, kdf.MAX_LANES + 1),
        kdf.KdfParams(4 * 1024 * 1024, 50, 64),  # the old maxima: minutes of work, 4 GiB
        kdf.KdfParams(kdf.MAX_MEMORY_KIB, 5, 4),  # each bound kept, but too much work
        kdf.KdfParams(kdf.MAX_MEMORY_KIB // 2, 9, 4),
    ],
)
def test_parameters_past_the_maxima_are_refused_before_any_work(params: kdf.KdfParams) -> None:
    with pytest.raises(VaultDamagedError):
        kdf.KdfParams.from_json(params.to_json())
    with pytest.raises(VaultDamagedError):
        kdf.derive_key(b"x", b"\0" * 16, params)


def test_the_maxima_bound_time_as_well_as_memory() -> None:
    assert kdf.MAX_MEMORY_KIB <= 1024 * 1024
    assert kdf.MAX_ITERATIONS <= 10
    assert kdf.MAX_LANES <= 8
    assert kdf.MAX_WORK_KIB <= 4 * 1024 * 1024  # four passes over 1 GiB
    kdf.check_bounds(kdf.KdfParams(kdf.MAX_MEMORY_KIB, 4, kdf.MAX_LANES))
    kdf.check_bounds(kdf.KdfParams(256 * 1024, kdf.MAX_ITERATIONS, kdf.MAX_LANES))
    # Calibration stays inside what a slot may ask for.
    assert kdf.CALIBRATION_MEMORY_CAP_KIB <= kdf.MAX_MEMORY_KIB
    assert kdf.FLOOR.iterations <= kdf.MAX_ITERATIONS
    kdf.check_bounds(kdf.DECOY_PARAMS)


def _machine(seconds_per_gib_iteration: float) -> Callable[[kdf.KdfParams], float]:
    """A model PC: time grows with memory times iterations."""

    def measure(params: kdf.KdfParams) -> float:
        return seconds_per_gib_iteration * params.memory_kib / 2**20 * params.iterations

    return measure


def test_calibration_keeps_the_floor_on_a_slow_pc() -> None:
    assert kdf.calibrate(_machine(20.0)) == kdf.FLOOR  # 64 MiB x 3 takes 3.75 s


def test_calibration_doubles_memory_while_under_target() -> None:
    # This PC: 256 MiB x 3 iterations in about 0.55 s (measured on the reference machine).
    measure = _machine(0.73)
    params = kdf.calibrate(measure)
    assert params == kdf.KdfParams(256 * 1024, 3, 4)
    assert kdf.LOW_SECONDS <= measure(params) <= kdf.HIGH_SECONDS


@pytest.mark.parametrize("speed", [0.05, 0.2, 0.5, 1.0, 2.0, 4.0])
def test_calibration_lands_in_the_window_and_above_the_floor(speed: float) -> None:
    measure = _machine(speed)
    params = kdf.calibrate(measure)
    at_work_bound = params.memory_kib * params.iterations == kdf.MAX_WORK_KIB
    assert kdf.LOW_SECONDS <= measure(params) <= kdf.HIGH_SECONDS or at_work_bound
    kdf.check_bounds(params)  # a new vault always opens under the bounds
    assert params.memory_kib >= kdf.FLOOR.memory_kib
    assert params.iterations >= kdf.FLOOR.iterations
    assert params.lanes >= kdf.FLOOR.lanes
    assert params.memory_kib <= kdf.CALIBRATION_MEMORY_CAP_KIB


def test_calibration_adds_iterations_at_the_memory_cap() -> None:
    params = kdf.calibrate(_machine(0.05))
    assert params.memory_kib == kdf.CALIBRATION_MEMORY_CAP_KIB
    assert params.iterations > kdf.FLOOR.iterations
