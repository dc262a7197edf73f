"""The worker waits for the GUI thread at safe points when the GUI thread falls behind.

The clock is the module's own (replaced here); the waiting is real: a worker thread calls
`make_room_for_gui` and must stay blocked until the GUI side notes that it ran.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from ehbc_desktop import interpreter_share
from ehbc_desktop.interpreter_share import (
    is_watching,
    make_room_for_gui,
    note_gui_ran,
    start_watching,
    stop_watching,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeClock]:
    fake = FakeClock()
    monkeypatch.setattr(interpreter_share, "_clock", fake)
    monkeypatch.setattr(interpreter_share._Shared, "watching", 0)
    monkeypatch.setattr(interpreter_share._Shared, "waited_for", -1.0)
    yield fake
    while is_watching():
        stop_watching()


def _in_a_worker(results: list[bool]) -> threading.Thread:
    worker = threading.Thread(target=lambda: results.append(make_room_for_gui()), daemon=True)
    worker.start()
    return worker


def _gui_fell_behind(clock: FakeClock, monkeypatch: pytest.MonkeyPatch, pause_s: float) -> None:
    """A job runs and the GUI thread has not run for twice the threshold."""
    monkeypatch.setattr(interpreter_share, "LONGEST_PAUSE_S", pause_s)
    start_watching()
    clock.now += interpreter_share.STARVED_AFTER_S * 2


def test_without_a_job_on_the_runner_the_worker_never_waits(clock: FakeClock) -> None:
    # The command line and the tests of the services run without a window: nobody watches.
    clock.now += 10.0
    assert not is_watching()
    assert make_room_for_gui() is False


def test_while_the_gui_keeps_up_the_worker_goes_on(clock: FakeClock) -> None:
    start_watching()
    clock.now += interpreter_share.STARVED_AFTER_S / 2
    assert make_room_for_gui() is False
    note_gui_ran()
    clock.now += interpreter_share.STARVED_AFTER_S / 2
    assert make_room_for_gui() is False


def test_a_gui_that_fell_behind_gets_the_interpreter_until_it_is_back(
    clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _gui_fell_behind(clock, monkeypatch, pause_s=60.0)
    results: list[bool] = []
    worker = _in_a_worker(results)
    worker.join(timeout=0.3)
    assert worker.is_alive(), "the worker went on while the GUI thread had not run"
    note_gui_ran()  # the GUI thread is back in its event loop
    worker.join(timeout=30)
    assert not worker.is_alive() and results == [True]


def test_the_worker_waits_once_for_a_gui_that_does_not_come_back(
    clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At shut-down the GUI thread waits for the worker: one pause, not one per statement.
    _gui_fell_behind(clock, monkeypatch, pause_s=0.01)
    assert make_room_for_gui() is True
    clock.now += 1.0
    assert make_room_for_gui() is False
    note_gui_ran()
    clock.now += interpreter_share.STARVED_AFTER_S * 2
    assert make_room_for_gui() is True  # a new stretch behind: a new pause


def test_each_runner_counts_until_the_last_is_idle(clock: FakeClock) -> None:
    start_watching()
    start_watching()  # the practice window's runner beside the main window's
    stop_watching()
    assert is_watching()
    stop_watching()
    assert not is_watching()
    stop_watching()  # more stops than starts never turn watching negative
    start_watching()
    assert is_watching()
