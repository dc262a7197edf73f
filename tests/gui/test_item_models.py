"""Every Qt item model of the window passes pytest-qt's model tester with real rows."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt

from ehbc_desktop.domain.entities import Case, CaseRecord, Participant, Person
from ehbc_desktop.domain.enums import CaseStatus, Classification, Role
from ehbc_desktop.ui.case.case_models import ParticipantTableModel, participant_rows
from ehbc_desktop.ui.case.people_table_model import PeopleTableModel
from ehbc_desktop.ui.caselist.case_table_model import (
    COL_NEXT,
    COL_OPENED,
    COL_STATUS,
    COL_TITLE,
    SORT_ROLE,
    CaseTableModel,
)


def _record() -> CaseRecord:
    lisa = Person("p1", "Lisa", "Janssens", "2B", date(2013, 4, 2))
    tom = Person("p2", "Tom", "Peeters", "2B")
    mother = Person("p3", "Els", "Janssens", "", is_pupil=False)
    return CaseRecord(
        case=Case("c1", "2026-001", "Spotberichten", CaseStatus.OPEN, date(2026, 10, 2)),
        people={p.id: p for p in (lisa, tom, mother)},
        participants=(
            Participant("a3", "c1", "p3", Role.PARENT, related_to="a1"),
            Participant("a2", "c1", "p2", Role.BULLY),
            Participant("a1", "c1", "p1", Role.VICTIM),
        ),
    )


def test_participant_model(qtmodeltester: Any) -> None:
    model = ParticipantTableModel()
    model.set_rows(participant_rows(_record()))
    qtmodeltester.check(model)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Lisa Janssens", "Tom Peeters", "Els Janssens"], "victims first"
    assert "Lisa Janssens" in model.index(2, 1).data(), "a parent names their pupil"
    assert model.index(0, 3).data() == "02-04-2013"


def test_people_model(qtmodeltester: Any) -> None:
    model = PeopleTableModel()
    model.set_rows(list(_record().people.values()))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    model.set_rows([])
    qtmodeltester.check(model)


def _case_row(**changes: Any) -> Any:
    from ehbc_desktop.services.case.cases import CaseRow

    values: dict[str, Any] = {
        "id": "c1", "reference": "2026-001", "title": "Spotberichten",
        "status": CaseStatus.OPEN, "classification": None, "opened_on": date(2026, 10, 2),
        "victims": ("Lisa Janssens",), "bullies": ("Tom Peeters",), "next_follow_up": None,
        "last_activity": datetime(2026, 10, 3, tzinfo=UTC),
    }  # fmt: skip
    values.update(changes)
    return CaseRow(**values)


def test_case_model_loads_pages_and_leaves_sorting_to_the_store(
    qtmodeltester: Any, qtbot: Any
) -> None:
    rows = [
        _case_row(),
        _case_row(id="c2", reference="2026-002", opened_on=date(2025, 12, 30),
                  status=CaseStatus.OBSERVATION, next_follow_up=date(2026, 1, 5)),
        _case_row(id="c3", reference="2026-010", opened_on=date(2026, 11, 1),
                  classification=Classification.CYBERBULLYING, next_follow_up=date(2025, 2, 1)),
    ]  # fmt: skip
    model = CaseTableModel()
    asked: list[object] = []
    model.sig_more_requested.connect(asked.append)
    model.set_page(rows[:2], after=17)
    assert model.canFetchMore()
    qtmodeltester.check(model)  # the tester fetches more too: the model asks its owner once
    assert asked == [17] and not model.canFetchMore()
    model.append_page(rows[2:], after=None)
    assert model.rowCount() == 3 and not model.canFetchMore()
    qtmodeltester.check(model)
    assert model.index(2, COL_NEXT).data(SORT_ROLE) == "2025-02-01"
    assert model.order() is None  # newest first: the store's default order
    with qtbot.waitSignal(model.sig_order_changed):
        model.sort(COL_TITLE)
    order = model.order()
    assert order is not None and (order.column, order.descending) == ("title", False)
    model.sort(COL_STATUS, Qt.SortOrder.DescendingOrder)
    order = model.order()
    assert order is not None and order.descending and len(order.ranks) == len(CaseStatus)
    model.sort(COL_OPENED)
    order = model.order()
    assert order is not None and order.column == "opened" and not order.descending


def test_timeline_texts_turn_keys_into_words() -> None:
    from ehbc_desktop.ui.case.timeline_text import timeline_texts

    assert timeline_texts("case_opened", "2026-001", "Spotberichten") == (
        "Case opened",
        "Spotberichten",
    )
    assert timeline_texts("triage", "cyberbullying", "") == ("Triage", "cyberbullying")
    assert timeline_texts("conversation", "victim", "  rustig \n gesprek ") == (
        "Conversation",
        "conversation with the victim: rustig gesprek",
    )
    assert timeline_texts("observation", "low_mood, sudden_crying", "") == (
        "Observation",
        "low mood or mood swings, cries suddenly",
    )
    assert timeline_texts("agreement", "Tom biedt excuses aan.", "Tom") == (
        "Agreement",
        "Tom biedt excuses aan. (Tom)",
    )
    assert timeline_texts("care_team", "Zorgteam.", "Opvolgen") == (
        "Care team",
        "Zorgteam. Opvolgen",
    )
    assert timeline_texts("follow_up", "evaluation", "") == ("Follow-up", "has it stopped?")


def test_due_text_names_the_step_or_the_agreement() -> None:
    from ehbc_desktop.ui.case.timeline_text import due_text

    assert due_text("restorative_bully") == "separate talk with the bully"
    assert due_text("evaluation", detail="Lisa") == "has it stopped? (Lisa)"
    assert due_text("restorative_step3") == "separate talks after the restorative conversation"
    assert due_text("Tweede gesprek", detail="Lisa") == "Tweede gesprek (Lisa)"
    assert due_text("agreement", "agreement", "Tom biedt excuses aan") == (
        "Agreement: Tom biedt excuses aan"
    )


def test_day_only_moments_show_without_a_time() -> None:
    from ehbc_desktop.ui.labels import format_datetime

    assert format_datetime(datetime(2026, 11, 18, tzinfo=UTC)) == "18-11-2026"
    assert format_datetime(datetime(2026, 11, 18, 9, 30, tzinfo=UTC)).startswith("18-11-2026 ")


def test_case_choice_model_checks_cases_without_a_widget_each(qtmodeltester: Any) -> None:
    from ehbc_desktop.ui.vault.case_choice_model import CaseChoiceModel

    model = CaseChoiceModel([("c1", "2026-0001 Spot"), ("c2", "2026-0002 Foto")], ["c2", "zz"])
    qtmodeltester.check(model)
    assert model.checked_ids() == ["c2"]
    checked = Qt.CheckState.Checked.value
    assert model.setData(model.index(0), checked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == ["c1", "c2"]
    model.setData(model.index(1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == ["c1"]
    assert model.index(0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def _varied_case_rows() -> list[Any]:
    return [
        _case_row(),
        _case_row(id="c2", status=CaseStatus.CLOSED, bullies=(), victims=()),
        _case_row(id="c3", classification=Classification.CYBERBULLYING,
                  next_follow_up=date(2026, 11, 2), victims=("An", "Bo")),
        _case_row(id="c4", title="", confidential_for=("jan", "els")),
        _case_row(id="c5", status=CaseStatus.OBSERVATION, victims=()),
    ]  # fmt: skip


def test_case_model_texts_are_the_columns_texts() -> None:
    from ehbc_desktop.ui.caselist.case_table_model import _COLUMNS

    rows = _varied_case_rows()
    model = CaseTableModel()
    model.set_rows(rows)
    for r, row in enumerate(rows):
        for c, column in enumerate(_COLUMNS):
            assert model.index(r, c).data() == column.text(row)


def test_case_model_asks_qt_for_its_words_once_per_page(monkeypatch: Any) -> None:
    """A page asks Qt for a fixed few translations, not five per row (the GUI thread's time)."""
    from PySide6.QtCore import QCoreApplication

    calls: list[str] = []
    translate = QCoreApplication.translate

    def counting(context: str, text: str, *rest: Any) -> str:
        calls.append(text)
        return translate(context, text, *rest)

    monkeypatch.setattr(QCoreApplication, "translate", counting)
    model = CaseTableModel()
    model.set_rows(_varied_case_rows() * 40)
    assert model.rowCount() == 200
    assert len(calls) <= len(CaseStatus) + len(Classification) + 6


def test_dates_read_as_strftime_wrote_them() -> None:
    """The list formats without `strftime` (an import per call under PySide6), same text."""
    from datetime import date, timedelta

    from ehbc_desktop.ui.labels import format_date, format_datetime

    day = date(1999, 12, 25)
    for _ in range(40):
        assert format_date(day) == day.strftime("%d-%m-%Y")
        moment = datetime(day.year, day.month, day.day, 7, 5, tzinfo=UTC)
        assert format_datetime(moment) == moment.astimezone().strftime("%d-%m-%Y %H:%M")
        day += timedelta(days=397)
    assert format_date(None) == ""


def test_a_rows_texts_are_made_once_until_the_rows_change(qtmodeltester: Any) -> None:
    # A view asks data() for every cell at each paint and each measure of its columns; a
    # column's text (dates, translated words) is made once per row, again after set_rows.
    from ehbc_desktop.ui.table_model import Column, RowTableModel

    made: list[str] = []

    def text(row: str) -> str:
        made.append(row)
        return row.upper()

    model: RowTableModel[str] = RowTableModel([Column(lambda: "Naam", text),
                                               Column(lambda: "Lengte", lambda r: str(len(r)))])
    model.set_rows(["an", "tom"])
    qtmodeltester.check(model)
    for _ in range(3):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            assert model.data(model.index(1, 0), role) == "TOM"
            assert model.data(model.index(1, 1), role) == "3"
    assert made.count("tom") == 1
    model.set_rows(["tom"])
    assert model.data(model.index(0, 0)) == "TOM" and made.count("tom") == 2
