"""Agreements across cases (status change) and the repair agreement drafted on the case tab."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from ehbc_desktop.domain.enums import AgreementStatus
from ehbc_desktop.domain.rules.agreements import AgreementStanding
from ehbc_desktop.ui.agenda.rows_model import OVERDUE_ROLE
from ehbc_desktop.ui.followup.agreements_page import SHOW_ALL
from ehbc_desktop.ui.followup.repair_dialog import BULLIES, RepairAgreementDialog
from ehbc_desktop.ui.followup.status_dialog import AgreementStatusDialog, SignedDialog
from ehbc_desktop.ui.followup.texts import standing_label
from tests.gui.agenda.conftest import Opened

LEFT = Qt.MouseButton.LeftButton


def _add_agreements(opened: Opened) -> tuple[str, str]:
    from ehbc_desktop.services.followup.agreements import AgreementService

    service = AgreementService(opened.services().session)
    today = date.today()
    late = opened.on_worker(lambda: service.add(
        opened.case_id, "Tom", "Berichten verwijderen", today - timedelta(days=3)))
    later = opened.on_worker(lambda: service.add(
        opened.case_id, "Mentor", "Klas bevragen", today + timedelta(days=5)))  # fmt: skip
    return late, later


def test_change_an_agreement_status_on_the_agreements_page(opened: Opened) -> None:
    qtbot = opened.qtbot
    late, _later = _add_agreements(opened)
    page = opened.agreements_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    first = page.model.row_at(0)
    assert first.id == late and first.overdue
    assert page.model.index(0, 0).data(OVERDUE_ROLE) is True
    status = page.model.index(0, 5).data()  # the status column says it in words too
    assert status == standing_label(AgreementStanding.OVERDUE)
    page.table.selectRow(0)
    qtbot.mouseClick(page.status_button, LEFT)
    dialog = opened.gui.dialog(page, "agreementStatusDialog")
    assert isinstance(dialog, AgreementStatusDialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("not_kept"))
    qtbot.keyClicks(dialog.note_edit, "Pas na twee weken verwijderd.")
    qtbot.mouseClick(opened.gui.ok_button(dialog), LEFT)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)  # only open ones shown
    page.filter_combo.setCurrentIndex(SHOW_ALL)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    changed = next(r for r in page.model.rows() if r.id == late)
    assert changed.status is AgreementStatus.NOT_KEPT
    assert changed.status_changed_on == date.today()
    assert changed.status_note == "Pas na twee weken verwijderd."
    row = page.model.rows().index(changed)
    assert page.model.index(row, 5).data().endswith(": Pas na twee weken verwijderd.")
    assert page.model.index(row, 0).data(OVERDUE_ROLE) is False  # settled: no longer overdue
    with qtbot.waitSignal(page.sig_case_requested) as requested:
        page.table.activated.emit(page.model.index(0, 0))
    assert requested.args == [opened.case_id]


def test_repair_agreement_refuses_empty_fields_then_is_drafted_and_signed(
    opened: Opened,
) -> None:
    qtbot = opened.qtbot
    tab = opened.open_tab()
    assert not tab.view.sign_button.isEnabled()
    qtbot.mouseClick(tab.view.draft_button, LEFT)
    dialog: Any = opened.gui.dialog(tab, "repairAgreementDialog")
    assert isinstance(dialog, RepairAgreementDialog)
    dialog.bully_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(opened.gui.ok_button(dialog), LEFT)
    assert dialog.isVisible()
    assert all(label.isVisible() for label in dialog.errors.values())
    assert opened.on_worker(lambda: opened.services().cases.get_case(opened.case_id)
                            ).repair_agreements == ()  # fmt: skip

    dialog.bully_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.engagements_edit.setPlainText("Ik verwijder de foto's.\nIk bied mijn excuses aan.")
    dialog.figures_table.setItem(0, 0, QTableWidgetItem("Mevr. Claes"))
    dialog.figures_table.setItem(0, 1, QTableWidgetItem("klastitularis"))
    dialog.term_edit.set_value(date.today() + timedelta(days=14))
    qtbot.mouseClick(opened.gui.ok_button(dialog), LEFT)  # the evaluation date is still empty
    assert [p for p, label in dialog.errors.items() if label.isVisible()] == ["evaluation_date"]
    assert not dialog.errors[BULLIES].isVisible()
    dialog.evaluation_edit.set_value(date.today() + timedelta(days=21))
    qtbot.mouseClick(opened.gui.ok_button(dialog), LEFT)
    qtbot.waitUntil(tab.view.sign_button.isEnabled, timeout=10_000)
    assert "Mevr. Claes (klastitularis)" in tab.view.repair_text.text()
    assert "Tom Peeters" in tab.view.repair_text.text()

    qtbot.mouseClick(tab.view.sign_button, LEFT)
    signed = opened.gui.dialog(tab, "signedDialog")
    assert isinstance(signed, SignedDialog)
    qtbot.mouseClick(opened.gui.ok_button(signed), LEFT)
    qtbot.waitUntil(lambda: not tab.view.sign_button.isEnabled(), timeout=10_000)
    record = opened.on_worker(lambda: opened.services().cases.get_case(opened.case_id))
    (repair,) = record.repair_agreements
    assert repair.signed_on == date.today()
    assert repair.engagements == ("Ik verwijder de foto's.", "Ik bied mijn excuses aan.")
