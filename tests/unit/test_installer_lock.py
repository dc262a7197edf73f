"""installer/requirements.lock pins every dependency of the program, with hashes.

The installer is built with `pip install --require-hashes --no-deps -r requirements.lock`, so a
dependency added to pyproject.toml without refreshing the lock (bash installer/lock.sh) would
be missing from the Windows bundle; this test says so first.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "installer" / "requirements.lock"


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(0)).lower()


def _pinned() -> dict[str, str]:
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9._-]+)==(\S+)", line)
        if match:
            pins[_name(match.group(1))] = match.group(2)
    return pins


def test_every_dependency_of_the_program_is_pinned() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_name(requirement) for requirement in project["dependencies"]}
    missing = wanted - set(_pinned())
    assert missing == set(), "run: bash installer/lock.sh, and commit installer/requirements.lock"


def test_every_pin_has_a_hash_and_the_builder_is_pinned() -> None:
    text = LOCK.read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[a-z0-9])", text.split("\n", 2)[2])
    assert all("--hash=sha256:" in block for block in blocks if "==" in block)
    assert {"pyinstaller", "setuptools"} <= set(_pinned())
