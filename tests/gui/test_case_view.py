"""The case screen for real: keyboard notes, a new title, a known pupil reused, a person removed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.ui.case.case_widget import CaseWidget

LEFT = Qt.MouseButton.LeftButton


def _make_cases(gui: Any, ctx: AppContext) -> tuple[str, str]:
    from ehbc_desktop.services.case.cases import ParticipantInput as P

    services = ctx.window.services()
    assert services is not None
    cases = services.cases

    def work() -> tuple[str, str]:
        first = cases.create_case(
            "Spotberichten", [P("Lisa", "Janssens", "2B", Role.VICTIM)], opened_on=date(2026, 9, 1)
        )
        second = cases.create_case(
            "Nepaccount", [P("Tom", "Peeters", "2B", Role.BULLY)], opened_on=date(2026, 10, 1)
        )
        return first, second

    result: tuple[str, str] = gui.run_on_worker(ctx, work)
    return result


def _open(qtbot: QtBot, ctx: AppContext, case_id: str, people: int) -> CaseWidget:
    workspace = ctx.window.workspace
    assert workspace is not None
    workspace.open_case(case_id)

    def loaded() -> bool:
        widget = workspace.case_widget
        return widget is not None and widget.people_model.rowCount() == people

    qtbot.waitUntil(loaded, timeout=10_000)
    assert workspace.case_widget is not None
    return workspace.case_widget


def _timeline_texts(case: CaseWidget) -> list[str]:
    model = case.timeline_model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def test_edit_a_case_from_its_screen(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    lisa_case, tom_case = _make_cases(gui, ctx)
    case = _open(qtbot, ctx, tom_case, people=1)

    qtbot.keyClicks(case.view.note_edit, "Gesprek met Tom gepland voor maandag.")
    with qtbot.waitSignal(case.sig_loaded, timeout=10_000):
        qtbot.keyClick(case.view.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert any("Gesprek met Tom gepland" in text for text in _timeline_texts(case))
    assert case.view.note_edit.toPlainText() == ""

    qtbot.mouseClick(case.view.edit_button, LEFT)
    dialog: Any = gui.dialog(case, "caseDialog")
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Nepaccount op Instagram")
    with qtbot.waitSignal(case.sig_loaded, timeout=10_000):
        qtbot.mouseClick(gui.ok_button(dialog), LEFT)
    assert case.view.title_label.text() == "Nepaccount op Instagram"

    qtbot.mouseClick(case.view.add_person_button, LEFT)
    person: Any = gui.dialog(case, "participantDialog")
    qtbot.keyClicks(person.search_edit, "jans")
    qtbot.waitUntil(lambda: person.people_model.rowCount() == 1, timeout=10_000)
    person.people_table.setCurrentIndex(person.people_model.index(0, 0))
    qtbot.keyClick(person.people_table, Qt.Key.Key_Return)
    assert person.first_edit.text() == "Lisa"
    person.role_combo.setCurrentIndex(person.role_combo.findData(Role.BYSTANDER.value))
    with qtbot.waitSignal(case.sig_loaded, timeout=10_000):
        qtbot.mouseClick(gui.ok_button(person), LEFT)
    assert case.people_model.rowCount() == 2

    services = ctx.window.services()
    assert services is not None
    lisa_ids = {
        r.person.id for r in (case.people_model.row_at(i) for i in range(2))
        if r.person.first_name == "Lisa"
    }  # fmt: skip
    record = gui.run_on_worker(ctx, lambda: services.cases.get_case(lisa_case))
    assert lisa_ids == set(record.people), "the known pupil is reused, not copied"

    tom_row = next(i for i in range(2) if case.people_model.row_at(i).person.first_name == "Tom")
    case.view.people_table.setCurrentIndex(case.people_model.index(tom_row, 0))
    qtbot.mouseClick(case.view.remove_person_button, LEFT)
    box: Any = gui.dialog(case, "removePersonBox")
    with qtbot.waitSignal(case.sig_loaded, timeout=10_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert [case.people_model.row_at(i).person.first_name for i in range(1)] == ["Lisa"]
    assert case.people_model.rowCount() == 1


def test_the_case_screen_and_the_workspace_build_their_tabs_between_events(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    """Opening shows the overview at once; the other tabs and pages follow, one per event."""
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    workspace = ctx.window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.nav.count() == 6, timeout=10_000)  # 3 + 3 extra pages
    _lisa_case, tom_case = _make_cases(gui, ctx)
    workspace.open_case(tom_case)
    case = workspace.case_widget
    assert case is not None
    assert case.view.tabs.count() == 1 and not case.all_tabs_built()  # the overview only
    qtbot.waitUntil(case.all_tabs_built, timeout=10_000)
    titles = [case.view.tabs.tabText(i).replace("&", "") for i in range(case.view.tabs.count())]
    assert len(titles) == 6 and len(case.extra_tabs) == 5
    for page in workspace.extra_pages:  # the extra pages stay right after the open case's item
        assert workspace.stack.indexOf(page) == workspace.extra_pages.index(page) + 3
