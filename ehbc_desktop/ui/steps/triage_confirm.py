"""After the triage wizard: the proposal and its explanation; confirm it or choose another."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import Classification, CriterionAnswer, KeyCriterion
from ehbc_desktop.domain.triage import TriageProposal, propose_classification
from ehbc_desktop.ui.labels import classification_label
from ehbc_desktop.ui.steps.texts import triage_explanation


def proposal_for(values: Mapping[str, Any]) -> TriageProposal:
    """The classification the method proposes for the triage form's answers."""
    criteria = {}
    for criterion in KeyCriterion:
        raw = values.get(criterion.value)
        known = {a.value for a in CriterionAnswer}
        criteria[criterion] = CriterionAnswer(raw) if raw in known else CriterionAnswer.UNCLEAR
    return propose_classification(
        criteria, values.get("digital") is True, values.get("also_offline") is True
    )


class TriageConfirmDialog(QDialog):
    """Shows the proposal and why; the teacher confirms it or picks another with a reason."""

    def __init__(self, values: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("triageConfirmDialog")
        self.setWindowTitle(self.tr("Is it cyberbullying? The conclusion"))
        self._values = dict(values)
        self.proposal = proposal_for(values)
        proposed = self.proposal.classification
        headline = QLabel(
            self.tr("The program proposes: <b>%1</b>").replace("%1", classification_label(proposed))
        )
        headline.setObjectName("triageProposal")
        why = QLabel("\n".join(triage_explanation(self.proposal)))
        why.setObjectName("triageExplanation")
        why.setWordWrap(True)
        ask = QLabel(self.tr("Your conclusion:"))
        ask.setObjectName("sectionTitle")
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for widget in (headline, why, ask):
            layout.addWidget(widget)
        self.radios: dict[Classification, QRadioButton] = {}
        for classification in Classification:
            text = classification_label(classification)
            if classification is proposed:
                text += self.tr(" (proposed)")
            radio = QRadioButton(text)
            radio.setObjectName(f"classification_{classification.value}")
            self.group.addButton(radio)
            self.radios[classification] = radio
            layout.addWidget(radio)
        self.radios[proposed].setChecked(True)
        self.reason_label = QLabel(
            self.tr("Why do you choose another conclusion than the proposal? (required)")
        )
        self.reason_edit = QPlainTextEdit(str(values.get("classification_note") or ""))
        self.reason_edit.setObjectName("overrideReasonEdit")
        self.reason_edit.setAccessibleName(self.tr("Reason for another conclusion"))
        self.reason_edit.setMaximumHeight(90)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Confirm"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        chosen = values.get("classification")
        if chosen in {c.value for c in Classification}:
            self.radios[Classification(chosen)].setChecked(True)
        self._update()
        # Wrapped labels do not ask for their height up front: give the explanation room.
        self.setMinimumSize(620, 520)

    def chosen(self) -> Classification:
        """The classification ticked now."""
        for classification, radio in self.radios.items():
            if radio.isChecked():
                return classification
        return self.proposal.classification

    def _update(self, *_args: object) -> None:
        differs = self.chosen() is not self.proposal.classification
        self.reason_label.setVisible(differs)
        self.reason_edit.setVisible(differs)
        ok = not differs or bool(self.reason_edit.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def confirmed_values(self) -> dict[str, Any]:
        """The triage answers with the confirmed classification and its reason."""
        values = dict(self._values)
        values["classification"] = self.chosen().value
        if self.chosen() is not self.proposal.classification:
            values["classification_note"] = self.reason_edit.toPlainText().strip()
        return values
