"""The main dialogs as a teacher sees them (in Dutch, the default): no literal "&" in a label,
no empty error box, room for the people of a new case, a person dialog wide enough to read."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.domain.enums import Role

MNEMONIC = re.compile(r"&\w")
COLLEAGUES = ["An Peeters", "Els Wouters", "Karim Bakkali", "Sara Claes", "Jef Pauwels"]


def _literal_ampersands(dialog: QWidget) -> list[str]:
    """Visible plain-text labels that show "&x": a mnemonic with no buddy to give it to."""
    return [
        label.text() for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.buddy() is None
        and label.textFormat() != Qt.TextFormat.RichText and "<" not in label.text()
        and MNEMONIC.search(label.text())
    ]  # fmt: skip


def _opened(gui: Any, parent: QWidget, name: str, action: QAction | None = None) -> QDialog:
    if action is not None:
        action.trigger()
    dialog: QDialog = gui.dialog(parent, name)
    return dialog


def _unlocked_with_a_case(gui: Any, make_window: Any, made_vault: Path, qtbot: QtBot) -> Any:
    from ehbc_desktop.services.case.cases import ParticipantInput as P

    ctx: AppContext = make_window(made_vault)
    gui.unlock(ctx)
    services = ctx.window.services()
    assert services is not None and ctx.window.workspace is not None
    case_id = gui.run_on_worker(ctx, lambda: services.cases.create_case(
        "Spotberichten", [P("Lisa", "Janssens", "2B", Role.VICTIM)]))  # fmt: skip
    workspace = ctx.window.workspace
    workspace.open_case(case_id)
    qtbot.waitUntil(lambda: workspace.case_widget is not None
                    and workspace.case_widget.people_model.rowCount() == 1, timeout=10_000)
    return ctx, workspace.case_widget


def test_no_label_in_the_main_dialogs_shows_a_literal_ampersand(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx, case = _unlocked_with_a_case(gui, make_window, made_vault, qtbot)
    window, menus = ctx.window, ctx.window.menus
    opened = [
        (case, "participantDialog", case.view.add_person_button.click),
        (window, "caseDialog", menus.new_case.trigger),
        (window, "settingsDialog", menus.settings.trigger),
        (window, "schoolSettingsDialog", menus.school_settings.trigger),
        (window, "backupSettingsDialog", menus.vault.backup_settings.trigger),
        (window, "change_passphrase_dialog", menus.vault.change_passphrase.trigger),
        (window, "colleagues_dialog", menus.vault.colleagues.trigger),
        (window, "retention_dialog", menus.vault.retention.trigger),
    ]
    found = {}
    for parent, name, show in opened:
        show()
        dialog = _opened(gui, parent, name)
        found[name] = _literal_ampersands(dialog)
        dialog.reject()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())  # type: ignore[misc]
    assert found["backupSettingsDialog"] == [] and found["participantDialog"] == [], found
    assert {name: texts for name, texts in found.items() if texts} == {}


def test_the_passphrase_dialogs_show_no_error_box_before_anything_is_typed(qtbot: QtBot) -> None:
    from ehbc_desktop.ui.unlock.passphrase_dialogs import NewPassphraseDialog
    from ehbc_desktop.ui.users.colleague_dialogs import ChangePassphraseDialog

    first = NewPassphraseDialog(None, ("Testschool Gent", "An Peeters"))
    change = ChangePassphraseDialog()
    for dialog in (first, change):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    assert not first.message_label.isVisible() and not change.message.isVisible()
    first.passphrase_edit.setText("zeven zonnige zeilboten op de schelde")
    first.repeat_edit.setText("zeven zonnige")
    change.new_edit.setText("zeven zonnige zeilboten op de schelde")
    change.repeat_edit.setText("zeven zonnige")
    assert first.message_label.isVisible() and first.message_label.text()
    assert change.message.isVisible() and change.message.text()
    first.repeat_edit.setText("zeven zonnige zeilboten op de schelde")
    assert not first.message_label.isVisible()


def test_the_person_dialog_is_wide_enough_for_its_title_headers_and_hints(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    _ctx, case = _unlocked_with_a_case(gui, make_window, made_vault, qtbot)
    case.view.add_person_button.click()
    dialog: Any = _opened(gui, case, "participantDialog")
    group = dialog.search_edit.parentWidget()
    metrics = group.fontMetrics()
    assert metrics.horizontalAdvance(group.title()) + 40 <= group.width(), group.title()
    header: QHeaderView = dialog.people_table.horizontalHeader()
    for column in range(header.count()):
        text = dialog.people_model.headerData(column, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(text) + 12 <= header.sectionSize(column), text
    for edit in dialog.findChildren(QLineEdit):
        if edit.placeholderText() and edit.isVisible():
            needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16
            assert needed <= edit.width(), edit.placeholderText()
    dialog.reject()


def test_a_clb_worker_s_new_case_keeps_room_for_the_people(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    from ehbc_desktop.ui.case.case_dialog import CaseDialog
    from ehbc_desktop.ui.confidential.sealing_choice import SealingChoice

    ctx: AppContext = make_window(made_vault)
    gui.unlock(ctx)
    services = ctx.window.services()
    assert services is not None
    sealing = SealingChoice(COLLEAGUES, COLLEAGUES[0], by_default=True)
    dialog = CaseDialog(ctx.settings, services.people, ctx.runner, sealing=sealing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(710, 300)  # smaller than it was on the reviewer's laptop (710x512)
    QApplication.processEvents()
    table = dialog.people_table
    rows = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= 3 * rows, (table.height(), rows)
    assert sealing.people.isVisible()


def test_a_member_s_confidential_choice_promises_no_list_it_does_not_show(qtbot: QtBot) -> None:
    from ehbc_desktop.ui.confidential.sealing_choice import SealingChoice

    sealing = SealingChoice(COLLEAGUES, COLLEAGUES[1], by_default=False)
    qtbot.addWidget(sealing)
    sealing.show()
    qtbot.waitExposed(sealing)
    assert not sealing.people.isVisible()
    text = sealing.seal_box.text().lower()
    assert "below" not in text and "hieronder" not in text, text
    sealing.seal_box.setChecked(True)
    assert sealing.people.isVisible()
