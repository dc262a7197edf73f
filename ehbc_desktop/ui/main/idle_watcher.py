"""Locks after a period without keyboard or mouse input (an event filter on the application)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


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


class IdleWatcher(QObject):
    """Emits `sig_idle` once the application saw no input for `timeout_ms` while armed.

    `arm()` when the vault opens, `disarm()` when it locks. The watcher filters the events of
    `watched` (the application) only while armed: a Python filter on every event of a locked
    window would cost start-up time for nothing (each new kind of event it sees makes
    PySide6 build its Python types, about 60 ms before the unlock screen on a 2-core PC).
    """

    sig_idle = Signal()
    """Nobody touched keyboard or mouse for the whole timeout."""

    def __init__(
        self, timeout_ms: int, watched: QObject | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._watched = watched
        self._filtering = False
        self._input: frozenset[QEvent.Type] = frozenset()
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
        if not self._input:
            self._input = _input_events()
        if self._watched is not None and not self._filtering:
            self._watched.installEventFilter(self)
            self._filtering = True
        self._timer.start()

    def disarm(self) -> None:
        """Stop counting (nothing to protect while locked)."""
        self._timer.stop()
        if self._watched is not None and self._filtering:
            self._watched.removeEventFilter(self)
            self._filtering = False

    def is_armed(self) -> bool:
        """True while counting."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the count; the event itself goes on untouched."""
        if self._timer.isActive() and event.type() in self._input:
            self._timer.start()
        return False
