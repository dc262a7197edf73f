"""What a colleague without access sees of a confidential case: one read-only screen.

Its reference, status and dates, that it is confidential, whom to ask for access and why it is
closed to them. No tabs, no note field, nothing that writes: its content is ciphertext to them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ehbc_desktop.domain.enums import CaseStatus
from ehbc_desktop.ui.labels import format_date, status_label


class SealedCaseScreen(QWidget):
    """The closed door of a confidential case, for a colleague who may not open it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealed_case_screen")
        self.back_button = QPushButton(self.tr("< &Back to the list"))
        self.back_button.setObjectName("linkButton")
        self.back_button.setFlat(True)
        self.reference_label = QLabel()
        self.reference_label.setObjectName("caseReference")
        self.title_label = QLabel(self.tr("Confidential case"))
        self.title_label.setObjectName("screenTitle")
        self.facts_label = QLabel()
        self.facts_label.setObjectName("sealed_case_facts")
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ask_label = QLabel()
        self.ask_label.setObjectName("sealed_case_ask")
        self.ask_label.setWordWrap(True)
        self.ask_label.setStyleSheet("color: #6a1b9a; font-weight: bold;")
        self.why_label = QLabel(self.tr(
            "Its content (names, notes, conversations, evidence, plans) is encrypted for these "
            "colleagues only, to protect the pupils in it. You see only its reference, status "
            "and dates, and you can not change or plan anything in it. Opening it is recorded in "
            "its access log as a refused attempt."))  # fmt: skip
        self.why_label.setObjectName("hintLabel")
        self.why_label.setWordWrap(True)
        card = QFrame()
        card.setObjectName("caseHeader")
        card.setMaximumWidth(760)
        card_layout = QVBoxLayout(card)
        for widget in (self.reference_label, self.title_label, self.facts_label,
                       self.ask_label, self.why_label):
            card_layout.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(card)  # no alignment: the wrapped lines then get their full height
        layout.addStretch(1)

    def show_case(self, reference: str, status: CaseStatus, opened_on: date | None,
                  closed_on: date | None, allowed: tuple[str, ...]) -> None:
        """Fill in the case's public facts and the colleagues who may open it."""
        self.reference_label.setText(reference)
        facts = [self.tr("Status: %1").replace("%1", status_label(status))]
        if opened_on is not None:
            facts.append(self.tr("Opened on %1").replace("%1", format_date(opened_on)))
        if closed_on is not None:
            facts.append(self.tr("Closed on %1").replace("%1", format_date(closed_on)))
        self.facts_label.setText("   ·   ".join(facts))
        names = ", ".join(allowed) or self.tr("an administrator")
        self.ask_label.setText(self.tr("Confidential case — ask %1 for access.")
                               .replace("%1", names))
