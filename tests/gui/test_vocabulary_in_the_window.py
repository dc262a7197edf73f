"""The window shows the vocabulary's word for a domain member and follows a language switch."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from ehbc_desktop.domain.enums import CaseStatus, Classification
from ehbc_desktop.i18n import Translations
from ehbc_desktop.ui.caselist.case_list_view import CaseListView
from ehbc_desktop.ui.caselist.case_table_model import (
    COL_CLASSIFICATION,
    COL_STATUS,
    CaseTableModel,
)
from ehbc_desktop.vocabulary import capitalised


def _row() -> Any:
    from ehbc_desktop.services.case.cases import CaseRow

    return CaseRow(
        id="c1", reference="2026-001", title="Ruzie", status=CaseStatus.OBSERVATION,
        classification=Classification.CONFLICT, opened_on=date(2026, 10, 2), victims=(),
        bullies=(), next_follow_up=None, last_activity=datetime(2026, 10, 3, tzinfo=UTC),
    )  # fmt: skip


def _shown(qtbot: Any) -> tuple[str, str, list[str]]:
    """The status and classification cells of a case, and the classification filter's items."""
    model = CaseTableModel()
    model.set_page([_row()], after=None)
    view = CaseListView()
    qtbot.addWidget(view)
    combo = view.classification_combo
    choices = [combo.itemText(i) for i in range(combo.count())]
    return model.index(0, COL_STATUS).data(), model.index(0, COL_CLASSIFICATION).data(), choices


def test_the_case_list_shows_the_vocabulary_s_word_in_the_current_language(
    qapp: Any, qtbot: Any
) -> None:
    # The same word as the case summary and `ehbc cases list` (one vocabulary).
    translations = Translations(qapp)
    try:
        assert translations.apply("nl_BE")
        status, cell, choices = _shown(qtbot)
        assert status == capitalised(CaseStatus.OBSERVATION, "nl") == "Discrete observatie"
        assert cell == capitalised(Classification.CONFLICT, "nl") == "Conflict, geen pesten"
        assert cell in choices  # the filter offers the same word as the table shows
        translations.apply("en")  # a live switch: screens are rebuilt and read the words again
        status, cell, choices = _shown(qtbot)
        assert status == capitalised(CaseStatus.OBSERVATION, "en") == "Discreet observation"
        assert cell == capitalised(Classification.CONFLICT, "en") == "Conflict, not bullying"
        assert cell in choices
    finally:
        translations.clear()
