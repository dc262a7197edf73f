"""docs/architecture.md matches the code: every room it names exists, every package is named."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ehbc_desktop"
DOC = ROOT / "docs" / "architecture.md"


def _packages() -> set[str]:
    """Every package of the code as a path below ehbc_desktop/, such as "services/case"."""
    return {
        init.parent.relative_to(PACKAGE).as_posix()
        for init in PACKAGE.rglob("__init__.py")
        if init.parent != PACKAGE
    }


def _tree() -> set[str]:
    """The packages drawn in the doc's package tree (indented names ending in a slash)."""
    text = DOC.read_text(encoding="utf-8")
    block = text.split("## The packages", 1)[1].split("```")[1]
    named: set[str] = set()
    stack: list[tuple[int, str]] = []
    for line in block.splitlines():
        match = re.match(r"^( *)([a-z_]+)/\s", line + " ")
        if not match or match.group(2) == "ehbc_desktop":
            continue
        depth = len(match.group(1))
        while stack and stack[-1][0] >= depth:
            stack.pop()
        path = "/".join([*(name for _, name in stack), match.group(2)])
        stack.append((depth, match.group(2)))
        named.add(path)
    return named


def _rooms_in_text() -> set[str]:
    """Every `ui/...`, `services/...` style folder the doc names anywhere in backticks."""
    text = DOC.read_text(encoding="utf-8")
    tops = "ui|services|store|domain|vault|reports|formspec|cli|demo"
    return {
        m.group(1).rstrip("/")
        for m in re.finditer(rf"`((?:{tops})/(?:[a-z_]+/)*)", text)
    }


def test_every_package_is_in_the_tree() -> None:
    assert _packages() - _tree() == set()


def test_every_folder_in_the_tree_exists() -> None:
    assert {path for path in _tree() if not (PACKAGE / path).is_dir()} == set()


def test_every_room_the_doc_names_exists() -> None:
    missing = {room for room in _rooms_in_text() if not (PACKAGE / room).is_dir()}
    assert missing == set()


def test_every_module_the_doc_names_exists() -> None:
    text = DOC.read_text(encoding="utf-8")
    tops = "ui|services|store|domain|vault|reports|formspec|cli|demo"
    named = set(re.findall(rf"(?<![\w/.])((?:{tops})/[a-z_/]+\.py)", text))
    assert named, "the doc names no module at all: the pattern is broken"
    assert {path for path in named if not (PACKAGE / path).is_file()} == set()
