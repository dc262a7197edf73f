"""What the bundles leave out: unused Python modules, Qt modules, plug-ins and catalogues.

Shared by installer/ehbc-desktop.spec and installer/bare-window.spec, so the start-up baseline
(a bare PySide6 window frozen the same way) carries the same Qt as the program.
"""

from __future__ import annotations

import re
from pathlib import Path

# Nothing of this is used; leaving it out keeps the bundle small and its start quick.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "test",
    "pydoc_data",
    # Build tools, never used at run time; PyInstaller's run-time hook for setuptools imported
    # all of setuptools at every start (before the first window) only because it was bundled.
    "setuptools",
    "_distutils_hack",
    "pkg_resources",
    "distutils",
    # No process pools: without them PyInstaller's multiprocessing hook no longer imports
    # multiprocessing (sockets, pickle, subprocess) at every start.
    "multiprocessing",
    "concurrent.futures.process",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.Qt3DCore",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtDBus",
]

# Qt plug-ins and catalogues the program does not need.
KEEP_PLUGINS = {
    "platforms": ("qwindows", "qxcb", "qwayland", "qoffscreen", "qminimal"),
    "imageformats": ("qsvg", "qjpeg", "qgif", "qico", "qwebp", "qtiff"),
    "iconengines": ("qsvgicon",),
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle"),
    "platformthemes": ("qgtk3", "qxdgdesktopportal"),
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    "xcbglintegrations": (),
    "wayland-shell-integration": ("libxdg-shell",),
    "wayland-decoration-client": ("libbradient",),
    "wayland-graphics-integration-client": (),
    "egldeviceintegrations": (),
    "generic": (),
    "networkinformation": (),
    "tls": (),
}
KEEP_QT_CATALOGUES = ("qtbase_nl", "qt_nl", "qtbase_en", "qt_en")
# Pulled in by plug-ins we drop (virtual keyboard, EGL): QML, Quick, OpenGL are never used.
UNUSED_QT_LIBRARIES = re.compile(r"^(lib)?Qt6(Quick|Qml|VirtualKeyboard|EglF[Ss]|OpenGL)", re.I)


def wanted(dest: str) -> bool:
    parts = Path(dest).parts
    if "PySide6" not in parts:
        return True
    if UNUSED_QT_LIBRARIES.match(parts[-1]):
        return False
    if "translations" in parts:
        return Path(dest).stem in KEEP_QT_CATALOGUES
    if "plugins" in parts:
        group = parts[parts.index("plugins") + 1] if len(parts) > parts.index("plugins") + 1 else ""
        if group in KEEP_PLUGINS:
            stem = Path(dest).name.split(".")[0].removeprefix("lib")
            return any(stem.startswith(keep.removeprefix("lib")) for keep in KEEP_PLUGINS[group])
    return True


def trimmed(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The TOC entries (destination, source, kind) the bundle keeps."""
    return [entry for entry in entries if wanted(entry[0])]
