"""Locks after a period without keyboard or mouse input (event filters on the program's windows).

Keyboard and mouse input reach the program through its top-level windows (`QWindow`: the main
window, each dialog, each pop-up list or menu) before Qt hands them to a widget. The watcher
filters those windows, not the whole application: an application-wide filter in Python is
called for every event of every widget (thousands while a case screen is built), and each call
waits for the interpreter lock while the worker thread runs Python, which stalled the window.
"""

from __future__ import annotations

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow


def _input_events() -> frozenset[QEvent.Type]:
    """The kinds of input that count (built on first use: QEvent.Type is a 170-member enum that
    PySide6 builds the first time it is touched, 10 ms or more before the first paint)."""
    return frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.Shortcut,
        }
    )


def _opening_events() -> frozenset[QEvent.Type]:
    """Input after which a new window may be on screen (a pop-up list, a menu, a dialog)."""
    return frozenset(
        {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease}
    )


class IdleWatcher(QObject):
    """Emits `sig_idle` once the program's windows saw no input for `timeout_ms` while armed.

    `arm()` when the vault opens, `disarm()` when it locks. While armed the watcher filters every
    top-level window of `app`: those on screen when armed, each window that gets the keyboard
    focus later (a dialog), and each that appears right after a click or a key press (a pop-up
    list or menu, which never takes the focus). While locked it filters nothing: a Python filter
    on a locked window would cost start-up time for nothing (each new kind of event it sees makes
    PySide6 build its Python types, about 60 ms before the unlock screen on a 2-core PC).
    """

    sig_idle = Signal()
    """Nobody touched keyboard or mouse for the whole timeout."""

    def __init__(
        self,
        timeout_ms: int,
        app: QGuiApplication | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._armed_on_app = False
        self._windows: list[QWindow] = []
        self._input: frozenset[QEvent.Type] = frozenset()
        self._opening: frozenset[QEvent.Type] = frozenset()
        self._look_pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.sig_idle)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """Change the idle time; restarts the count when armed."""
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def timeout_ms(self) -> int:
        """The idle time in milliseconds."""
        return self._timer.interval()

    def arm(self) -> None:
        """Start counting."""
        if not self._input:  # not before the first paint: these make PySide6 build enums
            self._input, self._opening = _input_events(), _opening_events()
            self._timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)  # coarse: 5 % late
        if self._app is not None and not self._armed_on_app:
            self._armed_on_app = True
            self._app.focusWindowChanged.connect(self._on_app_focus_window_changed)
            self._look_for_new_windows()
        self._timer.start()

    def disarm(self) -> None:
        """Stop counting (nothing to protect while locked)."""
        self._timer.stop()
        if self._app is not None and self._armed_on_app:
            self._armed_on_app = False
            self._app.focusWindowChanged.disconnect(self._on_app_focus_window_changed)
            for window in self._windows:
                if shiboken6.isValid(window):
                    window.removeEventFilter(self)
            self._windows.clear()

    def is_armed(self) -> bool:
        """True while counting."""
        return self._timer.isActive()

    def remaining_ms(self) -> int:
        """Milliseconds left before `sig_idle`; -1 when not armed."""
        return self._timer.remainingTime()

    def watched_windows(self) -> list[QWindow]:
        """The windows whose input counts now (for tests)."""
        return [window for window in self._windows if shiboken6.isValid(window)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the count; the event itself goes on untouched."""
        kind = event.type()
        if self._timer.isActive() and kind in self._input:
            self._timer.start()
            if kind in self._opening and not self._look_pending:
                self._look_pending = True  # once the click or key has done its work
                QTimer.singleShot(0, self, self._look_for_new_windows)
        return False

    def _on_app_focus_window_changed(self, window: QWindow | None) -> None:
        if window is not None:
            self._watch(window)

    def _look_for_new_windows(self) -> None:
        self._look_pending = False
        if self._app is None or not self._armed_on_app:
            return
        self._windows = self.watched_windows()  # forget the windows that were closed for good
        for window in self._app.topLevelWindows():
            if window.isVisible():
                self._watch(window)

    def _watch(self, window: QWindow) -> None:
        if window not in self._windows:
            window.installEventFilter(self)
            self._windows.append(window)
