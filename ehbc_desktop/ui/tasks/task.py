"""Runs one long service call off the GUI thread with progress and cancel (never touches widgets).

The function gets two callables, ``report(done, total)`` and ``cancelled()``, and returns plain
data. Results and errors come back through queued signals, on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

Report = Callable[[int, int], None]
Cancelled = Callable[[], bool]
TaskFunction = Callable[[Report, Cancelled], Any]


class BackgroundTask(QThread):
    """A worker thread for one call; `cancel()` asks the call to stop at its next check."""

    sig_progress = Signal(int, int)
    """Progress (done, total), emitted from the worker and delivered queued."""
    sig_succeeded = Signal(object)
    """The call's result."""
    sig_failed = Signal(object)
    """The exception the call raised."""

    def __init__(self, fn: TaskFunction, parent: Any = None) -> None:
        super().__init__(parent)
        self._fn: TaskFunction | None = fn
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the call to stop (it raises its own cancelled error)."""
        self._stop.set()

    def run(self) -> None:
        """Thread body: call the function and report how it ended."""
        fn, self._fn = self._fn, None  # drop references (passphrases) once done
        if fn is None:
            return
        try:
            result = fn(self._report, self._stop.is_set)
        except BaseException as exc:  # every failure is reported on the GUI thread
            self.sig_failed.emit(exc)
        else:
            self.sig_succeeded.emit(result)

    def _report(self, done: int, total: int) -> None:
        # Qt's int is 32-bit: report per mille so large files do not overflow.
        self.sig_progress.emit(min(1000, done * 1000 // total) if total > 0 else 0, 1000)
