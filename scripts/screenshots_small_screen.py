"""Screenshots on a 1366x768 school laptop screen: the first-start wizard and the dashboard.

Usage: python scripts/screenshots_small_screen.py [folder] [--lang nl_BE|en]
Run under Xvfb with a 1366x768 screen (`Xvfb :99 -screen 0 1366x768x24`, DISPLAY=:99) or
without a display: then Qt's offscreen platform gets a 1366x768 screen from a configuration
file. The window is NOT resized by this script: it shows the size the program picks itself.
Each shot is the whole screen; the script also prints any visible button that is not fully on
the screen (there should be none). Set QT_SCALE_FACTOR=1.5 for 150 % scaling.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    config = Path(tempfile.mkdtemp(prefix="ehbc-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QRect  # noqa: E402 (after the platform is chosen)
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402 (after the platform is chosen)
from PySide6.QtWidgets import QAbstractButton, QWidget  # noqa: E402 (after the platform is chosen)
from screenshots import (  # noqa: E402
    PASSPHRASE,
    SCHOOL,
    USER,
    arguments,
    dispose,
    settle,
    themed_app,
    unlock_with,
    wait_until,
    window_in,
)


def off_screen_buttons(window: QWidget) -> list[str]:
    """Visible buttons of `window` that are not wholly inside the available screen."""
    screen = window.screen().availableGeometry()
    outside = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible():
            continue
        rect = QRect(button.mapToGlobal(button.rect().topLeft()), button.size())
        if not screen.contains(rect):
            outside.append(f"{button.text() or button.objectName()} at {rect.getRect()}")
    return outside


def shoot(window: QWidget, folder: Path, name: str) -> None:
    """The whole screen with the window where the program put it."""
    settle()
    screen = window.screen().geometry()
    picture = QPixmap(screen.size())
    picture.fill()
    painter = QPainter(picture)
    painter.drawPixmap(window.frameGeometry().topLeft() - screen.topLeft(), window.grab())
    painter.end()
    path = folder / f"{name}.png"
    picture.save(str(path))
    problems = off_screen_buttons(window)
    print(f"{path}  window {window.frameGeometry().getRect()}  "
          f"screen {window.screen().availableGeometry().getRect()}  "
          f"off-screen buttons: {problems or 'none'}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    folder, lang = arguments(__doc__, argv)
    app = themed_app()
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "vault"
        ctx = window_in(app, vault, lang)
        window = ctx.window
        window.show()
        window.start()
        wait_until(lambda: window.wizard is not None)
        wizard = window.wizard
        assert wizard is not None
        shoot(window, folder, "small_01_first_start_welcome")
        wizard.next()
        wizard.school_page.school_edit.setText(SCHOOL)
        wizard.school_page.user_edit.setText(USER)
        shoot(window, folder, "small_02_first_start_names")
        wizard.next()
        wizard.passphrase_page.passphrase_edit.setText(PASSPHRASE)
        wizard.passphrase_page.repeat_edit.setText(PASSPHRASE)
        shoot(window, folder, "small_03_first_start_passphrase")
        wizard.next()
        wait_until(lambda: wizard.recovery_page.key_label.text() != "")
        shoot(window, folder, "small_04_first_start_recovery_key")
        wizard.recovery_page.confirm_check.setChecked(True)
        wizard.accept()
        wait_until(lambda: window.workspace is not None)
        dispose(app, ctx)
        ctx = window_in(app, vault, lang)
        ctx.window.show()
        ctx.window.start()
        wait_until(lambda: ctx.window.unlock_screen is not None
                   and ctx.window.unlock_screen.view.user_combo.count() > 0)  # fmt: skip
        shoot(ctx.window, folder, "small_05_unlock")
        unlock_with(ctx, PASSPHRASE)
        shoot(ctx.window, folder, "small_06_dashboard")
        dispose(app, ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
