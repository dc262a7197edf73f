"""A growing wait after repeated wrong passphrases, kept in memory per vault folder."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from ehbc_desktop.vault.errors import TooManyAttemptsError

FREE_ATTEMPTS = 3
MAX_WAIT_SECONDS = 60.0


@dataclass
class _Failures:
    count: int
    last_at: float


class UnlockThrottle:
    """After `free_attempts` failures, each next try must wait 2, 4, 8 ... (at most 60) s.

    The wait counts from the last failure. A success clears the count. The clock is injectable
    so tests need not sleep. This slows a person at the keyboard; it is no defence against
    someone who copies the files (Argon2id is).
    """

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        free_attempts: int = FREE_ATTEMPTS,
        max_wait: float = MAX_WAIT_SECONDS,
    ) -> None:
        self._clock = clock
        self._free = free_attempts
        self._max_wait = max_wait
        self._failures: dict[str, _Failures] = {}
        self._mutex = threading.Lock()

    def wait_after(self, failures: int) -> float:
        """Return the required wait after `failures` failures in a row."""
        if failures < self._free:
            return 0.0
        return float(min(self._max_wait, 2.0 ** (failures - self._free + 1)))

    def check(self, key: str) -> None:
        """Raise TooManyAttemptsError if `key` must still wait before another try."""
        with self._mutex:
            failures = self._failures.get(key)
            if failures is None:
                return
            remaining = self.wait_after(failures.count) - (self._clock() - failures.last_at)
        if remaining > 0:
            raise TooManyAttemptsError(remaining)

    def failed(self, key: str) -> None:
        """Count one more failure for `key`."""
        with self._mutex:
            previous = self._failures.get(key)
            count = previous.count + 1 if previous else 1
            self._failures[key] = _Failures(count, self._clock())

    def succeeded(self, key: str) -> None:
        """Forget the failures for `key`."""
        with self._mutex:
            self._failures.pop(key, None)


DEFAULT_THROTTLE = UnlockThrottle()
