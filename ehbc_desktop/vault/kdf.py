"""Argon2id key derivation: parameters, bounds checked before any work, calibration per PC."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ehbc_desktop.vault.errors import VaultDamagedError

KEY_BYTES = 32
SALT_BYTES = 16

# Bounds on what a slot may ask for. A slot outside them is refused before any derivation, so
# a tampered file can make the program neither allocate more than 1 GiB nor spin for minutes.
# Argon2id's time grows with memory x iterations, so that product is bounded too: at most four
# passes over 1 GiB (1 GiB x 4, 512 MiB x 8, ...), 21x the floor's work, a few seconds on a
# school PC (see docs/vault.md and tests/bench/test_bench_kdf_limits.py). Calibration stays
# inside all of them.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 10
MAX_LANES = 8
MAX_WORK_KIB = 4 * MAX_MEMORY_KIB  # memory_kib x iterations

# Calibration aims at 0.5-1.5 s per derivation and never goes below the floor.
TARGET_SECONDS = 0.75
LOW_SECONDS = 0.5
HIGH_SECONDS = 1.5
# A shared school PC may have little RAM: past this, calibration adds iterations instead.
CALIBRATION_MEMORY_CAP_KIB = 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, as stored in each key slot."""

    memory_kib: int
    iterations: int
    lanes: int

    def to_json(self) -> dict[str, int]:
        """Return the parameters as a JSON-ready mapping."""
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> KdfParams:
        """Read parameters from a slot, refusing absurd or malformed ones.

        Raises:
            VaultDamagedError: a value is missing, not an integer, or out of bounds.
        """
        try:
            values = [data["memory_kib"], data["iterations"], data["lanes"]]
        except (KeyError, TypeError) as exc:
            raise VaultDamagedError("kdf-params") from exc
        if not all(type(value) is int for value in values):
            raise VaultDamagedError("kdf-params")
        params = cls(memory_kib=values[0], iterations=values[1], lanes=values[2])
        check_bounds(params)
        return params


FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
# An unknown user name is answered after one derivation with these fixed parameters: never the
# parameters of a slot in the file, which a tampered file could set to the maxima.
DECOY_PARAMS = FLOOR
# Tiny parameters for throw-away vaults; tests pass them explicitly (`kdf=FAST_TEST_PARAMS`).
# The program itself never chooses them: no environment variable or setting selects them.
FAST_TEST_PARAMS = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def check_bounds(params: KdfParams) -> None:
    """Raise VaultDamagedError when the parameters are outside what this program accepts.

    The floor is not enforced here: vaults made under the test setting use tiny parameters,
    and a weak slot only weakens itself.
    """
    if not 1 <= params.lanes <= MAX_LANES:
        raise VaultDamagedError("kdf-bounds")
    if not 1 <= params.iterations <= MAX_ITERATIONS:
        raise VaultDamagedError("kdf-bounds")
    if not 8 * params.lanes <= params.memory_kib <= MAX_MEMORY_KIB:
        raise VaultDamagedError("kdf-bounds")
    if params.memory_kib * params.iterations > MAX_WORK_KIB:
        raise VaultDamagedError("kdf-bounds")


def passphrase_bytes(passphrase: str) -> bytes:
    """Normalise a passphrase (NFC) so the same words typed on any system give the same key."""
    import unicodedata  # here: its tables cost 10 ms at start-up, before any passphrase

    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte key-encryption key with Argon2id; bounds are checked first."""
    # Imported here: the unlock screen reads the slot file before any key work is needed.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    check_bounds(params)
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def default_params() -> KdfParams:
    """Return the parameters for a new vault: calibrated on this PC."""
    return calibrate()


def measure(params: KdfParams) -> float:
    """Return how many seconds one derivation with `params` takes on this PC."""
    start = time.perf_counter()
    derive_key(b"calibration", b"\x00" * SALT_BYTES, params)
    return time.perf_counter() - start


def calibrate(measure: Callable[[KdfParams], float] = measure) -> KdfParams:
    """Pick parameters so one derivation takes about 0.5-1.5 s on this PC.

    Memory grows first (it is what makes guessing on graphics cards expensive), in doublings
    while the next step is predicted to stay near the target, up to a cap; then iterations.
    Never below FLOOR. `measure` is injectable so tests can model a slow or fast PC.
    """
    params = FLOOR
    seconds = measure(params)
    while (
        seconds * 2 <= TARGET_SECONDS * 1.4 and params.memory_kib * 2 <= CALIBRATION_MEMORY_CAP_KIB
    ):
        params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
        seconds = measure(params)
    if seconds < LOW_SECONDS:
        per_iteration = max(seconds / params.iterations, 1e-6)
        wanted = round(TARGET_SECONDS / per_iteration)
        most = min(MAX_ITERATIONS, MAX_WORK_KIB // params.memory_kib)
        iterations = min(most, max(params.iterations, wanted))
        params = KdfParams(params.memory_kib, iterations, params.lanes)
    return params
