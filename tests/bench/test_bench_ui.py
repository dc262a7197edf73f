"""Benchmarks of the window over many cases: unlock to dashboard (KDF excluded), search latency.

Run with `python -m pytest tests/bench/test_bench_ui.py` (not part of the normal run).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext, build_window, dispose
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

CASES = 10_000
PASSPHRASE = "een zin van vijf woorden"
USER = "demo"


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo vault (`ehbc demo`) with CASES fictional cases: follow-ups, agreements, notes."""
    from ehbc_desktop.demo.vault import create_demo_vault

    folder = tmp_path_factory.mktemp("big") / "vault"
    assert create_demo_vault(folder, PASSPHRASE, cases=CASES, kdf=FAST_TEST_PARAMS) == CASES
    return folder


def _screens_imported(qtbot: QtBot, ctx: AppContext) -> None:
    """What the window imports in the background while the teacher types the passphrase."""
    ctx.window.preload()
    qtbot.waitUntil(ctx.window.preload_done.is_set, timeout=120_000)


@pytest.fixture
def window(qapp: QApplication, qtbot: QtBot, big_vault: Path) -> Iterator[AppContext]:
    ctx = build_window(qapp, kdf=FAST_TEST_PARAMS, vault_dir=big_vault)
    ctx.window.show()
    _screens_imported(qtbot, ctx)
    yield ctx
    dispose(qapp, ctx)


def test_unlock_to_first_dashboard(
    benchmark: Any, qtbot: QtBot, qapp: QApplication, big_vault: Path
) -> None:
    from ehbc_desktop.services.access import access

    def setup() -> tuple[tuple[AppContext, Any], dict[str, Any]]:
        ctx = build_window(qapp, kdf=FAST_TEST_PARAMS, vault_dir=big_vault)
        ctx.window.show()
        _screens_imported(qtbot, ctx)
        session = access.unlock(big_vault, USER, PASSPHRASE)  # the KDF: not timed
        return (ctx, session), {}

    def opened(ctx: AppContext, session: Any) -> None:
        ctx.window.open_session(session)  # what the unlock screen does after the KDF
        qtbot.waitUntil(lambda: ctx.window.workspace is not None, timeout=60_000)
        workspace = ctx.window.workspace
        assert workspace is not None
        qtbot.waitUntil(lambda: workspace.dashboard.loaded, timeout=60_000)

    def teardown(ctx: AppContext, session: Any) -> None:
        dispose(qapp, ctx)

    benchmark.pedantic(opened, setup=setup, teardown=teardown, rounds=5, iterations=1)


def test_search_as_you_type_latency(
    benchmark: Any, qtbot: QtBot, window: AppContext, big_vault: Path
) -> None:
    from ehbc_desktop.services.access import access

    session = access.unlock(big_vault, USER, PASSPHRASE)
    with qtbot.waitSignal(window.window.sig_unlocked, timeout=60_000):
        window.window.open_session(session)
    workspace = window.window.workspace
    assert workspace is not None
    case_list = workspace.case_list
    # Measure typing, not the first loads that opening the vault queued on the worker.
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=60_000)
    queries = iter(["jan", "pee", "noor", "2025", "yus", "maes", "ge", "l"] * 10)

    def search() -> int:
        case_list.view.search_edit.blockSignals(True)
        case_list.view.search_edit.setText(next(queries))
        case_list.view.search_edit.blockSignals(False)
        with qtbot.waitSignal(case_list.sig_search_finished, timeout=30_000):
            case_list.refresh()  # the debounce (150 ms) is left out: this is the search itself
        return case_list.model.rowCount()

    assert benchmark.pedantic(search, rounds=12, iterations=1) > 0
