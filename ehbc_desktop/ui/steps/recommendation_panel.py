"""Beside the choice wizard: the live recommendation for the reasons ticked so far."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ehbc_desktop.domain.enums import ApproachReason
from ehbc_desktop.domain.recommendation import Recommendation, recommend
from ehbc_desktop.ui.steps.texts import reason_label, recommendation_text
from ehbc_desktop.ui.wizard import FormWizard

#: The choice form's fields that hold the ticked reasons.
REASON_FIELDS = ("nc_reasons", "c_reasons")


def ticked_reasons(values: dict[str, Any]) -> list[ApproachReason]:
    """The reasons ticked in the choice form's answers (unknown ids are skipped)."""
    known = {r.value for r in ApproachReason}
    return [ApproachReason(v) for key in REASON_FIELDS for v in values.get(key) or () if v in known]


class RecommendationPanel(QFrame):
    """Follows every tick in the wizard and shows what the method recommends, and why."""

    def __init__(self, wizard: FormWizard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._wizard = wizard
        title = QLabel(self.tr("Recommendation"))
        title.setObjectName("sectionTitle")
        self.headline = QLabel()
        self.headline.setObjectName("recommendationHeadline")
        self.headline.setWordWrap(True)
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        note = QLabel(
            self.tr(
                "The program only recommends: you decide. The choice and the recommendation "
                "are both kept in the case file."
            )
        )
        note.setObjectName("hintLabel")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.headline)
        layout.addWidget(self.reasons_label)
        layout.addStretch(1)
        layout.addWidget(note)
        self.recommendation: Recommendation = recommend(())
        wizard.sig_field_changed.connect(self._on_wizard_field_changed)
        self.update_recommendation()

    def _on_wizard_field_changed(self, field_id: str) -> None:
        if field_id in REASON_FIELDS:
            self.update_recommendation()

    def update_recommendation(self) -> None:
        """Recompute the recommendation from the ticks on screen."""
        rec = recommend(ticked_reasons(self._wizard.values()))
        self.recommendation = rec
        self.headline.setText(f"<b>{recommendation_text(rec)}</b>")
        lines: list[str] = []
        if rec.non_confrontational_reasons:
            lines.append(
                self.tr("For a non-confrontational approach (weight %1):").replace(
                    "%1", str(rec.non_confrontational_score)
                )
            )
            lines.extend(f"  • {reason_label(r)}" for r in rec.non_confrontational_reasons)
        if rec.confrontational_reasons:
            lines.append(
                self.tr("For a confrontational approach (weight %1):").replace(
                    "%1", str(rec.confrontational_score)
                )
            )
            lines.extend(f"  • {reason_label(r)}" for r in rec.confrontational_reasons)
        if rec.group:
            lines.append(self.tr("Belief in the group points to a group approach."))
        self.reasons_label.setText("\n".join(lines))
