"""One way to run work off the GUI thread: `ui/ops.py` on `BackgroundRunner`, nothing beside it.

Reads every module of the package as a syntax tree: no nested event loop (`QEventLoop`, a
dialog's `exec()` or a static `QMessageBox.question()`), no thread of our own (`QThread`,
`threading.Thread`), none of the removed helpers, and no screen that finds another's signals
or reload method by name (`getattr(widget, "sig_changed")`).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "ehbc_desktop"

FORBIDDEN_NAMES = {
    "QEventLoop",  # a nested event loop lets a lock destroy the widget whose method still runs
    "QThread",
    "Thread",  # threading.Thread: the worker is the runner's one thread
    "call_on_runner",
    "BackgroundTask",
    "run_with_progress",
    "ProgressBridge",
}
FORBIDDEN_GETATTR = {"sig_changed", "refresh", "sig_case_requested", "reload"}
# The runner itself is the one place that owns the worker thread.
ALLOWED = {PACKAGE / "ui" / "background.py"}
# `exec()` runs a nested event loop; only the application's own loop and the file dialogs
# (native on Windows; `file_dialogs.forget` survives a parent destroyed meanwhile) may use it.
EXEC_ALLOWED = {PACKAGE / "app.py", PACKAGE / "ui" / "file_dialogs.py"}
# The static message boxes each spin their own loop: `ui/message_boxes.py` opens them instead.
STATIC_BOXES = {"question", "warning", "information", "critical", "about"}


def _nested_loop(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
        return None
    func = node.func
    if func.attr in {"exec", "exec_"}:
        return "exec()"
    if isinstance(func.value, ast.Name) and func.value.id == "QMessageBox":
        return f"QMessageBox.{func.attr}()" if func.attr in STATIC_BOXES else None
    return None


def _problems(path: Path, root: Path = PACKAGE) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        name = None
        if isinstance(node, ast.Name):
            name = node.id
        elif isinstance(node, ast.Attribute):
            name = node.attr
        elif isinstance(node, ast.alias):
            name = node.name.rsplit(".", 1)[-1]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            name = node.name
        if name in FORBIDDEN_NAMES:
            found.append(f"{path.relative_to(root)}:{getattr(node, 'lineno', 0)} {name}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"getattr", "hasattr"}
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value in FORBIDDEN_GETATTR
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno} getattr {node.args[1].value}")
        loop = _nested_loop(node)
        if loop and path not in EXEC_ALLOWED:
            found.append(f"{path.relative_to(root)}:{getattr(node, 'lineno', 0)} {loop}")
    return found


def test_no_other_way_to_run_work_is_left() -> None:
    problems = [
        problem
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in ALLOWED
        for problem in _problems(path)
    ]
    assert problems == []


def test_the_check_sees_what_it_forbids(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QEventLoop\n"
        "def f(w):\n"
        "    getattr(w, 'sig_changed', None)\n"
        "    w.exec()\n"
        "    QMessageBox.question(w, 'a', 'b')\n"
        "    return call_on_runner\n",
        encoding="utf-8",
    )
    assert len(_problems(sample, tmp_path)) == 5
