"""Plan a follow-up: proposes the school's default date, warns about weekends and holidays."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import FollowUpKind
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.followup.date_fields import date_edit, field_error, to_date, to_qdate
from ehbc_desktop.ui.followup.texts import day_warning, step_words
from ehbc_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ehbc_desktop.services.followup.followups import DateProposal, FollowUpService
    from ehbc_desktop.services.settings import SchoolSettings, SettingsService


class PlanFollowUpDialog(QDialog):
    """Kind, day and with whom; the day starts at the school's default and can be changed."""

    sig_planned = Signal(str)
    """A follow-up was planned (its id)."""

    def __init__(
        self,
        followups: FollowUpService,
        school: SettingsService,
        runner: BackgroundRunner,
        case_id: str,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planFollowUpDialog")
        self.setWindowTitle(self.tr("Plan a follow-up"))
        self._followups = followups
        self._school = school
        self._runner = runner
        self._case_id = case_id
        self._today = today
        self._settings: SchoolSettings | None = None
        self.kind_combo = QComboBox()
        for kind in FollowUpKind:
            self.kind_combo.addItem(step_words(kind.value, "follow_up"), kind.value)
        self.date_edit = date_edit(today, self.tr("Planned for"))
        self.proposal_label = QLabel()
        self.proposal_label.setObjectName("hintLabel")
        self.proposal_label.setWordWrap(True)
        self.warning_label = field_error()
        self.with_whom_edit = QLineEdit()
        self.with_whom_edit.setPlaceholderText(self.tr("e.g. the victim, the bully, the class"))
        self.message_label = field_error()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("Kind of follow-up"), self.kind_combo)
        form.addRow(self.tr("Planned for"), self.date_edit)
        form.addRow("", self.proposal_label)
        form.addRow("", self.warning_label)
        form.addRow(self.tr("With whom"), self.with_whom_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 520, 280)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.kind_combo.currentIndexChanged.connect(self._propose)
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self._load()

    def kind(self) -> FollowUpKind:
        """The kind chosen."""
        return FollowUpKind(self.kind_combo.currentData())

    def _load(self) -> None:
        school = self._school
        self._runner.run_in_background(
            school.get, self._on_settings_loaded, self._show_error,
            owner=self,
        )  # fmt: skip

    def _on_settings_loaded(self, settings: SchoolSettings) -> None:
        self._settings = settings
        self._propose()

    def _propose(self) -> None:
        followups, kind, today = self._followups, self.kind(), self._today
        self._runner.run_in_background(
            lambda: followups.propose_date(today, kind), self._on_proposal, self._show_error,
            owner=self,
        )  # fmt: skip

    def _on_proposal(self, proposal: DateProposal) -> None:
        self.date_edit.setDate(to_qdate(proposal.planned_on))
        text = self.tr("Proposed: the school's usual interval, on a school day. You may keep "
                       "this day or choose another one.")  # fmt: skip
        if proposal.warnings:
            text += " " + self.tr("(Moved to the next school day.)")
        self.proposal_label.setText(text)
        self._on_date_edit_date_changed()

    def _on_date_edit_date_changed(self, *_args: Any) -> None:
        from ehbc_desktop.services.followup.followups import day_warnings

        if self._settings is None:
            return
        warnings = day_warnings(to_date(self.date_edit.date()), self._settings)
        text = " ".join(day_warning(w) for w in warnings)
        if text:
            text += " " + self.tr("You can still save this day.")
        self.warning_label.setText(text)
        self.warning_label.setVisible(bool(text))

    def _on_buttons_accepted(self) -> None:
        followups, case_id = self._followups, self._case_id
        day, kind, whom = to_date(self.date_edit.date()), self.kind(), self.with_whom_edit.text()
        self.buttons.setEnabled(False)
        self._runner.run_in_background(
            lambda: followups.plan(case_id, day, kind, with_whom=whom.strip()),
            self._on_planned, self._show_error, owner=self,
        )  # fmt: skip

    def _on_planned(self, planned: Any) -> None:
        self.sig_planned.emit(planned.follow_up_id)
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message_label.setText(message_for(exc))
        self.message_label.show()
