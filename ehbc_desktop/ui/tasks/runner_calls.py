"""Service calls of the evidence and archive widgets on the app's single database worker.

The vault has one database connection, used by one thread at a time: the app's
`BackgroundRunner`. These helpers let the widgets keep their simple "call and get the result"
style while the work itself runs on that worker (a local event loop waits for it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Signal

from ehbc_desktop.ui.background import BackgroundRunner

T = TypeVar("T")
Report = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def call_on_runner(runner: BackgroundRunner, fn: Callable[[], T]) -> T:
    """Run `fn` on the runner's worker and return its result (or raise its error).

    The GUI keeps painting while it waits; the callbacks arrive queued on the GUI thread.
    """
    box: dict[str, Any] = {}
    loop = QEventLoop()

    def succeeded(result: object) -> None:
        box["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        box["error"] = error
        loop.quit()

    runner.run_in_background(fn, succeeded, failed)
    if not box:
        loop.exec()
    if "error" in box:
        raise box["error"]
    return box["result"]  # type: ignore[no-any-return]


class ProgressBridge(QObject):
    """Carries (done, total) from the worker to the GUI thread (a queued signal)."""

    sig_progress = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Called on the worker: progress in per mille (Qt's int is 32-bit)."""
        self.sig_progress.emit(min(1000, done * 1000 // total) if total > 0 else 0, 1000)

    def cancel(self) -> None:
        """Ask the running call to stop at its next check."""
        self._stop.set()

    def cancelled(self) -> bool:
        """Called on the worker: True once cancel() was asked."""
        return self._stop.is_set()
