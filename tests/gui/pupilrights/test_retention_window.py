"""The "to destroy" list and deleting a case opened by mistake, through the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import Role

LEFT = Qt.MouseButton.LeftButton


def _cases(gui: Any, ctx: Any) -> tuple[str, str, str]:
    from ehbc_desktop.services.case.cases import ParticipantInput as P
    from ehbc_desktop.services.case.closing import ClosingService

    services = ctx.window.services()

    def work() -> tuple[str, str, str]:
        cases = services.cases
        old = cases.create_case("Oud", [P("Wannes", "Oud", "1A", Role.VICTIM)],
                                opened_on=date(2012, 9, 10))  # fmt: skip
        closing = ClosingService(services.session)
        day = date(2013, 6, 1)
        closing.close(old, day, {g: "x" for g in closing.checklist(old, day).gaps})
        mistake = cases.create_case("Dubbel", [], opened_on=date(2026, 9, 10))
        return old, cases.get_case(old).case.reference, mistake

    result: tuple[str, str, str] = gui.run_on_worker(ctx, work)
    return result


def test_an_administrator_destroys_expired_cases_and_a_mistaken_one(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    _old, reference, mistake = _cases(gui, ctx)
    ctx.window.menus.vault.retention.trigger()
    dialog: Any = ctx.window.vault_actions.retention_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.model.row_at(0).reference == reference
    qtbot.mouseClick(dialog.delete_all, LEFT)
    box = dialog.confirm_box
    assert box is not None and reference in box.text()
    with qtbot.waitSignal(dialog.sig_deleted, timeout=20_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    assert reference in dialog.message.text()
    dialog.accept()

    workspace = ctx.window.workspace
    workspace.open_case(mistake)
    qtbot.waitUntil(lambda: workspace.case_widget is not None
                    and workspace.case_widget.view.title_label.text() == "Dubbel", timeout=10_000)
    case = workspace.case_widget
    assert not case.view.delete_case_button.isHidden()
    qtbot.mouseClick(case.view.delete_case_button, LEFT)
    delete: Any = gui.dialog(case, "delete_case_dialog")
    assert not delete.ok_button.isEnabled()
    qtbot.keyClicks(delete.reason, "twee keer aangemaakt")
    with qtbot.waitSignal(case.sig_back_requested, timeout=20_000):
        qtbot.mouseClick(delete.ok_button, LEFT)
    remaining = gui.run_on_worker(ctx, ctx.window.services().cases.list_cases)
    assert remaining == []
