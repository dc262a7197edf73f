"""A modal progress dialog with a Cancel button that runs a long call to its end.

With the app's `BackgroundRunner` the call runs on its single database worker (so it never
uses the vault's connection at the same time as other screens); without one (stand-alone use)
on a `BackgroundTask` thread of its own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.tasks.runner_calls import ProgressBridge
from ehbc_desktop.ui.tasks.task import BackgroundTask, TaskFunction


class TaskOutcome:
    """How a task ended: `ok` with `result`, or `error` (cancelling gives the service's error)."""

    def __init__(self) -> None:
        self.ok = False
        self.result: Any = None
        self.error: BaseException | None = None


def _dialog(parent: QWidget | None, label: str) -> QProgressDialog:
    cancel = QCoreApplication.translate("TaskProgress", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 1000, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def run_with_progress(
    parent: QWidget | None, label: str, fn: TaskFunction, runner: BackgroundRunner | None = None
) -> TaskOutcome:
    """Run ``fn`` off the GUI thread while a modal progress dialog shows; wait for its end.

    The dialog's Cancel asks the task to stop; the call then ends with its cancelled error,
    after it removed what it had written.
    """
    if runner is not None:
        return _run_on_runner(parent, label, fn, runner)
    outcome = TaskOutcome()
    dialog = _dialog(parent, label)
    task = BackgroundTask(fn)
    loop = QEventLoop()

    def succeeded(result: object) -> None:
        outcome.ok, outcome.result = True, result

    def failed(error: object) -> None:
        outcome.error = error if isinstance(error, BaseException) else RuntimeError()

    task.sig_progress.connect(lambda done, total: dialog.setValue(done))
    task.sig_succeeded.connect(succeeded)
    task.sig_failed.connect(failed)
    task.finished.connect(loop.quit)
    dialog.canceled.connect(task.cancel)
    task.start()
    if task.isRunning():
        loop.exec()
    task.wait()
    dialog.close()
    dialog.deleteLater()
    task.deleteLater()
    return outcome


def _run_on_runner(
    parent: QWidget | None, label: str, fn: TaskFunction, runner: BackgroundRunner
) -> TaskOutcome:
    outcome = TaskOutcome()
    dialog = _dialog(parent, label)
    bridge = ProgressBridge()
    loop = QEventLoop()
    done = False

    def succeeded(result: object) -> None:
        nonlocal done
        outcome.ok, outcome.result, done = True, result, True
        loop.quit()

    def failed(error: BaseException) -> None:
        nonlocal done
        outcome.error, done = error, True
        loop.quit()

    bridge.sig_progress.connect(lambda value, _total: dialog.setValue(value))
    dialog.canceled.connect(bridge.cancel)
    report, cancelled = bridge.report, bridge.cancelled
    runner.run_in_background(lambda: fn(report, cancelled), succeeded, failed)
    if not done:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    bridge.deleteLater()
    return outcome
