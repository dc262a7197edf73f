"""Screenshots on a 1366x768 school laptop screen: the first-start wizard and the dashboard.

Usage: python scripts/screenshots_small_screen.py [folder] [--lang nl_BE|en]
Run under Xvfb with a 1366x768 screen (`Xvfb :99 -screen 0 1366x768x24`, DISPLAY=:99) or
without a display: then Qt's offscreen platform gets a 1366x768 screen from a configuration
file. The window is NOT resized by this script: it shows the size the program picks itself.
Each shot is the whole screen; the script also prints any visible button that is not fully on
the screen (there should be none). Set QT_SCALE_FACTOR=1.5 for 150 % scaling.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QAbstractButton, QWidget
from screenshots import (
    PASSPHRASE,
    arguments,
    dispose,
    first_start,
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
        first_start(ctx, folder, shoot, prefix="small_")
        dispose(app, ctx)
        ctx = window_in(app, vault, lang)
        ctx.window.show()
        ctx.window.start()
        wait_until(lambda: ctx.window.unlock_screen is not None
                   and ctx.window.unlock_screen.view.user_combo.count() > 0)  # fmt: skip
        shoot(ctx.window, folder, "small_06_unlock")
        unlock_with(ctx, PASSPHRASE)
        shoot(ctx.window, folder, "small_07_dashboard")
        dispose(app, ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
