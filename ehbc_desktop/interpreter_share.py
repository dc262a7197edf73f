"""The database worker makes room for the GUI thread when the GUI waits for the interpreter.

Python runs one thread at a time (the interpreter lock). The one worker thread runs Python for
most of a job (SQLAlchemy, ReportLab, the archive's loops) and lets go of the lock only for a
moment around each call into SQLite: too short for the GUI thread to wake up and take it. The
GUI thread needs the lock for every slot, every model's `data()` and every timer it runs, so
while a long job ran it could wait 30-60 ms for each of them: the window stalled. CPython's own
remedy (after the switch interval, 5 ms, the waiting thread asks the holder to let go) starts
again each time the lock changes hands, which it does at every database call.

So, while a job runs, the GUI thread notes from a short timer that its event loop got to run
(`note_gui_ran`, started and stopped by `ui.background.BackgroundRunner`). At safe points (before
each SQL statement, after each block of a document) the worker calls `make_room_for_gui`: when
the GUI has not run for `STARVED_AFTER_S`, the worker stops and waits (without the lock) until
the GUI thread is back in its event loop, at most `LONGEST_PAUSE_S`. Stepping aside for a moment
is not enough: the GUI thread lets go of the lock at almost every Qt call, and the worker would
take it back at the first one. The worker waits once per stretch in which the GUI does not come
back (a GUI thread that waits for the worker itself, at shut-down, costs it one pause, not
one per statement). Only a timestamp and an event are shared between the threads; nothing of a
job's data.

This module imports nothing of the program and no Qt: the vault, the store and the reports call
it; the window's runner drives it.
"""

from __future__ import annotations

import threading
import time

STARVED_AFTER_S = 0.006
"""The GUI thread is taken to be waiting when it has not run for this long during a job."""

LONGEST_PAUSE_S = 0.040
"""The longest the worker waits for the GUI thread to come back to its event loop."""

_clock = time.perf_counter


class _Shared:
    """The two threads' timestamps (attribute reads and writes are atomic in CPython)."""

    watching = 0  # runners with work on a worker (the practice window has a runner of its own)
    gui_ran_at = 0.0
    waited_for = -1.0  # the `gui_ran_at` the worker last waited on
    gui_back = threading.Event()


def start_watching() -> None:
    """A runner got work: from now on the worker makes room when the GUI thread falls behind."""
    _Shared.gui_ran_at = _clock()
    _Shared.watching += 1


def stop_watching() -> None:
    """A runner has no more work: when none has, the worker never waits (nor does the command
    line, which never starts watching)."""
    _Shared.watching = max(0, _Shared.watching - 1)


def is_watching() -> bool:
    """True while the window's runner has work on the worker."""
    return _Shared.watching > 0


def note_gui_ran() -> None:
    """Called on the GUI thread, from a timer, while a job runs: the GUI got the interpreter."""
    _Shared.gui_ran_at = _clock()
    _Shared.gui_back.set()


def make_room_for_gui() -> bool:
    """Called by the worker at a safe point: wait for the GUI thread when it falls behind.

    Returns True when the worker waited.
    """
    if _Shared.watching <= 0:
        return False
    ran_at = _Shared.gui_ran_at
    if _clock() - ran_at < STARVED_AFTER_S or ran_at == _Shared.waited_for:
        return False
    _Shared.waited_for = ran_at
    _Shared.gui_back.clear()
    if _Shared.gui_ran_at == ran_at:  # the GUI may have come back since it was read
        _Shared.gui_back.wait(LONGEST_PAUSE_S)
    return True
