"""Progress on standard error: a bar on a terminal, one line per stage otherwise.

When standard error is a terminal the bar is redrawn in place (``\\r``); when it is a file or a
pipe (a script, a scheduled backup) each stage writes a single line when it is done, so a log
never fills with percentages. `end_progress_line` closes a half-drawn bar, so an error that
follows always starts on its own line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

BAR_WIDTH = 30

_open_line: list[bool] = [False]  # a bar is drawn and its line not yet ended


def _stream() -> TextIO:
    return sys.stderr


def end_progress_line() -> None:
    """End a half-drawn progress bar with a line break (nothing when none is open)."""
    if _open_line[0]:
        _open_line[0] = False
        print(file=_stream(), flush=True)


def progress_reporter(label: str) -> Callable[[int, int], None]:
    """A callback `(done, total)` that shows the progress of one stage called `label`."""
    last = [-1]
    finished = [False]

    def show(done: int, total: int) -> None:
        stream = _stream()
        percent = 100 if total <= 0 else max(0, min(100, done * 100 // total))
        if finished[0] or percent == last[0]:
            return
        last[0] = percent
        complete = percent >= 100
        if stream.isatty():
            filled = BAR_WIDTH * percent // 100
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            print(f"\r{label} [{bar}] {percent:3d}%", end="", file=stream, flush=True)
            _open_line[0] = True
            if complete:
                end_progress_line()
        elif complete:
            print(f"{label}: 100%", file=stream, flush=True)
        finished[0] = complete

    return show
