"""Operations: the one way a screen runs work off the GUI thread (after anki's CollectionOp).

    Op(self, lambda: service.add_note(case_id, text))
        .success(self._on_saved)              # on the GUI thread, only while `self` lives
        .changes(Changes.of(case_id, ChangeKind.CASE))
        .run(runner)

The work runs on the app's single database worker (`BackgroundRunner`) and never touches a
widget. Its outcome comes back on the GUI thread, and only while the parent widget still exists:
an auto-lock that destroys the workspace during the work never calls back into it. Without a
`failure` handler the teacher sees the translated message of `ui/errors.message_for`.

`with_progress(label, cancellable=...)` shows a window-modal progress dialog; the work then gets
one argument, a `Progress` (`report(done, total)` and `cancelled()`, both safe on the worker). A
cancellable operation is also cancelled when its parent is destroyed.

A changing operation declares what it changed (`Changes`: which cases, which kinds of record).
After it succeeded, the runner publishes that value on `BackgroundRunner.sig_changes_published`,
also when the parent is gone by then; screens subscribe there and reload only what changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for

T = TypeVar("T")


class ChangeKind(StrEnum):
    """The kinds of record an operation can change; a screen reloads the kinds it shows."""

    CASE = "case"  # the case itself: title, status, people, notes
    CASES = "cases"  # cases added or removed as a whole (new case, archive import)
    STEPS = "steps"  # intake, triage, severity, approach, observation, step plan
    CONVERSATIONS = "conversations"
    FOLLOW_UP = "follow-up"  # follow-ups and agreements
    CLOSING = "closing"
    EVIDENCE = "evidence"
    SETTINGS = "settings"  # the school's settings


@dataclass(frozen=True)
class Changes:
    """What one operation changed: the cases it touched and the kinds of record."""

    case_ids: frozenset[str] = frozenset()
    kinds: frozenset[ChangeKind] = frozenset()

    @classmethod
    def of(cls, case_id: str | None, *kinds: ChangeKind) -> Changes:
        """The changes of one case (no case: a change outside any case, such as settings)."""
        return cls(frozenset(() if case_id is None else (case_id,)), frozenset(kinds))

    @classmethod
    def of_cases(cls, case_ids: Iterable[str], *kinds: ChangeKind) -> Changes:
        """The changes of several cases at once."""
        return cls(frozenset(case_ids), frozenset(kinds))

    def touches(self, case_id: str) -> bool:
        """True when the operation changed this case."""
        return case_id in self.case_ids

    def any_of(self, *kinds: ChangeKind) -> bool:
        """True when the operation changed a record of one of these kinds."""
        return not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.case_ids | other.case_ids, self.kinds | other.kinds)


class _ProgressRelay(QObject):
    """Carries progress from the worker to the GUI thread (a queued signal); never parented."""

    sig_progress = Signal(int)
    """Progress in per mille."""


class Progress:
    """What the work of an operation with progress gets: report and ask whether to stop."""

    def __init__(self) -> None:
        self._relay = _ProgressRelay()
        self._stop = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Called on the worker: `done` of `total` (sent as per mille: Qt's int is 32-bit)."""
        self._relay.sig_progress.emit(min(1000, done * 1000 // total) if total > 0 else 0)

    def cancelled(self) -> bool:
        """Called on the worker: True once the teacher (or a lock) asked to stop."""
        return self._stop.is_set()

    def cancel(self, *_args: object) -> None:
        """Ask the work to stop at its next check (it raises its own cancelled error)."""
        self._stop.set()


def show_failure(parent: QWidget, error: BaseException) -> None:
    """The default failure handler: the error's translated message in a window-modal box."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Operations", "This did not work"),
        message_for(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("operationFailedBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class Op(Generic[T]):
    """One piece of work for the database worker, with what to do on the GUI thread after it."""

    def __init__(self, parent: QWidget, work: Callable[..., T]) -> None:
        self._parent = parent
        self._work = work
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[BaseException], object] | None = None
        self._label: str | None = None
        self._cancellable = False
        self._changes: Changes | Callable[[T], Changes] | None = None
        self.progress: Progress | None = None
        self.dialog: QProgressDialog | None = None

    def success(self, on_success: Callable[[T], object]) -> Op[T]:
        """Call `on_success(result)` on the GUI thread when the work ended well."""
        self._on_success = on_success
        return self

    def failure(self, on_failure: Callable[[BaseException], object]) -> Op[T]:
        """Call `on_failure(error)` instead of showing the error's message."""
        self._on_failure = on_failure
        return self

    def with_progress(self, label: str, *, cancellable: bool = False) -> Op[T]:
        """Show a progress dialog; the work gets a `Progress` as its one argument."""
        self._label = label
        self._cancellable = cancellable
        return self

    def changes(self, changes: Changes | Callable[[T], Changes]) -> Op[T]:
        """What the work changes (or how to tell from its result): published after success."""
        self._changes = changes
        return self

    def run(self, runner: BackgroundRunner) -> None:
        """Queue the work on the runner's worker."""
        work = self._work
        if self._label is not None:
            progress = self.progress = Progress()
            self.dialog = self._progress_dialog(progress)

            def call() -> T:
                return work(progress)
        else:
            call = work
        runner.run_in_background(
            call,
            lambda result: self._finished(runner, True, result),
            lambda error: self._finished(runner, False, error),
        )

    def _progress_dialog(self, progress: Progress) -> QProgressDialog:
        dialog = QProgressDialog(self._label or "", "", 0, 1000, self._parent)
        dialog.setObjectName("operationProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Operations", "Cancel"))
            dialog.canceled.connect(progress.cancel)
            # A lock destroys the parent: stop the work instead of finishing it for nobody.
            self._parent.destroyed.connect(progress.cancel)
        else:
            dialog.setCancelButton(None)
        progress._relay.sig_progress.connect(dialog.setValue)
        return dialog

    def _finished(self, runner: BackgroundRunner, ok: bool, payload: Any) -> None:
        alive = shiboken6.isValid(self._parent)
        if self.dialog is not None and alive and shiboken6.isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        if ok:
            changes = self._changes(payload) if callable(self._changes) else self._changes
            if alive and self._on_success is not None:
                self._on_success(payload)
            if changes is not None:
                runner.publish(changes, self._parent if alive else None)
        elif alive:
            if self._on_failure is not None:
                self._on_failure(payload)
            else:
                show_failure(self._parent, payload)
