"""The single worker: results and errors come back on the GUI thread, in order."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.background import BackgroundRunner


def test_results_arrive_on_the_gui_thread_in_order(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    gui_thread = threading.get_ident()
    worker_threads: set[int] = set()
    results: list[tuple[int, int]] = []

    def work(n: int) -> int:
        worker_threads.add(threading.get_ident())
        return n * n

    for n in range(5):
        runner.run_in_background(
            lambda n=n: work(n),
            lambda value, n=n: results.append((n, value)) or None,
            pytest.fail,
        )
    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda busy: not busy):
        pass
    assert results == [(n, n * n) for n in range(5)]
    assert len(worker_threads) == 1
    assert gui_thread not in worker_threads
    assert runner.wait_for_done(1000)


def test_errors_go_to_on_error_with_the_exception(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("boom")

    runner.run_in_background(fail, pytest.fail, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_callbacks_are_skipped_when_the_owner_was_deleted(qtbot: QtBot) -> None:
    runner = BackgroundRunner()
    owner = QWidget()
    gate = threading.Event()
    called: list[object] = []
    runner.run_in_background(lambda: gate.wait(5), called.append, called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    gate.set()
    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda busy: not busy):
        pass
    assert called == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def test_while_work_runs_the_worker_watches_the_gui_thread_and_stops_after(
    qtbot: QtBot,
) -> None:
    # `ehbc_desktop.interpreter_share`: while the runner has work, the GUI thread notes that it
    # runs (a short timer) and the worker waits for it at safe points when it falls behind.
    from ehbc_desktop import interpreter_share

    runner = BackgroundRunner()
    seen: list[tuple[bool, float]] = []
    release = threading.Event()

    def work() -> None:
        release.wait(10)  # the GUI thread's timer runs meanwhile
        seen.append((interpreter_share.is_watching(), interpreter_share._Shared.gui_ran_at))

    runner.run_in_background(work, lambda _r: None, pytest.fail)
    assert interpreter_share.is_watching()
    before = interpreter_share._Shared.gui_ran_at  # noted when the work was queued
    qtbot.wait(60)
    release.set()
    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda busy: not busy):
        pass
    assert seen and seen[0][0], "the worker was not watching the GUI thread during the job"
    assert seen[0][1] > before, "the GUI thread's timer did not note that it ran"
    assert not interpreter_share.is_watching()
