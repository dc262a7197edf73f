"""After a finished step: plan the next follow-up (follow-up is crucial at every step)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.planning import DayKind
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.labels import format_date

if TYPE_CHECKING:
    from ehbc_desktop.services.followup.followups import FollowUpService, PlannedFollowUp
    from ehbc_desktop.ui.background import BackgroundRunner

DEFAULT_DAYS = 7


class NextDateDialog(QDialog):
    """Asks when to follow up next and plans it; warns about weekends and holidays."""

    sig_planned = Signal()
    """A follow-up was planned."""

    def __init__(
        self,
        case_id: str,
        step: str,
        follow_ups: FollowUpService,
        runner: BackgroundRunner,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nextDateDialog")
        self.setWindowTitle(self.tr("Plan the next follow-up"))
        self._case_id, self._step = case_id, step
        self._follow_ups, self._runner = follow_ups, runner
        self._planned = False
        intro = QLabel(
            self.tr(
                "Well done: this step is recorded. Following up is crucial at every step: "
                "when do you check again how things are going?"
            )
        )
        intro.setWordWrap(True)
        wanted = today + timedelta(days=DEFAULT_DAYS)
        self.date_edit = QDateEdit(QDate(wanted.year, wanted.month, wanted.day))
        self.date_edit.setObjectName("nextDateEdit")
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setCalendarPopup(True)
        self.with_edit = QLineEdit()
        self.with_edit.setObjectName("withWhomEdit")
        self.with_edit.setPlaceholderText(self.tr("for example: the bullied pupil, the class"))
        form = QFormLayout()
        form.addRow(self.tr("&Next follow-up on:"), self.date_edit)
        form.addRow(self.tr("&With whom:"), self.with_edit)
        self.result_label = QLabel()
        self.result_label.setObjectName("planResult")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.buttons = QDialogButtonBox()
        self.plan_button = self.buttons.addButton(
            self.tr("&Plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = self.buttons.addButton(
            self.tr("Not &now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._on_plan_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def planned_on(self) -> date:
        """The date in the date field."""
        value = self.date_edit.date().toPython()
        return value if isinstance(value, date) else date.today()

    def _on_plan_clicked(self) -> None:
        if self._planned:
            self.accept()
            return
        service, case_id, step = self._follow_ups, self._case_id, self._step
        day, whom = self.planned_on(), self.with_edit.text().strip()
        self.plan_button.setEnabled(False)
        self._runner.run_in_background(
            lambda: service.plan(case_id, day, with_whom=whom, step=step),
            self._on_planned,
            self._on_failed,
            owner=self,
        )

    def _on_planned(self, result: PlannedFollowUp) -> None:
        self._planned = True
        self.sig_planned.emit()
        if not result.warnings:
            self.accept()
            return
        words = []
        if DayKind.WEEKEND in result.warnings:
            words.append(self.tr("that day falls in a weekend"))
        if DayKind.HOLIDAY in result.warnings:
            words.append(self.tr("that day falls in a school holiday"))
        self.result_label.setText(
            self.tr("Planned on %1, but note: %2. You can plan it again on another day.")
            .replace("%1", format_date(result.planned_on))
            .replace("%2", "; ".join(words))
        )
        self.result_label.show()
        self.plan_button.setEnabled(True)
        self.plan_button.setText(self.tr("&Close"))
        self.later_button.hide()

    def _on_failed(self, exc: BaseException) -> None:
        self.plan_button.setEnabled(True)
        self.result_label.setText(message_for(exc))
        self.result_label.show()
