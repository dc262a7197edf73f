"""Entry script of the start-up baseline bundle: one painted QLabel, then quit.

Frozen by installer/bare-window.spec with the same PyInstaller, Python, PySide6 and the same Qt
left out as the program's bundle, so `tests/bench/test_bench_startup.py` can set the program's
start against it in the same run. Prints "shown" once the window has painted, like the program
under EHBC_EXIT_WHEN_SHOWN=1.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class _Painted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _shown)
        return False


def _shown() -> None:
    print("shown", flush=True)
    QTimer.singleShot(0, QApplication.quit)


if __name__ == "__main__":
    app = QApplication([])
    label = QLabel("EHBC Desktop")
    painted = _Painted()
    label.installEventFilter(painted)
    label.show()
    app.exec()
