"""Operations (ui/ops.py): callbacks on the GUI thread, published changes, and a lock mid-way."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.case.case_widget import CaseWidget
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.ops import ChangeKind, Changes, Op, Progress

# A blocked worker is released by the test itself; this only bounds a broken test.
RELEASE_BOUND_S = 30


@pytest.fixture
def runner(qapp: QApplication) -> BackgroundRunner:
    return BackgroundRunner()


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _published(runner: BackgroundRunner) -> list[tuple[Changes, object]]:
    seen: list[tuple[Changes, object]] = []
    runner.sig_changes_published.connect(lambda changes, who: seen.append((changes, who)))
    return seen


def test_success_runs_on_the_gui_thread_and_the_changes_are_published(
    qtbot: QtBot, runner: BackgroundRunner, parent: QWidget
) -> None:
    threads: list[bool] = []
    results: list[int] = []
    published = _published(runner)

    def work() -> int:
        threads.append(QThread.currentThread() is QApplication.instance().thread())  # type: ignore[union-attr]
        return 7

    def done(value: int) -> None:
        threads.append(QThread.currentThread() is QApplication.instance().thread())  # type: ignore[union-attr]
        results.append(value)

    Op(parent, work).success(done).changes(
        lambda value: Changes.of(f"case-{value}", ChangeKind.EVIDENCE)
    ).run(runner)
    qtbot.waitUntil(lambda: bool(published))
    assert results == [7]
    assert threads == [False, True]  # the work on the worker, the callback on the GUI thread
    (changes, initiator), = published
    assert changes.touches("case-7") and changes.any_of(ChangeKind.EVIDENCE)
    assert not changes.any_of(ChangeKind.CASE) and initiator is parent


def test_without_a_failure_handler_the_teacher_reads_the_errors_message(
    qtbot: QtBot, runner: BackgroundRunner, parent: QWidget
) -> None:
    error = InvalidInputError("title")

    def work() -> None:
        raise error

    Op(parent, work).success(lambda _r: pytest.fail("no success after an error")).run(runner)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "operationFailedBox") is not None)
    box = parent.findChild(QMessageBox, "operationFailedBox")
    assert box is not None and box.text() == message_for(error)
    box.close()


def test_progress_reaches_the_dialog_and_cancel_stops_the_work(
    qtbot: QtBot, runner: BackgroundRunner, parent: QWidget
) -> None:
    started = threading.Event()
    failures: list[BaseException] = []

    def work(progress: Progress) -> str:
        progress.report(1, 2)
        started.set()
        for _ in range(RELEASE_BOUND_S * 100):
            if progress.cancelled():
                raise InterruptedError("stopped")
            threading.Event().wait(0.01)
        return "finished"

    op: Op[str] = Op(parent, work).with_progress("Working", cancellable=True)
    op.failure(failures.append).run(runner)
    assert op.dialog is not None
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.value() == 500)
    assert started.wait(RELEASE_BOUND_S)
    cancel = op.dialog.findChild(QPushButton)
    assert cancel is not None
    assert cancel.text() == QCoreApplication.translate("Operations", "Cancel")
    cancel.click()
    qtbot.waitUntil(lambda: bool(failures), timeout=RELEASE_BOUND_S * 1000)
    assert isinstance(failures[0], InterruptedError)
    assert op.dialog is None  # closed when the work ended


def test_a_destroyed_parent_gets_no_callback_but_the_change_is_still_published(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    parent = QWidget()
    release = threading.Event()
    called: list[str] = []
    published = _published(runner)

    def work() -> str:
        assert release.wait(RELEASE_BOUND_S)
        return "done"

    Op(parent, work).success(called.append).failure(lambda e: called.append(repr(e))).changes(
        Changes.of("case-1", ChangeKind.CASE)
    ).run(runner)
    shiboken6.delete(parent)
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert called == []
    assert [(c.case_ids, who) for c, who in published] == [(frozenset({"case-1"}), None)]


def test_auto_lock_during_a_running_operation_never_calls_back_into_a_destroyed_widget(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx: AppContext = make_window(made_vault)
    gui.unlock(ctx)
    services = ctx.window.services()
    assert services is not None
    case_id = str(gui.run_on_worker(ctx, lambda: services.cases.create_case("Nepaccount")))
    workspace = ctx.window.workspace
    assert workspace is not None
    workspace.open_case(case_id)
    qtbot.waitUntil(lambda: workspace.case_widget is not None and not ctx.runner.is_busy())
    case_widget = workspace.case_widget
    assert case_widget is not None

    release = threading.Event()
    called: list[str] = []

    def blocked() -> str:  # holds the worker while the window locks
        assert release.wait(RELEASE_BOUND_S)
        return "late"

    Op(case_widget, blocked).success(called.append).failure(
        lambda e: called.append(repr(e))
    ).run(ctx.runner)
    Op(case_widget, lambda: 0).with_progress("Waiting", cancellable=True).success(
        lambda _r: called.append("progress")
    ).run(ctx.runner)
    case_widget.refresh()  # the real reload, queued behind: its callback touches the view
    with qtbot.waitSignal(ctx.window.sig_locked, timeout=10_000):
        ctx.window._idle.sig_idle.emit()  # the idle timer runs out while the worker is busy
    qtbot.waitUntil(lambda: not ctx.window.findChildren(CaseWidget))
    assert not shiboken6.isValid(case_widget)
    release.set()
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=RELEASE_BOUND_S * 1000)
    assert called == []  # and no exception from a callback into a deleted widget (pytest-qt)
    assert ctx.window.is_locked()
