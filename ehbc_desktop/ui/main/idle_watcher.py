"""Locks after a period without keyboard or mouse input (an event filter on the application)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = frozenset(
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

    Install it with `app.installEventFilter(watcher)`; `arm()` when the vault opens,
    `disarm()` when it locks.
    """

    sig_idle = Signal()
    """Nobody touched keyboard or mouse for the whole timeout."""

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
        self._timer.start()

    def disarm(self) -> None:
        """Stop counting (nothing to protect while locked)."""
        self._timer.stop()

    def is_armed(self) -> bool:
        """True while counting."""
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the count; the event itself goes on untouched."""
        if self._timer.isActive() and event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False
