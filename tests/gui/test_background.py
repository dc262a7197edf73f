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
