"""Every button of the first window, the first-start wizard and the main dialogs is on a
1366x768 school laptop screen, at 100 % and at 150 % scaling.

The real program runs in a child process (tests/gui/screen_probe.py) on an offscreen screen of
exactly 1366x768, given to Qt through its configuration file; this process's own screen is not
that size.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PROBE = Path(__file__).with_name("screen_probe.py")
ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
WIZARD = ["first-start welcome", "first-start names", "first-start passphrase",
          "first-start recovery key"]  # fmt: skip
DIALOGS = ["new case", "settings", "about", "school settings"]
pytestmark = pytest.mark.slow


def _probe(tmp_path: Path, scale: str) -> dict[str, dict[str, Any]]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale,
               PYTHONPATH=str(ROOT))  # fmt: skip
    result = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path)], env=env, cwd=tmp_path,
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return {line["screen"]: line for line in lines}


@pytest.fixture(scope="module")
def at_100(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    return _probe(tmp_path_factory.mktemp("screen100"), "1")


@pytest.fixture(scope="module")
def at_150(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    return _probe(tmp_path_factory.mktemp("screen150"), "1.5")


@pytest.mark.parametrize("name", [*WIZARD, "dashboard", "new report", *DIALOGS])
def test_everything_fits_at_1366x768(at_100: dict[str, dict[str, Any]], name: str) -> None:
    shown = at_100[name]
    assert shown["available"] == [0, 0, 1366, 768]
    assert shown["fits"], shown
    assert shown["off_screen_buttons"] == [], shown


@pytest.mark.parametrize("name", [*WIZARD, *DIALOGS])
def test_wizard_and_dialogs_fit_at_150_percent(
    at_150: dict[str, dict[str, Any]], name: str
) -> None:
    shown = at_150[name]
    assert shown["available"] == [0, 0, 911, 512]  # 1366x768 seen through 150 % scaling
    assert shown["fits"], shown
    assert shown["off_screen_buttons"] == [], shown


def test_the_main_window_fits_at_150_percent_and_scrolls(at_150: dict[str, dict[str, Any]]) -> None:
    # The dashboard needs more room than 911x512: the window stays on the screen and its
    # content scrolls (the buttons are reached by scrolling), it does not grow off the screen.
    assert at_150["dashboard"]["fits"], at_150["dashboard"]


def test_the_new_report_dialog_fits_at_150_percent(at_150: dict[str, dict[str, Any]]) -> None:
    # The form wizard folds its tips under its list of steps to leave room for the people.
    assert at_150["new report"]["fits"], at_150["new report"]
    assert at_150["new report"]["off_screen_buttons"] == [], at_150["new report"]
