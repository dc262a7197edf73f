"""The garbage collector is kept from stalling the window: imports without collections, and the
start-up's and the imported modules' objects frozen, but only before any vault was open."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ehbc_desktop.ui import collector
from ehbc_desktop.ui.collector import freeze_what_lives, paused_while_importing


@pytest.fixture(autouse=True)
def _unfrozen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts as a new process would (no vault opened yet, nothing frozen) and ends
    with nothing frozen and the collector on."""
    monkeypatch.setitem(collector._state, "freezing", True)
    gc.unfreeze()
    gc.enable()
    yield
    gc.unfreeze()
    gc.enable()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: tracked by the collector


def test_no_collection_while_importing_then_what_lives_is_frozen() -> None:
    with paused_while_importing(lambda: True):
        assert not gc.isenabled()
        made = [_Node() for _ in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)


def test_nothing_is_frozen_when_a_vault_may_be_open() -> None:
    with paused_while_importing(lambda: False):
        made = [_Node() for _ in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert made


def test_the_collector_stays_off_when_it_was_off() -> None:
    gc.disable()
    with paused_while_importing(lambda: True):
        pass
    assert not gc.isenabled()


def test_freeze_what_lives() -> None:
    made = [_Node() for _ in range(100)]
    freeze_what_lives()
    assert gc.get_freeze_count() >= len(made)


def test_the_window_freezes_its_modules_before_the_first_unlock(
    make_window: Any, made_vault: Path, qtbot: QtBot, gui: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Counted by call: in a process that imported the screens before, a freeze adds few objects.
    freezes: list[int] = []
    freeze = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: (freezes.append(1), freeze())[1])
    ctx = make_window(made_vault)
    gui.unlock_screen(ctx)
    assert gc.get_freeze_count() > 0, "the start-up's objects are frozen at the unlock screen"
    assert len(freezes) == 1
    qtbot.waitUntil(ctx.window.preload_done.is_set, timeout=60_000)
    assert gc.isenabled()
    assert len(freezes) == 2, "the imported screens are frozen too"


def test_nothing_more_is_frozen_once_a_vault_was_open(
    make_window: Any, made_vault: Path, qtbot: QtBot, gui: Any
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    qtbot.waitUntil(ctx.window.preload_done.is_set, timeout=60_000)
    assert not ctx.window._nothing_of_a_vault_in_memory()
    frozen = gc.get_freeze_count()
    with qtbot.waitSignal(ctx.window.sig_locked, timeout=10_000):
        ctx.window.lock()
    gui.unlock_screen(ctx)
    assert gc.get_freeze_count() <= frozen, "the unlock screen after a lock freezes nothing"
    assert not ctx.window._nothing_of_a_vault_in_memory()


def test_nothing_is_frozen_once_a_vault_was_opened_in_the_process() -> None:
    collector.stop_freezing()
    made = [_Node() for _ in range(100)]
    freeze_what_lives()
    with paused_while_importing(lambda: True):
        pass
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    assert made


def test_a_second_window_freezes_nothing_while_the_first_has_a_vault_open(
    make_window: Any, made_vault: Path, qtbot: QtBot, gui: Any
) -> None:
    first = make_window(made_vault)
    gui.unlock(first)
    frozen = gc.get_freeze_count()
    second = make_window(made_vault)  # as the practice window is a second MainWindow
    gui.unlock_screen(second)
    qtbot.waitUntil(second.window.preload_done.is_set, timeout=60_000)
    # Frozen objects may still be freed by reference counting; none may be added.
    assert gc.get_freeze_count() <= frozen


def test_the_programs_own_forms_are_read_while_the_passphrase_is_typed(
    make_window: Any, made_vault: Path, qtbot: QtBot, gui: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not on the database worker after the unlock, where parsing them (30 ms of pure Python)
    # held the interpreter while the dashboard was built.
    from ehbc_desktop.formspec import loader

    monkeypatch.setattr(loader, "_packaged", {})
    ctx = make_window(made_vault)
    gui.unlock_screen(ctx)
    qtbot.waitUntil(ctx.window.preload_done.is_set, timeout=60_000)
    assert "forms" in loader._packaged
