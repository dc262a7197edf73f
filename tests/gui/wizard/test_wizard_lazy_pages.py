"""Opening a wizard builds the page on screen; the others follow between events, same answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ehbc_desktop.formspec import FormSet
from ehbc_desktop.ui.wizard import FormWizard, WizardContext
from tests.gui.wizard.conftest import PEOPLE, TODAY, MakeWizard

ANSWERS = {
    "held_on": "2026-11-20",
    "participants": ["p_victim", "p_bully"],
    "how_it_goes": "better",
    "agreements_kept": "some",
    "agreements": [{"who": "Jonas", "what": "talk to the class", "by": "2026-11-30"}],
}


def test_only_the_first_question_is_built_when_the_wizard_opens(
    qtbot: QtBot, forms: FormSet
) -> None:
    wizard = FormWizard(forms.get("follow_up"), "en", ANSWERS,
                        WizardContext(participants=PEOPLE, today=TODAY))  # fmt: skip
    qtbot.addWidget(wizard)
    pages = wizard.view.pages
    assert list(pages[0].built_frames()) == [pages[0].page.fields[0].id]
    assert not any(page.built_frames() for page in pages[1:])
    before = wizard.values()
    wizard.show()
    # The page on screen is completed first, before any other page.
    qtbot.waitUntil(wizard.page_on_screen_built, timeout=5_000)
    assert len(pages[0].built_frames()) == len(pages[0].page.fields)
    qtbot.waitUntil(lambda: all(page.is_built() for page in pages), timeout=5_000)
    assert wizard.values() == before
    assert before["agreements"] == ANSWERS["agreements"]


def test_every_answer_leaves_the_wizard_also_before_every_page_is_built(
    qtbot: QtBot, forms: FormSet
) -> None:
    wizard = FormWizard(forms.get("follow_up"), "en", ANSWERS,
                        WizardContext(participants=PEOPLE, today=TODAY))  # fmt: skip
    qtbot.addWidget(wizard)
    drafts: list[dict[str, object]] = []
    wizard.sig_draft_changed.connect(drafts.append)
    wizard.view.save_button.click()  # before any event: the later pages are not built yet
    assert drafts and drafts[0]["agreements"] == ANSWERS["agreements"]
    assert all(page.is_built() for page in wizard.view.pages)


def test_tab_reaches_the_first_row_of_a_table_before_its_add_button(
    make_wizard: MakeWizard,
) -> None:
    wizard = make_wizard("follow_up")
    wizard.go_to_page("next")
    names = []
    widget = wizard.findChild(QWidget, "wizard_steps")
    assert widget is not None
    for _step in range(500):
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            names.append(widget.objectName())
        if widget.objectName() == "wizard_finish":
            break
    assert "field_agreements__0_who" in names  # before Finish, not after it
    assert names.index("field_agreements__0_who") < names.index("field_agreements__add")
