"""Record what a follow-up found; when the bullying has not stopped, say what to do next."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import FollowUpOutcome
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.followup.date_fields import date_edit, field_error, to_date
from ehbc_desktop.ui.followup.texts import escalation_text, outcome_label
from ehbc_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ehbc_desktop.domain.rules.escalation import EscalationAdvice
    from ehbc_desktop.services.followup.followups import FollowUpService
    from ehbc_desktop.services.steps.approach import ApproachService


class OutcomeDialog(QDialog):
    """Held on, outcome (stopped / decreased / unchanged / worse) and a note."""

    sig_recorded = Signal()
    """The outcome was saved."""

    def __init__(
        self,
        followups: FollowUpService,
        approach: ApproachService,
        runner: BackgroundRunner,
        *,
        case_id: str,
        follow_up_id: str,
        about: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("Record the outcome of a follow-up"))
        self._followups = followups
        self._approach = approach
        self._runner = runner
        self._case_id = case_id
        self._follow_up_id = follow_up_id
        self.about_label = QLabel(about)
        self.about_label.setWordWrap(True)
        self.held_edit = date_edit(today, self.tr("Held on"))
        self.outcome_group = QButtonGroup(self)
        outcomes = QVBoxLayout()
        self.outcome_buttons: dict[FollowUpOutcome, QRadioButton] = {}
        for number, outcome in enumerate(FollowUpOutcome):
            button = QRadioButton(outcome_label(outcome))
            self.outcome_group.addButton(button, number)
            self.outcome_buttons[outcome] = button
            outcomes.addWidget(button)
        self.outcome_error = field_error()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("What did the pupils say? What did you see?"))
        self.note_edit.setMaximumHeight(90)
        self.advice_label = QLabel()
        self.advice_label.setObjectName("adviceLabel")
        self.advice_label.setWordWrap(True)
        self.advice_label.hide()
        self.message_label = field_error()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("Follow-up"), self.about_label)
        form.addRow(self.tr("Held on"), self.held_edit)
        form.addRow(self.tr("Has the bullying stopped?"), outcomes)
        form.addRow("", self.outcome_error)
        form.addRow(self.tr("Note"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 540, 380)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def outcome(self) -> FollowUpOutcome | None:
        """The outcome chosen, if any."""
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return None

    def _on_buttons_accepted(self) -> None:
        outcome = self.outcome()
        if outcome is None:
            self.outcome_error.setText(self.tr("Choose what the follow-up found."))
            self.outcome_error.show()
            return
        self.outcome_error.hide()
        followups, approach, case_id = self._followups, self._approach, self._case_id
        ident, held, note = self._follow_up_id, to_date(self.held_edit.date()), self.note_edit
        text = note.toPlainText().strip()

        def work() -> EscalationAdvice:
            followups.record_outcome(ident, held, outcome, text)
            return approach.escalation_advice(case_id)

        self.buttons.setEnabled(False)
        self._runner.run_in_background(work, self._on_recorded, self._show_error, owner=self)

    def _on_recorded(self, advice: Any) -> None:
        self.sig_recorded.emit()
        outcome = self.outcome()
        text = escalation_text(advice.proposal, outcome) if outcome else ""
        if not text:
            self.accept()
            return
        # The bullying goes on: keep the dialog open so the advice is read before moving on.
        self.advice_label.setText(self.tr("Saved. What now?") + "\n" + text)
        self.advice_label.show()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.setEnabled(True)
        self.buttons.rejected.connect(self.accept)
        for widget in (self.held_edit, self.note_edit, *self.outcome_buttons.values()):
            widget.setEnabled(False)

    def _show_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message_label.setText(message_for(exc))
        self.message_label.show()
