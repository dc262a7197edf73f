"""Keeps Python's cyclic garbage collector from stalling the window.

A full collection walks every object the process holds; with the window's screens and services
imported that is some 130,000 objects and 0.1-0.4 s holding the interpreter lock, so the GUI
thread stalls whichever thread triggered it (the background imports, the database worker or the
GUI thread itself). The modules' objects live as long as the program: once they are loaded,
while no vault is open, they are frozen (`gc.freeze`), so later collections walk only what was
made after. Frozen objects are still freed by reference counting; only cyclic garbage present at
the freeze stays until the program ends, which is why nothing is frozen while a vault is open
(no case data or key may outlive a lock that way).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Freezing is allowed until the first vault of this process opens (any window: practice too).
_state = {"freezing": True}


def stop_freezing() -> None:
    """A vault opens: from now on nothing is frozen in this process, by any window."""
    _state["freezing"] = False


def freeze_what_lives() -> None:
    """Freeze every object alive now, unless a vault has been opened in this process.

    One call, no walk: it costs nothing itself; later full collections skip these objects.
    """
    if _state["freezing"]:
        gc.freeze()


@contextmanager
def paused_while_importing(may_freeze: Callable[[], bool]) -> Iterator[None]:
    """No cyclic collection inside (imports make few cycles); afterwards what lives is frozen
    when `may_freeze()` says so (no unlock under way) and no vault has been opened in this
    process, and the collector runs again.

    Used by the background imports while the teacher types the passphrase: without it, the
    collections the imports trigger take up to 0.4 s each, holding the interpreter.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if _state["freezing"] and may_freeze():
            gc.freeze()
        if enabled:
            gc.enable()
