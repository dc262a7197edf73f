"""The widgets of the "Agreements & follow-up" case tab; no behaviour."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.ui.agenda.agenda_view import make_table

TABLE_HEIGHT = 120


def _section(title: str, *buttons: QPushButton) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    top = QHBoxLayout()
    label = QLabel(title)
    label.setObjectName("sectionTitle")
    top.addWidget(label)
    top.addStretch(1)
    for button in buttons:
        top.addWidget(button)
    layout.addLayout(top)
    return card, layout


def _text() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class FollowUpTabView(QWidget):
    """Closing the case (and the repair agreement's buttons) on top; follow-ups, agreements and
    the repair agreement's text scroll below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.closed_banner = QLabel()
        self.closed_banner.setObjectName("errorLabel")
        self.closed_banner.setWordWrap(True)
        self.closed_banner.hide()
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.plan_button = QPushButton(self.tr("Plan a follow-up..."))
        self.plan_button.setObjectName("primaryButton")
        self.outcome_button = QPushButton(self.tr("Record outcome..."))
        self.outcome_button.setToolTip(
            self.tr("Record what the selected planned follow-up found.")
        )
        self.follow_ups_table = make_table(self.tr("Follow-ups"))
        self.follow_ups_table.setMinimumHeight(TABLE_HEIGHT)
        self.follow_ups_empty = QLabel(self.tr("No follow-up planned yet. Every conversation "
                                               "should end with a next date."))  # fmt: skip
        self.follow_ups_empty.setObjectName("hintLabel")
        self.follow_ups_empty.setWordWrap(True)
        self.status_button = QPushButton(self.tr("Change status..."))
        self.agreements_table = make_table(self.tr("Agreements"))
        self.agreements_table.setMinimumHeight(TABLE_HEIGHT)
        self.agreements_empty = QLabel(self.tr("No agreements recorded. Agreements are made in "
                                               "the conversations."))  # fmt: skip
        self.agreements_empty.setObjectName("hintLabel")
        self.agreements_empty.setWordWrap(True)
        self.draft_button = QPushButton(self.tr("Draft a repair agreement..."))
        self.draft_button.setObjectName("draftRepairButton")
        self.sign_button = QPushButton(self.tr("Mark as signed..."))
        self.sign_button.setObjectName("signRepairButton")
        self.repair_text = _text()
        self.repair_text.setObjectName("repairText")
        self.close_button = QPushButton(self.tr("Close case..."))
        self.close_button.setObjectName("closeCaseButton")
        self.closing_text = _text()

        self._arrange()

    def _arrange(self) -> None:
        follow_card, follow = _section(self.tr("Follow-ups"), self.outcome_button,
                                       self.plan_button)  # fmt: skip
        follow.addWidget(self.follow_ups_table)
        follow.addWidget(self.follow_ups_empty)
        agree_card, agree = _section(self.tr("Agreements (who does what, by when)"),
                                     self.status_button)  # fmt: skip
        agree.addWidget(self.agreements_table)
        agree.addWidget(self.agreements_empty)
        repair_card, repair = _section(self.tr("Repair agreement"))
        repair.addWidget(self.repair_text)
        # The steps that finish a case stay in view on top: no scrolling to find them.
        close_card, close = _section(self.tr("Closing the case"))
        close.addWidget(self.closing_text)
        close_buttons = QHBoxLayout()
        close_buttons.addStretch(1)
        for button in (self.sign_button, self.draft_button, self.close_button):
            close_buttons.addWidget(button)
        close.addLayout(close_buttons)
        inner = QWidget()
        content = QVBoxLayout(inner)
        content.addWidget(self.closed_banner)
        content.addWidget(self.message_label)
        content.addWidget(follow_card)
        content.addWidget(agree_card)
        content.addWidget(repair_card)
        content.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(close_card)  # on top, outside the scrolling: always in view
        layout.addWidget(scroll, 1)
