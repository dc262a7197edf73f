"""Run in a child process by test_screen_fit.py: the real window on a 1366x768 screen.

Qt's offscreen platform gets a 1366x768 screen from a configuration file (the parent sets
QT_QPA_PLATFORM and, for 150 % scaling, QT_SCALE_FACTOR). The probe walks the first-start
wizard, unlocks, and opens the main dialogs from the menu; it prints one JSON object per screen
with the window's geometry, the available screen and every visible button that is not wholly on
that screen.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRect, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from ehbc_desktop.app import apply_theme, build_window, dispose
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "een zin die lang genoeg is voor de kluis"


def wait_until(condition: Callable[[], bool], timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError("the window did not reach the expected state")


def report(name: str, window: QWidget) -> None:
    screen = window.screen().availableGeometry()
    outside = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            rect = QRect(button.mapToGlobal(button.rect().topLeft()), button.size())
            if not screen.contains(rect):
                outside.append(button.text() or button.objectName())
    frame = window.frameGeometry()
    print(json.dumps({"screen": name, "window": frame.getRect(), "available": screen.getRect(),
                      "fits": screen.contains(frame), "off_screen_buttons": outside}),
          flush=True)  # fmt: skip


def open_dialog(app: QApplication, name: str, action: QAction) -> None:
    """Trigger `action`; report and close the dialog it shows (modal or not)."""
    seen: list[QDialog] = []
    timer = QTimer()
    timer.setInterval(50)

    def inspect() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                seen.append(widget)
                report(name, widget)
                widget.reject()
        if seen:
            timer.stop()

    timer.timeout.connect(inspect)
    timer.start()
    action.trigger()
    wait_until(lambda: bool(seen))
    timer.stop()


def main(folder: Path) -> int:
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    ctx = build_window(app, vault_dir=folder / "vault", kdf=FAST_TEST_PARAMS)
    window = ctx.window
    window.show()
    window.start()
    wait_until(lambda: window.wizard is not None)
    wizard = window.wizard
    assert wizard is not None
    report("first-start welcome", window)
    wizard.next()
    wizard.school_page.school_edit.setText("Atheneum Brugge")
    wizard.school_page.user_edit.setText("Sara Claes")
    report("first-start names", window)
    wizard.next()
    wizard.passphrase_page.passphrase_edit.setText(PASSPHRASE)
    wizard.passphrase_page.repeat_edit.setText(PASSPHRASE)
    report("first-start passphrase", window)
    wizard.next()
    wait_until(lambda: wizard.recovery_page.key_label.text() != "")
    report("first-start recovery key", window)
    wizard.recovery_page.confirm_check.setChecked(True)
    wizard.accept()
    wait_until(lambda: window.workspace is not None
               and window.workspace.dashboard.loaded)  # fmt: skip
    report("dashboard", window)
    menus = window.menus
    for name, action in (("new case", menus.new_case), ("new report", menus.new_report),
                         ("settings", menus.settings), ("about", menus.about),
                         ("school settings", menus.school_settings)):  # fmt: skip
        open_dialog(app, name, action)
    dispose(app, ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
