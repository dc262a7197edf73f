"""The growing wait after wrong passphrases, with an injected clock."""

from __future__ import annotations

import pytest

from ehbc_desktop.vault.errors import TooManyAttemptsError
from ehbc_desktop.vault.throttle import UnlockThrottle


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_three_free_attempts_then_a_doubling_wait() -> None:
    clock = FakeClock()
    throttle = UnlockThrottle(clock=clock)
    for _ in range(2):
        throttle.failed("v")
        throttle.check("v")
    throttle.failed("v")
    with pytest.raises(TooManyAttemptsError) as caught:
        throttle.check("v")
    assert caught.value.wait_seconds == pytest.approx(2.0)
    clock.now += 1.5
    with pytest.raises(TooManyAttemptsError) as caught:
        throttle.check("v")
    assert caught.value.wait_seconds == pytest.approx(0.5)
    clock.now += 0.5
    throttle.check("v")
    throttle.failed("v")
    with pytest.raises(TooManyAttemptsError) as caught:
        throttle.check("v")
    assert caught.value.wait_seconds == pytest.approx(4.0)


def test_wait_is_capped_and_success_resets() -> None:
    clock = FakeClock()
    throttle = UnlockThrottle(clock=clock)
    assert [throttle.wait_after(n) for n in range(1, 9)] == [0, 0, 2, 4, 8, 16, 32, 60]
    for _ in range(20):
        throttle.failed("v")
    with pytest.raises(TooManyAttemptsError) as caught:
        throttle.check("v")
    assert caught.value.wait_seconds == pytest.approx(60.0)
    throttle.succeeded("v")
    throttle.check("v")


def test_vaults_are_counted_apart() -> None:
    throttle = UnlockThrottle(clock=FakeClock())
    for _ in range(3):
        throttle.failed("a")
    throttle.check("b")
