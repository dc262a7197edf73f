"""Sealing a case through the window, and what a colleague without access sees of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import Role, UserRole

LEFT = Qt.MouseButton.LeftButton
BART = "bart zijn lange eigen zin"


def test_a_sealed_case_shows_only_its_reference_to_a_colleague_without_access(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    from ehbc_desktop.services.case.cases import ParticipantInput as P

    ctx = make_window(made_vault)
    gui.unlock(ctx)
    services = ctx.window.services()

    def work() -> str:
        services.session.vault.add_user("Bart", BART, role=UserRole.MEMBER)
        return services.cases.create_case("Groepschat", [
            P("Xandrijntje", "Quaghebeur", "3A", Role.VICTIM)], opened_on=date.today())

    case_id = gui.run_on_worker(ctx, work)
    workspace = ctx.window.workspace
    workspace.open_case(case_id)
    qtbot.waitUntil(lambda: workspace.case_widget is not None
                    and workspace.case_widget.people_model.rowCount() == 1, timeout=10_000)
    case = workspace.case_widget
    qtbot.mouseClick(case.view.confidential_button, LEFT)
    qtbot.waitUntil(lambda: case.confidential_dialog is not None, timeout=5_000)
    dialog: Any = case.confidential_dialog
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=10_000)
    assert not dialog.state.sealed and dialog.chosen() == [gui.user]
    with qtbot.waitSignal(case.sig_loaded, timeout=20_000):
        qtbot.mouseClick(dialog.seal_button, LEFT)
    qtbot.waitUntil(lambda: dialog.state.confidential, timeout=10_000)
    assert dialog.read_button.isVisible() and not dialog.seal_button.isVisible()
    dialog.accept()
    # Sealed from its own screen, the case is opened for work again at once (and sealed
    # again when the screen is left).
    qtbot.waitUntil(lambda: case.confidential_state.open_for_work
                    and case.people_model.rowCount() == 1, timeout=10_000)
    assert not case.view.confidential_label.isHidden()
    assert case.view.add_note_button.isEnabled()

    ctx.window.lock()
    screen = gui.unlock_screen(ctx)
    screen.view.user_combo.setCurrentText("Bart")
    gui.unlock(ctx, BART)
    workspace = ctx.window.workspace
    workspace.show_cases()
    model = workspace.case_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    cells = [str(model.index(0, c).data()) for c in range(model.columnCount())]
    assert any(gui.user in cell for cell in cells)  # "ask An Peeters for access"
    assert not any("Xandrijntje" in cell or "Quaghebeur" in cell for cell in cells)
    workspace.open_case(case_id)
    qtbot.waitUntil(lambda: workspace.case_widget is not None
                    and workspace.case_widget.sealed_screen is not None, timeout=10_000)
    label = workspace.case_widget.sealed_screen.ask_label
    assert not label.isHidden() and gui.user in label.text()
