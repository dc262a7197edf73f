"""Every built-in form renders; a teacher can fill five of them and finish; answers round-trip."""

from __future__ import annotations

from html import escape

import pytest
from pytestqt.qtbot import QtBot

from ehbc_desktop.formspec import FieldType, FormSet, validate_answers
from ehbc_desktop.ui.wizard.choice_fields import (
    CheckFieldWidget,
    ComboFieldWidget,
    RadioFieldWidget,
)
from ehbc_desktop.ui.wizard.grid_field import GridFieldWidget
from ehbc_desktop.ui.wizard.row_fields import RowsFieldWidget
from ehbc_desktop.ui.wizard.text_fields import (
    DateFieldWidget,
    TextAreaFieldWidget,
    TextFieldWidget,
)
from tests.gui.wizard.conftest import MakeWizard
from tests.gui.wizard.teacher import click, fill_current_page

EXPECTED_WIDGET = {
    FieldType.TEXT: TextFieldWidget,
    FieldType.TEXTAREA: TextAreaFieldWidget,
    FieldType.DATE: DateFieldWidget,
    FieldType.CHOICE: (RadioFieldWidget, ComboFieldWidget),
    FieldType.SCALE: RadioFieldWidget,
    FieldType.YESNO: RadioFieldWidget,
    FieldType.TRISTATE: RadioFieldWidget,
    FieldType.MULTICHOICE: CheckFieldWidget,
    FieldType.CHECKLIST: CheckFieldWidget,
    FieldType.PARTICIPANTS: CheckFieldWidget,
    FieldType.AGREEMENTS: RowsFieldWidget,
    FieldType.SUPPORT_FIGURES: RowsFieldWidget,
    FieldType.GRID: GridFieldWidget,
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_builtin_form_opens_and_every_page_renders(
    forms: FormSet, make_wizard: MakeWizard, lang: str
) -> None:
    for spec in forms:
        wizard = make_wizard(spec.id, lang=lang)
        assert wizard.view.form_title.text() == spec.title.get(lang)
        for index, page in enumerate(spec.pages):
            view = wizard.view.pages[index]
            assert [f.id for f in page.fields] == list(view.frames)
            for field in page.fields:
                frame = view.frames[field.id]
                assert isinstance(frame.widget, EXPECTED_WIDGET[field.type]), field.id
                assert escape(field.label.get(lang), quote=False) in frame.label.text()
                assert frame.widget.accessibleName().startswith(field.label.get(lang))
            wizard.go_to_page(page.id)
            shown = wizard.current_page_id()
            assert wizard.view.page_title.text() == spec.page(shown).title.get(lang)  # type: ignore[union-attr]
        wizard.close()


@pytest.mark.parametrize("form_id", ["victim", "restorative", "report", "choice", "follow_up"])
def test_a_teacher_fills_every_page_and_finishes(
    qtbot: QtBot, forms: FormSet, make_wizard: MakeWizard, form_id: str
) -> None:
    spec = forms.get(form_id)
    wizard = make_wizard(form_id)
    assert not wizard.is_finish_allowed()
    visited = []
    while True:
        visited.append(wizard.current_page_id())
        fill_current_page(qtbot, wizard)
        if not wizard.view.next_button.isEnabled():
            break
        click(qtbot, wizard, "wizard_next")
        assert wizard.current_page_id() != visited[-1], "Next did not move on"
    assert visited[0] == spec.pages[0].id
    assert wizard.is_finish_allowed()
    with qtbot.waitSignal(wizard.sig_finished, timeout=1000) as finished:
        click(qtbot, wizard, "wizard_finish")
    values = finished.args[0]
    assert validate_answers(spec, values) == {}
    assert values == wizard.values()
    again = make_wizard(form_id, values)
    assert again.values() == values
    assert again.is_finish_allowed()


ROUND_TRIPS = {
    "triage": {
        "intent": "yes",
        "intent_note": "on purpose",
        "repetition": "unclear",
        "power_imbalance": "no",
        "digital": False,
        "also_offline": True,
        "features": ["anonymous"],
    },
    "severity": {"severity": "serious", "rationale": "threats", "sexual": True, "flag": "red"},
    "report": {
        "reporter_kind": "peer",
        "reported_on": "2026-11-18",
        "channel": "mailbox",
        "media": ["social_media", "email"],
        "platform": "a chat app",
        "involved": ["p_victim", "someone_removed"],
    },
    "restorative": {
        "victim_wants": True,
        "bully_acknowledges": False,
        "round": {
            "p_victim": {"what_happened": "a", "how_do_you_feel": "b"},
            "p_bully": {"what_happened": "c"},
        },
        "support_figures": [{"name": "Ann", "role": "aunt"}, {"name": "Bo", "role": ""}],
        "agreements": [{"who": "Jonas", "what": "apologise", "by": "2026-12-01"}],
        "term": "2026-12-05",
    },
}


@pytest.mark.parametrize("form_id", sorted(ROUND_TRIPS))
def test_answers_round_trip_into_a_new_wizard(
    forms: FormSet, make_wizard: MakeWizard, form_id: str
) -> None:
    values = ROUND_TRIPS[form_id]
    spec = forms.get(form_id)
    for field_id in values:
        assert spec.field(field_id) is not None, field_id
    first = make_wizard(form_id, values)
    assert first.values() == values
    assert make_wizard(form_id, first.values()).values() == values


def test_no_page_is_wider_than_a_small_school_screen(
    qtbot: QtBot, forms: FormSet, make_wizard: MakeWizard
) -> None:
    too_wide = []
    for spec in forms:
        wizard = make_wizard(spec.id, lang="nl")
        wizard.resize(1024, 700)
        for page in wizard.view.pages:
            wizard.view.stack.setCurrentWidget(page)
            qtbot.wait(1)  # let the layout settle
            body = page.widget()
            if body.minimumSizeHint().width() > page.viewport().width():
                too_wide.append(f"{spec.id}/{page.page.id}")
        wizard.close()
    assert too_wide == []
