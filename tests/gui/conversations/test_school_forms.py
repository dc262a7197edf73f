"""A school's own form is used everywhere: its changed question in the wizard and the report."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ehbc_desktop.formspec import builtin_forms_dir
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.services.steps.forms_source import forms_for
from ehbc_desktop.ui.conversations.dialog import ConversationDialog
from ehbc_desktop.ui.conversations.tab import ConversationsTab
from tests.gui.conversations.conftest import CaseEnv
from tests.gui.conversations.driver import complete, open_kind
from tests.gui.wizard.teacher import click, fill_current_page
from tests.unit.reports.pdfcheck import all_text

OLD_EN = 'en = "How does the pupil feel?"'
NEW_EN = "How does the pupil feel at school and at home these days?"


def _write_school_form(case_env: CaseEnv, text: str) -> None:
    school = case_env.folder / "forms"
    school.mkdir()
    (school / "victim.toml").write_text(text, "utf-8")


def _visible_questions(dialog: ConversationDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def _walk_to(qtbot: QtBot, dialog: ConversationDialog, question: str) -> None:
    """Go page by page until `question` is on screen."""
    while not any(question in q for q in _visible_questions(dialog)):
        assert dialog.wizard.view.next_button.isEnabled(), f"never shown: {question}"
        fill_current_page(qtbot, dialog.wizard)
        click(qtbot, dialog.wizard, "wizard_next")


def test_a_changed_question_of_the_school_form_reaches_the_wizard_and_the_report(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    text = (builtin_forms_dir() / "victim.toml").read_text("utf-8")
    assert OLD_EN in text
    _write_school_form(case_env, text.replace(OLD_EN, f'en = "{NEW_EN}"'))

    dialog = open_kind(qtbot, tab, "victim")
    _walk_to(qtbot, dialog, NEW_EN)
    complete(qtbot, dialog)

    session = case_env.ctx.services.session
    record = case_env.run(lambda: case_env.ctx.services.cases.get_case(case_env.case_id))
    (talk,) = record.conversations
    assert NEW_EN in [a.question for a in talk.answers]
    pdf = case_env.run(
        lambda: DocumentService(session).conversation_report(case_env.case_id, talk.id, "en")
    )
    assert NEW_EN in all_text(pdf)


def test_a_broken_school_form_falls_back_to_the_builtin_one(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    _write_school_form(case_env, 'id = "victim"\nversion = 1\nkind = [oops\n')
    session = case_env.ctx.services.session
    forms = case_env.run(lambda: forms_for(session))
    assert [e.path.name for e in forms.errors] == ["victim.toml"]  # the notice names it
    dialog = open_kind(qtbot, tab, "victim")
    _walk_to(qtbot, dialog, "How does the pupil feel?")
