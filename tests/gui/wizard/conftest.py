"""Fixtures for the form wizard tests: the built-in forms, a case's people, a wizard factory."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import Role
from ehbc_desktop.formspec import FormSet, load_forms
from ehbc_desktop.ui.wizard import FormWizard, ParticipantOption, WizardContext

TODAY = date(2026, 11, 21)
PEOPLE = (
    ParticipantOption("p_victim", "Lotte", Role.VICTIM),
    ParticipantOption("p_bully", "Jonas", Role.BULLY),
    ParticipantOption("p_parent", "Sara", Role.PARENT),
    ParticipantOption("p_support", "Mr Claes", Role.SUPPORT_FIGURE),
)

MakeWizard = Callable[..., FormWizard]


@pytest.fixture(scope="session")
def forms() -> FormSet:
    """The built-in forms, loaded once."""
    found = load_forms(None)
    assert not found.errors
    return found


@pytest.fixture
def make_wizard(qtbot: QtBot, forms: FormSet) -> MakeWizard:
    """Build and show a wizard for a built-in form: make_wizard("victim", values, **context)."""

    def build(
        form_id: str, values: Mapping[str, Any] | None = None, lang: str = "en", **context: Any
    ) -> FormWizard:
        context.setdefault("participants", PEOPLE)
        context.setdefault("today", TODAY)
        wizard = FormWizard(forms.get(form_id), lang, values or {}, WizardContext(**context))
        qtbot.addWidget(wizard)
        wizard.resize(1200, 800)
        wizard.show()
        qtbot.waitExposed(wizard)
        qtbot.waitUntil(wizard.page_on_screen_built, timeout=5_000)
        return wizard

    return build
