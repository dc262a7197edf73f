"""One worker thread for vault and database work; results come back on the GUI thread."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from ehbc_desktop import interpreter_share

GUI_BEAT_MS = 4
"""While a job runs, the GUI thread notes this often that it got the interpreter (see
`ehbc_desktop.interpreter_share`: the worker steps aside when the notes stop coming)."""

SuccessCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Pending(NamedTuple):  # not a dataclass: that module is not loaded before the first paint
    on_success: SuccessCallback
    on_error: ErrorCallback
    owner: QObject | None


class _Task(QRunnable):
    """Runs one function on the worker; reports through the runner's queued signal."""

    def __init__(self, runner: BackgroundRunner, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._task_id = task_id
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure goes back to the GUI thread
            self._runner.sig_task_finished.emit(self._task_id, False, exc)
        else:
            self._runner.sig_task_finished.emit(self._task_id, True, result)
        finally:
            self._fn = _nothing  # drop references (passphrases, sessions) as soon as possible


def _nothing() -> None:
    return None


class BackgroundRunner(QObject):
    """Serialises background work on one thread and delivers results on the GUI thread.

    The runner must be created on the GUI thread. The worker never touches a widget: `fn` gets
    no arguments and returns plain data; `on_success(result)` or `on_error(exception)` run later
    on the GUI thread. When `owner` is given and has been deleted by then (the window was locked
    in the meantime), the callbacks are skipped.
    """

    sig_task_finished = Signal(int, bool, object)
    """A task ended (id, succeeded, result or exception); emitted on the worker thread."""

    sig_busy_changed = Signal(bool)
    """Work started (True) or every queued task is done (False)."""

    sig_changes_published = Signal(object, object)
    """An operation changed the vault: its `ui.ops.Changes` and the widget that ran it (or None).

    Screens subscribe here and reload only what the changes touch (see `ui/ops.py`).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # One thread: the vault and its single database connection are used by one worker only.
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self.sig_task_finished.connect(self._on_runner_task_finished)
        self._beat = QTimer(self)
        self._beat.setInterval(GUI_BEAT_MS)
        self._beat.timeout.connect(interpreter_share.note_gui_ran)

    def run_in_background(
        self,
        fn: Callable[[], Any],
        on_success: SuccessCallback,
        on_error: ErrorCallback,
        owner: QObject | None = None,
    ) -> None:
        """Queue `fn` on the worker; call `on_success` or `on_error` on the GUI thread."""
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(on_success, on_error, owner)
        if len(self._pending) == 1:
            self._beat.start()
            interpreter_share.start_watching()
            self.sig_busy_changed.emit(True)
        self._pool.start(_Task(self, task_id, fn))

    def publish(self, changes: object, initiator: QObject | None = None) -> None:
        """Tell every subscribed screen what an operation changed (on the GUI thread)."""
        self.sig_changes_published.emit(changes, initiator)

    def is_busy(self) -> bool:
        """True while a task is queued, running, or waiting for its callback."""
        return bool(self._pending)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (used on shutdown); True when it is."""
        return bool(self._pool.waitForDone(msecs))

    @Slot(int, bool, object)
    def _on_runner_task_finished(self, task_id: int, ok: bool, payload: object) -> None:
        pending = self._pending.pop(task_id, None)
        if not self._pending:
            interpreter_share.stop_watching()
            self._beat.stop()
            self.sig_busy_changed.emit(False)
        if pending is None:
            return
        if pending.owner is not None and not shiboken6.isValid(pending.owner):
            return
        if ok:
            pending.on_success(payload)
        else:
            assert isinstance(payload, BaseException)
            pending.on_error(payload)


def run_detached(
    fn: Callable[[], Any], name: str, done: threading.Event | None = None
) -> threading.Event:
    """Run `fn` in a daemon thread of its own; `done` (returned) is set when it has ended.

    Only for work that touches neither the vault nor a widget and whose result nobody waits
    for: importing the screens while the teacher types the passphrase (`MainWindow.preload`).
    Database work always goes through `BackgroundRunner`, the one thread of the vault.
    """
    done = done or threading.Event()

    def run() -> None:
        try:
            fn()
        finally:
            done.set()

    threading.Thread(target=run, name=name, daemon=True).start()
    return done
