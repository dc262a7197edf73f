"""Renders the application icon (resource icons/app.svg) to app.png and a multi-size app.ico.

Usage: python installer/make_icons.py OUT_FOLDER
Run by installer/build.sh with the build environment's PySide6 (QtSvg draws the SVG) and
Pillow (writes the .ico); nothing binary is kept in git.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from ehbc_desktop.package_data import resource

    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(resource("icons", "app.svg")))
    if not renderer.isValid():
        raise SystemExit("app.svg could not be read")
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, 256, 256))
    painter.end()
    out.mkdir(parents=True, exist_ok=True)
    png = out / "app.png"
    if not image.save(str(png)):
        raise SystemExit(f"could not write {png}")
    with Image.open(png) as picture:
        picture.save(out / "app.ico", sizes=[(s, s) for s in SIZES])
    print(f"icons: {png} and {out / 'app.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
