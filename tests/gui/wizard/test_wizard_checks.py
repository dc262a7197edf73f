"""Page checks: messages beside the fields, the grid rule, preconditions, hidden fields, rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.wizard.grid_field import GridFieldWidget
from ehbc_desktop.ui.wizard.side_panels import StepState
from tests.gui.wizard.conftest import MakeWizard
from tests.gui.wizard.teacher import (
    child,
    click,
    fill_current_page,
    fill_grid,
    frame,
    type_into,
)


def test_next_with_an_empty_required_field_shows_the_message_beside_it_and_stays(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard("victim")
    click(qtbot, wizard, "wizard_next")
    assert wizard.current_page_id() == "start"
    held_on = frame(wizard, "held_on")
    assert held_on.error.isVisible()
    assert "answer" in held_on.error.text()
    assert frame(wizard, "participants").error.isVisible()
    assert wizard.view.page_notice.isVisible()
    assert wizard.focusWidget() is held_on.widget.focus_widget()
    assert "Please answer" in held_on.widget.focus_widget().accessibleDescription()
    assert wizard.view.steps.state(0) is StepState.CURRENT
    click(qtbot, wizard, "field_held_on__today")
    assert not held_on.error.isVisible(), "the message goes once the answer is there"
    assert frame(wizard, "participants").error.isVisible()


def test_the_restorative_grid_blocks_finishing_while_a_cell_is_empty(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard("restorative")
    for page in wizard.spec.pages:
        wizard.go_to_page(page.id)
        if page.id == "round":
            grid = frame(wizard, "round")
            fill_grid(qtbot, grid, skip=1)
        else:
            fill_current_page(qtbot, wizard)
    assert isinstance(grid.widget, GridFieldWidget)
    assert [name for _id, name in grid.widget.parties()] == [
        "Lotte (Victim)",
        "Jonas (Bully)",
    ]
    assert "1 of 10" in grid.widget.status.text()
    assert not wizard.is_finish_allowed()
    assert "page 3" in wizard.view.status.text()
    wizard.go_to_page("round")
    click(qtbot, wizard, "wizard_next")
    assert wizard.current_page_id() == "round"
    assert "every question" in grid.error.text()
    empty = grid.widget.focus_widget()
    assert empty.objectName() == "field_round__p_bully__how_to_make_right"
    assert wizard.focusWidget() is empty
    qtbot.keyClicks(empty, "I will say sorry")
    assert wizard.is_finish_allowed()
    assert not grid.error.isVisible()


def test_the_restorative_preconditions_must_both_be_yes_to_go_on(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard("restorative")
    fill_current_page(qtbot, wizard)
    click(qtbot, wizard, "field_bully_acknowledges__no")
    click(qtbot, wizard, "wizard_next")
    assert wizard.current_page_id() == "preconditions"
    assert frame(wizard, "bully_acknowledges").error.isVisible()
    assert not frame(wizard, "victim_wants").error.isVisible()
    wizard.go_to_page("repair")
    assert wizard.current_page_id() == "preconditions", "no jumping past the preconditions"
    click(qtbot, wizard, "field_bully_acknowledges__yes")
    click(qtbot, wizard, "wizard_next")
    assert wizard.current_page_id() == "opening"


def test_shown_when_hides_fields_and_skips_a_page_without_shown_fields(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard("severity")
    index = [p.id for p in wizard.spec.pages].index("flags")
    assert wizard.view.steps.state(index) is StepState.SKIPPED
    fill_current_page(qtbot, wizard)
    click(qtbot, wizard, "field_sexual__no")
    click(qtbot, wizard, "wizard_next")
    assert wizard.current_page_id() == "care_team"
    assert wizard.view.step_counter.text().startswith("Page 3 of 5"), "numbers match the list"
    click(qtbot, wizard, "wizard_back")
    click(qtbot, wizard, "field_sexual__yes")
    assert wizard.view.steps.state(index) is StepState.TODO
    click(qtbot, wizard, "wizard_next")
    assert wizard.current_page_id() == "flags"
    assert frame(wizard, "flag").label.text().endswith("*</span>"), "required_when marks it"
    wizard.go_to_page("external")
    assert not frame(wizard, "police_date").isVisibleTo(wizard)
    click(qtbot, wizard, "field_police_contacted__yes")
    assert frame(wizard, "police_date").isVisibleTo(wizard)


def test_an_agreement_needs_who_what_and_by_when(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    talk = {
        "held_on": "2026-11-20",
        "participants": ["p_victim"],
        "how_it_goes": "better",
        "agreements_kept": "some",
        "outcome": "decreased",
    }
    wizard = make_wizard("follow_up", talk)
    wizard.go_to_page("next")
    type_into(qtbot, wizard, "field_agreements__0_what", "talk to the class")
    click(qtbot, wizard, "field_next_date__today")
    assert not wizard.is_finish_allowed()
    assert wizard.view.status.text().endswith("1 answer(s) missing, on page 2.")
    click(qtbot, wizard, "wizard_show_missing")
    agreements = frame(wizard, "agreements")
    assert agreements.error.isVisible()
    assert "row" in agreements.error.text()
    who = child(wizard, "field_agreements__0_who")
    assert isinstance(who, QComboBox)
    assert [who.itemText(i) for i in range(who.count())][1:] == [
        "Lotte",
        "Jonas",
        "Sara",
        "Mr Claes",
    ]
    who.setCurrentIndex(2)  # picks Jonas from the case's people
    click(qtbot, wizard, "field_agreements__0_by_today")
    assert wizard.values()["agreements"] == [
        {"who": "Jonas", "what": "talk to the class", "by": "2026-11-21"}
    ]
    click(qtbot, wizard, "field_agreements__add")
    new_who = child(wizard, "field_agreements__1_who")
    assert _tab_order_reaches(child(wizard, "field_agreements__0_what"), new_who)
    assert _tab_order_reaches(new_who, child(wizard, "field_agreements__add"))
    type_into(qtbot, wizard, "field_agreements__1_what", "half a row")
    assert len(wizard.values()["agreements"]) == 2
    assert child(wizard, "field_agreements__1_remove").accessibleName() == "Remove row 2"
    click(qtbot, wizard, "field_agreements__1_remove")
    assert len(wizard.values()["agreements"]) == 1
    assert wizard.is_finish_allowed()


def _tab_order_reaches(start: QWidget, target: QWidget) -> bool:
    """Whether Tab from `start` meets `target` before it leaves the agreements table."""
    stop = {"field_next_date__edit", "wizard_next", "wizard_save"}
    widget = start.nextInFocusChain()
    while widget is not start and widget.objectName() not in stop:
        if widget is target or target.isAncestorOf(widget):
            return True
        widget = widget.nextInFocusChain()
    return False


def test_finishing_leaves_out_answers_of_questions_that_got_hidden(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard("choice", {"motivation": "the group can help"})
    wizard.go_to_page("decision")
    click(qtbot, wizard, "field_chosen__non_confrontational_group")
    click(qtbot, wizard, "field_group_method__pikas")
    assert wizard.values()["group_method"] == "pikas"
    click(qtbot, wizard, "field_chosen__confrontational")
    assert not frame(wizard, "group_method").isVisibleTo(wizard)
    assert wizard.values()["group_method"] == "pikas", "the draft keeps it for a way back"
    with qtbot.waitSignal(wizard.sig_finished, timeout=1000) as finished:
        click(qtbot, wizard, "wizard_finish")
    assert finished.args[0] == {"chosen": "confrontational", "motivation": "the group can help"}


def test_a_long_tip_wraps_beside_its_box_and_a_click_on_the_text_ticks_it(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard("victim")
    wizard.go_to_page("tips")
    box = child(wizard, "field_tips_given__complaint")
    assert isinstance(box, QCheckBox)
    assert box.text() == ""
    assert box.accessibleName().startswith("For threats or serious incidents")
    label = next(w for w in wizard.findChildren(QLabel) if w.buddy() is box)
    assert label.wordWrap()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert wizard.values()["tips_given"] == ["complaint"]
