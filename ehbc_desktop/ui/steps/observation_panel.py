"""The observation log of a case in discreet observation: dated entries, signs and notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.entities import Observation
from ehbc_desktop.formspec import FormSet
from ehbc_desktop.ui.labels import format_date


class ObservationPanel(QWidget):
    """The log (newest first) with "add observation" and "the pupil now reports personally"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("observationPanel")
        title = QLabel(self.tr("Observation log"))
        title.setObjectName("sectionTitle")
        self.hint = QLabel(
            self.tr(
                "The bullied pupil does not report personally (yet). Watch discreetly, note "
                "what you see, and ask again when the moment is right. A reminder is planned "
                "after every entry."
            )
        )
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        self.log = QListWidget()
        self.log.setObjectName("observationLog")
        self.log.setAccessibleName(self.tr("Observation log"))
        self.log.setWordWrap(True)
        self.log.setMinimumHeight(120)
        self.log.setSpacing(4)
        self.log.setAlternatingRowColors(True)
        self.add_button = QPushButton(self.tr("&Add observation..."))
        self.add_button.setObjectName("addObservationButton")
        self.reports_button = QPushButton(self.tr("The pupil now reports &personally"))
        self.reports_button.setObjectName("victimReportsButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reports_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)  # above the log: the actions stay in sight as the log grows
        layout.addWidget(self.log, 1)

    def show_log(
        self, observations: tuple[Observation, ...], forms: FormSet, lang: str, active: bool
    ) -> None:
        """List the entries; the buttons only while the case is in observation."""
        self.log.clear()
        signs_field = forms.get("observation").field("signs") if "observation" in forms else None
        for entry in sorted(observations, key=lambda o: o.observed_on, reverse=True):
            names = []
            for sign in entry.signs:
                option = signs_field.option(sign.value) if signs_field else None
                names.append(option.label.get(lang) if option else sign.value)
            text = format_date(entry.observed_on)
            if names:
                text += " — " + "; ".join(names)
            if entry.note:
                text += "\n" + entry.note
            self.log.addItem(text)
        if not observations:
            self.log.addItem(self.tr("(no observations yet)"))
        self.hint.setVisible(active)
        self.add_button.setVisible(active)
        self.reports_button.setVisible(active)
