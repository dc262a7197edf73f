"""The "Agreements & follow-up" case tab: follow-ups, agreements, repair agreement, closing."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QVBoxLayout, QWidget

from ehbc_desktop.domain.enums import CaseStatus, Role
from ehbc_desktop.ui.agenda.rows_model import RowsTableModel
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.followup.columns import (
    FollowUpLine,
    agreement_columns,
    fit_agreement_columns,
    follow_up_columns,
)
from ehbc_desktop.ui.followup.followup_tab_view import FollowUpTabView
from ehbc_desktop.ui.followup.repair_text import repair_summary
from ehbc_desktop.ui.followup.texts import step_words
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.ops import ChangeKind, Changes

if TYPE_CHECKING:
    from ehbc_desktop.domain.entities import CaseRecord, FollowUp
    from ehbc_desktop.services.followup.agreements import AgreementView
    from ehbc_desktop.ui.case.case_tabs import CaseTabContext


NOTE_COLUMN = 5


class FollowUpTab(QWidget):
    """Everything that happens after the conversations, for one case."""

    sig_loaded = Signal()
    """The tab shows the case as it is now."""

    def __init__(self, ctx: CaseTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = ctx.case_id
        self._cases = ctx.services.cases
        self.followups = ctx.services.follow_ups
        self.agreements = ctx.services.agreements
        self.approach = ctx.services.approach
        self.closing = ctx.services.closing
        self.school = ctx.services.settings
        self._runner = ctx.runner
        ctx.runner.sig_changes_published.connect(self._on_runner_changes_published)
        self.today_override: date | None = None  # a fixed "today" for tests and screenshots
        self.record: CaseRecord | None = None
        self.view = FollowUpTabView()
        self.follow_up_model = RowsTableModel(follow_up_columns(), parent=self)
        self.agreement_model = RowsTableModel(agreement_columns(with_case=False), parent=self)
        self.view.follow_ups_table.setModel(self.follow_up_model)
        self.view.agreements_table.setModel(self.agreement_model)
        header = self.view.follow_ups_table.horizontalHeader()
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        fit_agreement_columns(self.view.agreements_table, with_case=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        v = self.view
        v.plan_button.clicked.connect(self._on_plan_button_clicked)
        v.outcome_button.clicked.connect(self._on_outcome_button_clicked)
        v.follow_ups_table.activated.connect(self._on_outcome_button_clicked)
        v.status_button.clicked.connect(self._on_status_button_clicked)
        v.agreements_table.activated.connect(self._on_status_button_clicked)
        v.draft_button.clicked.connect(self._on_draft_button_clicked)
        v.sign_button.clicked.connect(self._on_sign_button_clicked)
        v.close_button.clicked.connect(self._on_close_button_clicked)

    def today(self) -> date:
        """The day used for "overdue" and as the default date."""
        return self.today_override or date.today()

    def closed(self) -> bool:
        """The case is closed (read-only)."""
        return self.record is not None and self.record.case.status is CaseStatus.CLOSED

    def refresh(self) -> None:
        """Load the case and its agreements in the background."""
        cases, agreements, case_id, today = self._cases, self.agreements, self.case_id, self.today()
        self._runner.run_in_background(
            lambda: (cases.get_case(case_id), agreements.for_case(case_id, today)),
            self._on_loaded, self._show_error, owner=self,
        )  # fmt: skip

    def _on_loaded(self, result: Any) -> None:
        record, agreements = result
        self.record = record
        today = self.today()
        lines = [
            FollowUpLine(f, f.held_on is None and f.planned_on < today, f.case_id)
            for f in sorted(record.follow_ups, key=lambda f: f.planned_on, reverse=True)
        ]
        self.follow_up_model.set_rows(lines)
        self.agreement_model.set_rows(agreements)
        v = self.view
        v.follow_ups_empty.setVisible(not lines)
        v.agreements_empty.setVisible(not agreements)
        v.repair_text.setText(repair_summary(record))
        self._show_state(record)
        v.message_label.hide()
        self.sig_loaded.emit()

    def _show_state(self, record: CaseRecord) -> None:
        v, case, closed = self.view, record.case, self.closed()
        for button in (v.plan_button, v.outcome_button, v.status_button, v.draft_button):
            button.setEnabled(not closed)
        unsigned = [r for r in record.repair_agreements if r.signed_on is None]
        v.sign_button.setEnabled(not closed and bool(unsigned))
        v.outcome_button.setEnabled(not closed and any(f.held_on is None
                                                       for f in record.follow_ups))  # fmt: skip
        v.status_button.setEnabled(not closed and self.agreement_model.rowCount() > 0)
        if closed:
            text = self.tr("This case was closed on %1 and can no longer be changed. It is kept "
                           "until %2. Reopen it to change anything.")  # fmt: skip
            v.closed_banner.setText(text.replace("%1", format_date(case.closed_on))
                                    .replace("%2", format_date(case.retention_until)))  # fmt: skip
            v.closing_text.setText(v.closed_banner.text())
            v.close_button.setText(self.tr("Reopen case..."))
        else:
            v.closing_text.setText(self.tr("Close the case when the bullying has stopped and "
                                           "everything is settled. A checklist shows what is "
                                           "still missing."))  # fmt: skip
            v.close_button.setText(self.tr("Close case..."))
        v.closed_banner.setVisible(closed)
        v.closing_text.setVisible(not closed)  # the banner says it once

    def _after_change(self, *_args: Any) -> None:
        kinds = (ChangeKind.FOLLOW_UP, ChangeKind.CLOSING, ChangeKind.CASE)
        self._runner.publish(Changes.of(self.case_id, *kinds), self)

    def _on_runner_changes_published(self, changes: Changes, _initiator: object) -> None:
        kinds = (ChangeKind.CASE, ChangeKind.STEPS, ChangeKind.CONVERSATIONS,
                 ChangeKind.FOLLOW_UP, ChangeKind.CLOSING)  # fmt: skip
        if changes.touches(self.case_id) and changes.any_of(*kinds):
            self.refresh()

    def _show_error(self, exc: BaseException) -> None:
        self.view.message_label.setText(message_for(exc))
        self.view.message_label.show()

    def _open(self, dialog: QDialog, signal: Any) -> None:
        signal.connect(self._after_change)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # ----- actions

    def _on_plan_button_clicked(self) -> None:
        from ehbc_desktop.ui.followup.plan_dialog import PlanFollowUpDialog

        dialog = PlanFollowUpDialog(
            self.followups, self.school, self._runner, self.case_id, today=self.today(),
            parent=self,
        )  # fmt: skip
        self._open(dialog, dialog.sig_planned)

    def _selected_follow_up(self) -> FollowUpLine | None:
        rows = self.view.follow_ups_table.selectionModel().selectedRows()
        line = self.follow_up_model.row_at(rows[0].row()) if rows else None
        if line is not None and line.item.held_on is None:
            return line  # type: ignore[no-any-return]
        unheld = [r for r in self.follow_up_model.rows() if r.item.held_on is None]
        return min(unheld, key=lambda r: r.item.planned_on) if unheld else None

    def _on_outcome_button_clicked(self, *_args: Any) -> None:
        from ehbc_desktop.ui.followup.outcome_dialog import OutcomeDialog

        line = self._selected_follow_up()
        if line is None or self.closed():
            return
        dialog = OutcomeDialog(
            self.followups, self.approach, self._runner, case_id=self.case_id,
            follow_up_id=line.item.id, about=follow_up_summary(line.item), today=self.today(),
            parent=self,
        )  # fmt: skip
        self._open(dialog, dialog.sig_recorded)

    def _on_status_button_clicked(self, *_args: Any) -> None:
        from ehbc_desktop.ui.followup.status_dialog import AgreementStatusDialog

        rows = self.view.agreements_table.selectionModel().selectedRows()
        agreement: AgreementView | None = self.agreement_model.row_at(rows[0].row() if rows
                                                                      else 0)  # fmt: skip
        if agreement is None or self.closed():
            return
        dialog = AgreementStatusDialog(self.agreements.set_status, self._runner, agreement,
                                       self.today(), self)  # fmt: skip
        self._open(dialog, dialog.sig_saved)

    def _on_draft_button_clicked(self) -> None:
        from ehbc_desktop.ui.followup.repair_dialog import RepairAgreementDialog

        record = self.record
        if record is None:
            return
        bullies = [
            (p.id, record.people[p.person_id].full_name)
            for p in record.participants
            if p.role is Role.BULLY and p.person_id in record.people
        ]
        dialog = RepairAgreementDialog(self.agreements, self._runner, self.case_id, bullies, self)
        self._open(dialog, dialog.sig_drafted)

    def _on_sign_button_clicked(self) -> None:
        from ehbc_desktop.ui.followup.status_dialog import SignedDialog

        record = self.record
        unsigned = [r for r in record.repair_agreements if r.signed_on is None] if record else []
        if not unsigned:
            return
        dialog = SignedDialog(self.agreements.mark_repair_signed, self._runner, unsigned[-1].id,
                              self.today(), self)  # fmt: skip
        self._open(dialog, dialog.sig_saved)

    def _on_close_button_clicked(self) -> None:
        from ehbc_desktop.ui.closing.closing_dialog import ClosingDialog

        if self.record is None:
            return
        dialog = ClosingDialog(self.closing, self.school, self._runner, self.record.case,
                               today=self.today(), parent=self)  # fmt: skip
        self._open(dialog, dialog.sig_changed)


def follow_up_summary(item: FollowUp) -> str:
    """"planned for 25-11-2026: evaluate ... (with Vic)" for the outcome dialog."""
    what = step_words(item.step or item.kind.value, "follow_up")
    text = QCoreApplication.translate("FollowUpTab", "planned for %1: %2")
    text = text.replace("%1", format_date(item.planned_on)).replace("%2", what)
    return f"{text} ({item.with_whom})" if item.with_whom else text


def make_follow_up_tab(ctx: CaseTabContext) -> tuple[QWidget, str]:
    """The case-tab factory registered in `case_tabs.py`."""
    tab = FollowUpTab(ctx)
    tab.refresh()
    return tab, QCoreApplication.translate("FollowUpTab", "Agreements && follow-up")
