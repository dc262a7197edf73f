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


def _probe(tmp_path: Path, scale: str, lang: str = "nl_BE",
           size: tuple[int, int] = (1366, 768)) -> dict[str, dict[str, Any]]:  # fmt: skip
    config = tmp_path / "screen.json"
    screen = dict(SCREEN, width=size[0], height=size[1])
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=scale,
               PYTHONPATH=str(ROOT))  # fmt: skip
    result = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path), lang], env=env, cwd=tmp_path,
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return {line["screen"]: line for line in lines}


def _case_screens(shown: dict[str, dict[str, Any]]) -> list[str]:
    """The case's tabs and the window's pages the probe walked (at least six of each)."""
    tabs = [name for name in shown if name.startswith("case tab ")]
    pages = [name for name in shown if name.startswith("page ")]
    assert len(tabs) >= 6 and len(pages) >= 6, sorted(shown)
    return tabs + pages


def _assert_fits_sideways(shown: dict[str, dict[str, Any]]) -> None:
    """No page scrolls sideways, no button is cut off at the side or off the screen's side."""
    problems = {name: (shown[name]["h_scroll"], shown[name]["cut_buttons"])
                for name in _case_screens(shown)
                if shown[name]["h_scroll"] or shown[name]["cut_buttons"]}  # fmt: skip
    assert problems == {}


@pytest.fixture(scope="module")
def at_100(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    return _probe(tmp_path_factory.mktemp("screen100"), "1")


@pytest.fixture(scope="module")
def english_at_100(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    return _probe(tmp_path_factory.mktemp("screen100en"), "1", lang="en")


@pytest.fixture(scope="module")
def at_1280x800(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    return _probe(tmp_path_factory.mktemp("screen1280"), "1", size=(1280, 800))


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


def test_the_overview_lists_show_several_lines_at_1366x768(
    at_100: dict[str, dict[str, Any]],
) -> None:
    # The counters sit beside the heading, so the lists get their room: on the new vault's
    # Overview (three lists) each shows six lines before it scrolls, five when the counters
    # stood under the heading; with the fourth list (idle cases) four lines against three.
    rows = at_100["dashboard"]["list_rows"]
    assert len(rows) == 3, rows
    assert min(rows.values()) >= 6, rows


def test_the_main_window_fits_at_150_percent_and_scrolls(at_150: dict[str, dict[str, Any]]) -> None:
    # The dashboard needs more room than 911x512: the window stays on the screen and its
    # content scrolls (the buttons are reached by scrolling), it does not grow off the screen.
    assert at_150["dashboard"]["fits"], at_150["dashboard"]


def test_the_new_report_dialog_fits_at_150_percent(at_150: dict[str, dict[str, Any]]) -> None:
    # The form wizard folds its tips under its list of steps to leave room for the people.
    assert at_150["new report"]["fits"], at_150["new report"]
    assert at_150["new report"]["off_screen_buttons"] == [], at_150["new report"]


def test_with_a_case_open_no_page_scrolls_sideways_in_dutch(
    at_100: dict[str, dict[str, Any]],
) -> None:
    # Dutch labels are long: the case's header and the evidence buttons once made every page
    # wider than the window, with a horizontal scroll bar and buttons out of view.
    _assert_fits_sideways(at_100)


def test_with_a_case_open_no_page_scrolls_sideways_in_english(
    english_at_100: dict[str, dict[str, Any]],
) -> None:
    _assert_fits_sideways(english_at_100)


def test_with_a_case_open_no_page_scrolls_sideways_at_1280x800(
    at_1280x800: dict[str, dict[str, Any]],
) -> None:
    _assert_fits_sideways(at_1280x800)


def test_closing_the_case_is_in_view_without_scrolling(
    at_100: dict[str, dict[str, Any]], at_1280x800: dict[str, dict[str, Any]]
) -> None:
    # The tab "Agreements & follow-up" is the fourth; "Close case...", "Mark as signed..." and
    # "Draft a repair agreement..." were far below its fold.
    assert at_100["case tab 3"]["close_in_view"] is True, at_100["case tab 3"]
    assert at_1280x800["case tab 3"]["close_in_view"] is True, at_1280x800["case tab 3"]
