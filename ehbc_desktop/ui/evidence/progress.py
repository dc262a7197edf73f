"""A modal progress dialog with a Cancel button that runs a `BackgroundTask` to its end."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ehbc_desktop.ui.evidence.task import BackgroundTask, TaskFunction


class TaskOutcome:
    """How a task ended: `ok` with `result`, or `error` (cancelling gives the service's error)."""

    def __init__(self) -> None:
        self.ok = False
        self.result: Any = None
        self.error: BaseException | None = None


def run_with_progress(parent: QWidget | None, label: str, fn: TaskFunction) -> TaskOutcome:
    """Run ``fn`` on a worker thread while a modal progress dialog shows; wait for its end.

    The dialog's Cancel asks the task to stop; the call then ends with its cancelled error,
    after it removed what it had written.
    """
    outcome = TaskOutcome()
    dialog = QProgressDialog(label, parent.tr("Cancel") if parent else "Cancel", 0, 1000, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
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
