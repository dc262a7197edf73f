"""A red or black Sensoa flag at the severity step leads to the no-file record of nude images."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.evidence.nude_image_dialog import NudeImageDialog
from ehbc_desktop.ui.steps.next_date_dialog import NextDateDialog
from tests.gui.conftest import GuiDriver, WindowFactory
from tests.gui.steps.helpers import (
    answer,
    answer_box,
    click_name,
    fill_to_end,
    finish,
    form_dialog,
    top_dialog,
)
from tests.gui.steps.test_step_states import _new_case, _open


def test_a_black_flag_offers_the_nude_image_record_without_a_file(
    qtbot: QtBot, made_vault: Path, make_window: WindowFactory, gui: GuiDriver
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    tab = _open(qtbot, ctx, _new_case(gui, ctx, digital=True))
    click_name(qtbot, tab.bar, "step_severity")
    wizard = form_dialog(qtbot, "severityFormDialog").wizard
    answer(qtbot, wizard, "sexual", "yes")
    answer(qtbot, wizard, "flag", "black")
    fill_to_end(qtbot, wizard)
    assert wizard.values()["flag"] == "black"
    finish(qtbot, wizard)
    answer_box(qtbot, "nudeImagesOfferBox")
    dialog = top_dialog(qtbot, NudeImageDialog, "nudeImageDialog")
    assert isinstance(dialog, NudeImageDialog)
    dialog.description.setText("Naaktfoto doorgestuurd via een chatapp")
    dialog.holder.setText("Politie")
    dialog.police_reference.setText("PV-77")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    planner = top_dialog(qtbot, NextDateDialog, "nextDateDialog")
    assert isinstance(planner, NextDateDialog)
    qtbot.mouseClick(planner.later_button, Qt.MouseButton.LeftButton)

    def recorded() -> bool:
        data = tab.data
        return data is not None and any(
            e.not_imported_sexual_content and e.police_reference == "PV-77"
            for e in data.record.evidence
        )

    qtbot.waitUntil(recorded, timeout=10_000)
