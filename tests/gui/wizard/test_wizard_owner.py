"""What the owner sees: draft saves, Save and close later, the guard's rules, read-only mode."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import Approach
from ehbc_desktop.ui.wizard import OVERRIDES_KEY
from tests.gui.wizard.conftest import MakeWizard
from tests.gui.wizard.teacher import child, click, fill_current_page, frame, type_into

FOLLOW_UP = {
    "held_on": "2026-11-20",
    "participants": ["p_victim"],
    "how_it_goes": "better",
    "agreements_kept": "all",
    "outcome": "stopped",
    "next_date": "2026-12-04",
}


def test_an_edit_sends_the_draft_after_a_short_pause(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    wizard = make_wizard("victim", {"held_on": "2026-11-20"})
    with qtbot.assertNotEmitted(wizard.sig_draft_changed, wait=700):
        pass  # opening a draft is not an edit
    wizard.go_to_page("story")
    with qtbot.waitSignal(wizard.sig_draft_changed, timeout=2000) as draft:
        type_into(qtbot, wizard, "field_what_happened__edit", "mean messages")
    assert draft.args[0] == {"held_on": "2026-11-20", "what_happened": "mean messages"}


def test_closing_the_window_sends_a_pending_draft_at_once(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard("follow_up")
    type_into(qtbot, wizard, "field_how_it_goes__edit", "calmer")
    with qtbot.waitSignal(wizard.sig_draft_changed, timeout=100) as draft:
        wizard.close()
    assert draft.args[0] == {"how_it_goes": "calmer"}


def test_save_and_close_later_sends_the_draft_then_closes(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard("follow_up")
    type_into(qtbot, wizard, "field_how_it_goes__edit", "calmer")
    seen: list[str] = []
    wizard.sig_draft_changed.connect(lambda values: seen.append(f"draft {values}"))
    wizard.sig_cancelled.connect(lambda: seen.append("cancelled"))
    wizard.sig_finished.connect(lambda values: seen.append("finished"))
    click(qtbot, wizard, "wizard_save")
    assert seen == ["draft {'how_it_goes': 'calmer'}", "cancelled"]


def test_a_refusing_guard_blocks_finish_and_shows_its_message(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    asked: list[str] = []

    def guard(rule: str, values: Mapping[str, Any]) -> list[str]:
        asked.append(rule)
        return ["The next date lies in a holiday."] if rule == "next_date_required" else []

    wizard = make_wizard("follow_up", FOLLOW_UP, guard=guard)
    assert wizard.is_finish_allowed()
    with qtbot.assertNotEmitted(wizard.sig_finished):
        click(qtbot, wizard, "wizard_finish")
    assert asked == ["agreements_complete", "next_date_required"]
    banner = wizard.view.banner
    assert banner.isVisible()
    assert "holiday" in banner.text.text()
    assert not banner.override_box.isVisibleTo(banner), "this rule can not be overridden"


def test_a_start_rule_blocks_the_form_until_the_owner_allows_it(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    def guard(rule: str, values: Mapping[str, Any]) -> list[str]:
        if rule == "victim_consent_required":
            return ["The bullied pupil did not agree that the bully is approached."]
        return []

    wizard = make_wizard("bully", guard=guard, current_approach=Approach.CONFRONTATIONAL)
    assert "did not agree" in wizard.view.banner.text.text()
    assert "Confrontational" in wizard.view.approach.text()
    assert wizard.values()["approach"] == "confrontational", "taken from the choice moment"
    assert not wizard.view.banner.override_box.isVisibleTo(wizard.view.banner)
    assert not wizard.is_finish_allowed()
    click(qtbot, wizard, "field_held_on__today")
    assert "held_on" not in wizard.values(), "nothing can be filled in while blocked"


def test_an_overridable_rule_lets_the_teacher_go_on_with_a_logged_reason(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    def guard(rule: str, values: Mapping[str, Any]) -> list[str]:
        reason = values.get(OVERRIDES_KEY, {}).get(rule, "")
        if rule == "parents_allowed" and not reason:
            return ["The pupil (14) asked that the parents are not involved."]
        return []

    wizard = make_wizard("parents_victim", guard=guard)
    banner = wizard.view.banner
    assert banner.override_box.isVisibleTo(banner)
    assert not child(wizard, "wizard_override_button").isEnabled()
    type_into(qtbot, wizard, "wizard_override_reason", "threats: duty to report")
    with qtbot.waitSignal(wizard.sig_draft_changed, timeout=1000) as draft:
        click(qtbot, wizard, "wizard_override_button")
    assert draft.args[0][OVERRIDES_KEY] == {"parents_allowed": "threats: duty to report"}
    assert not banner.isVisible()
    fill_current_page(qtbot, wizard)
    assert "held_on" in wizard.values()


def test_read_only_mode_shows_the_answers_and_changes_nothing(
    qtbot: QtBot, make_wizard: MakeWizard
) -> None:
    wizard = make_wizard("follow_up", FOLLOW_UP, read_only=True)
    assert not wizard.view.finish_button.isVisibleTo(wizard)
    assert not wizard.view.missing_button.isVisibleTo(wizard)
    text = frame(wizard, "how_it_goes").widget.focus_widget()
    assert isinstance(text, QPlainTextEdit)
    assert text.isReadOnly()
    qtbot.keyClicks(text, "changed")
    click(qtbot, wizard, "field_outcome__worse")
    assert wizard.values() == FOLLOW_UP
    click(qtbot, wizard, "wizard_next")
    assert wizard.current_page_id() == "next"
    blank = wizard.findChild(QWidget, "field_agreements__0_what")
    assert blank is None or not blank.isVisibleTo(wizard), "no blank row to read"
    with (
        qtbot.assertNotEmitted(wizard.sig_draft_changed),
        qtbot.waitSignal(wizard.sig_cancelled, timeout=1000),
    ):
        click(qtbot, wizard, "wizard_save")


def test_ctrl_enter_goes_to_the_next_page(qtbot: QtBot, make_wizard: MakeWizard) -> None:
    wizard = make_wizard("choice")
    wizard.windowHandle().requestActivate()  # shortcuts need an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    assert wizard.current_page_id() == "reasons"
    qtbot.keyClick(wizard, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wizard.current_page_id() == "decision"
