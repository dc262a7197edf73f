"""Auto-lock hides case content; the interface switches between Dutch and English."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.ui.case.case_widget import CaseWidget


def _add_case(gui: Any, ctx: AppContext) -> str:
    from ehbc_desktop.services.case.cases import ParticipantInput

    services = ctx.window.services()
    assert services is not None
    people = [ParticipantInput("Noor", "El Amrani", "3A", Role.VICTIM)]
    return str(
        gui.run_on_worker(
            ctx,
            lambda: services.cases.create_case("Nepaccount", people, opened_on=date(2026, 10, 1)),
        )
    )


def test_auto_lock_after_idle_time_hides_every_case_widget(
    qtbot: QtBot, qapp: QApplication, gui: Any, make_window: Any, made_vault: Path
) -> None:
    # Long enough that a busy machine opens the case before the lock; shortened once it shows.
    ctx = make_window(made_vault, auto_lock_ms=120_000)
    gui.unlock(ctx)
    case_id = _add_case(gui, ctx)
    workspace = ctx.window.workspace
    assert workspace is not None
    workspace.open_case(case_id)

    def shown() -> bool:
        widget = workspace.case_widget
        return widget is not None and widget.people_model.rowCount() == 1

    qtbot.waitUntil(shown)
    qapp.clipboard().setText("Noor El Amrani")  # as if copied from a field of the case
    with qtbot.waitSignal(ctx.window.sig_locked, timeout=10_000):
        ctx.idle_watcher.set_timeout_ms(500)  # no input from here on: the idle timer runs out
    assert ctx.window.workspace is None
    assert ctx.window.services() is None
    qtbot.waitUntil(lambda: not ctx.window.findChildren(CaseWidget))
    assert qapp.clipboard().text() == ""
    assert ctx.window.unlock_screen is not None
    assert ctx.window.unlock_screen.isVisible()


def test_language_switches_live_between_dutch_and_english(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    workspace = ctx.window.workspace
    assert workspace is not None
    assert workspace.nav.item(0).text() == "Overzicht"
    assert ctx.window.menus.lock.text() == "&Vergrendelen"

    ctx.window.menus.settings.trigger()
    dialog: Any = gui.dialog(ctx.window, "settingsDialog")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.mouseClick(gui.ok_button(dialog), Qt.MouseButton.LeftButton)

    def english() -> bool:
        return (
            ctx.window.workspace is not None
            and ctx.window.workspace.nav.item(0).text() == "Overview"
        )

    qtbot.waitUntil(english)
    assert ctx.window.menus.lock.text() == "&Lock"
    assert ctx.settings.language == "en"

    ctx.window.apply_settings(5, "nl_BE")
    assert ctx.window.workspace is not None
    assert ctx.window.workspace.nav.item(0).text() == "Overzicht"
