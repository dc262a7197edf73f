"""Two rules that keep the GUI thread free: no application-wide event filter, and windows that
ask for their size through `fit_to_screen` (which once needed such a filter to catch them).

An event filter on the application is called, in Python, for every event of every widget:
thousands while a case screen is built, each waiting for the interpreter lock while the worker
runs Python. Windows are sized when made, through `ui/screen_fit.fit_to_screen`.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ehbc_desktop"
APPLICATION_NAMES = {"app", "qapp", "application", "QApplication", "QCoreApplication",
                     "QGuiApplication", "instance"}  # fmt: skip


def _calls(method: str, package: Path) -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == method):  # fmt: skip
                found.append((f"{path.relative_to(package)}:{node.lineno}", node))
    return found


def _receiver_name(call: ast.Call) -> str:
    receiver = call.func.value  # type: ignore[attr-defined]
    if isinstance(receiver, ast.Call):  # QApplication.instance().installEventFilter(...)
        receiver = receiver.func
    if isinstance(receiver, ast.Attribute):
        return receiver.attr
    return receiver.id if isinstance(receiver, ast.Name) else ""


def application_filters(package: Path = PACKAGE) -> list[str]:
    """Where an event filter is installed on the application object."""
    return [where for where, call in _calls("installEventFilter", package)
            if _receiver_name(call) in APPLICATION_NAMES]  # fmt: skip


def sizes_of_their_own(package: Path = PACKAGE) -> list[str]:
    """Where a window is resized to a size written in the code, not through `fit_to_screen`."""
    return [where for where, call in _calls("resize", package)
            if where.startswith("ui/") and not where.startswith("ui/screen_fit.py")
            and len(call.args) == 2]  # fmt: skip


def test_no_event_filter_on_the_whole_application() -> None:
    assert application_filters() == []


def test_windows_ask_for_their_size_through_fit_to_screen() -> None:
    assert sizes_of_their_own() == []


def test_the_checks_see_what_they_forbid(tmp_path: Path) -> None:
    source = ("def f(app, dialog, QApplication):\n"
              "    app.installEventFilter(dialog)\n"
              "    QApplication.instance().installEventFilter(dialog)\n"
              "    dialog.installEventFilter(dialog)\n"
              "    dialog.resize(800, 600)\n")  # fmt: skip
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "bad.py").write_text(source, encoding="utf-8")
    assert application_filters(tmp_path) == ["ui/bad.py:2", "ui/bad.py:3"]
    assert sizes_of_their_own(tmp_path) == ["ui/bad.py:5"]
