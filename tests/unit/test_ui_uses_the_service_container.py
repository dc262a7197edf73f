"""The window gets its services from the one container the composition root builds.

Reads every module under ui/ as a syntax tree: no service is constructed there (`XService(...)`),
no unit of work or session is opened (`.unit()`, `.sessions`, `sessionmaker`, `Session(`), so a
user action is a call of a service that owns its transaction. (`lint-imports` keeps store/ and
SQLAlchemy out of ui/.)
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ehbc_desktop" / "ui"
FORBIDDEN_ATTRIBUTES = {"unit", "sessions"}
FORBIDDEN_CALLS = {"sessionmaker", "Session", "VaultSession"}


def _problems(path: Path, root: Path = UI) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[str] = []
    where = path.relative_to(root)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            found.append(f"{where}:{node.lineno} .{node.attr}")
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            if name.endswith("Service") or name in FORBIDDEN_CALLS:
                found.append(f"{where}:{node.lineno} {name}(...)")
    return found


def test_no_service_session_or_unit_of_work_is_made_in_the_window() -> None:
    problems = [p for path in sorted(UI.rglob("*.py")) for p in _problems(path)]
    assert problems == []


def test_the_check_sees_what_it_forbids(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(ctx):\n"
        "    service = CaseService(ctx.services.session)\n"
        "    with ctx.services.session.unit() as s:\n"
        "        return service, s\n",
        encoding="utf-8",
    )
    assert len(_problems(sample, tmp_path)) == 2
