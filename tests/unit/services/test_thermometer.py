"""The class thermometer: counts only, a result per statement, before and after, on paper."""

from __future__ import annotations

from datetime import date

import pytest

from ehbc_desktop.domain.thermometer import (
    SCALE,
    STATEMENTS,
    Moment,
    ThermometerError,
    check_counts,
    concern,
)
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.thermometer import ThermometerService
from tests.unit.reports.pdfcheck import all_text, page_texts
from tests.unit.services.records_helpers import open_case

SAFE, TEASED = STATEMENTS[0], STATEMENTS[2]


def counts(good: tuple[int, ...], bad: tuple[int, ...]) -> dict[str, tuple[int, ...]]:
    """The same counts for every "good" statement and every "bad" one."""
    return {s.id: good if s.good else bad for s in STATEMENTS}


def test_concern_counts_the_answers_that_signal_a_problem() -> None:
    assert concern(SAFE, (2, 3, 10, 5)) == 25.0  # never + sometimes feeling safe
    assert concern(TEASED, (10, 5, 4, 1)) == 25.0  # often + always teased
    assert concern(TEASED, (0, 0, 0, 0)) is None
    check_counts(20, counts((2, 3, 10, 5), (10, 5, 4, 1)))
    for respondents, wrong, code in (
        (0, counts((0,) * 4, (0,) * 4), "respondents"),
        (20, {SAFE.id: (1, 1, 1, 1)}, "statement"),
        (20, counts((1, 1, 1), (1, 1, 1, 1)), "count"),
        (5, counts((2, 3, 10, 5), (1, 1, 1, 1)), "too_many"),
    ):
        with pytest.raises(ThermometerError) as refused:
            check_counts(respondents, wrong)
        assert refused.value.code == code
    assert len(SCALE) == 4


def test_before_and_after_are_compared_and_printed(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    service = ThermometerService(vault_session)
    assert service.comparison(c.case_id).before is None
    with pytest.raises(InvalidInputError):
        service.record(c.case_id, class_name="2B", taken_on=date(2026, 3, 2),
                       moment=Moment.BEFORE, respondents=3, counts=counts((2, 3, 10, 5), (1,) * 4))
    service.record(c.case_id, class_name="2B", taken_on=date(2026, 3, 2), moment=Moment.BEFORE,
                   respondents=20, counts=counts((4, 6, 6, 4), (6, 4, 6, 4)))
    service.record(c.case_id, class_name="2B", taken_on=date(2026, 4, 20), moment=Moment.AFTER,
                   respondents=19, counts=counts((1, 3, 9, 6), (12, 5, 2, 0)))
    found = service.comparison(c.case_id)
    assert found.before is not None and found.after is not None
    first = found.results[0]
    assert (first.before, round(first.after or 0), round(first.change or 0)) == (50.0, 21, -29)
    teased = found.results[2]
    assert teased.before == 50.0 and teased.after is not None and teased.after < 11

    documents = DocumentService(vault_session, find_evidence_service=False)
    blank = documents.thermometer_questionnaire("nl", "2B")
    text = all_text(blank.pdf)
    assert len(page_texts(blank.pdf)) == 1 and "anoniem" in text and "Noé" not in text
    for statement in STATEMENTS:
        assert statement.nl in text
    result = documents.thermometer_result(c.case_id, "nl")
    text = all_text(result.pdf)
    for expected in ("Klasthermometer: voor en na", "2B, 20 leerlingen", "2B, 19 leerlingen",
                     "50%", "-29", "Aandeel antwoorden dat op een probleem wijst"):  # fmt: skip
        assert expected in text, expected
