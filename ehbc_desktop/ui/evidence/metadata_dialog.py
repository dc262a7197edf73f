"""Asks what a piece of evidence is, who gave it and when; a file marked as nude images of a
minor goes to the no-file path instead (`NudeImageDialog`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import Confidentiality
from ehbc_desktop.services.evidence.evidence import EvidenceInput
from ehbc_desktop.vocabulary import capitalised


class EvidenceMetadataDialog(QDialog):
    """The metadata of the file(s) being added; `sexual_minor` sends them to the no-file path."""

    def __init__(self, file_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add evidence"))
        self._files = file_names
        self.description = QLineEdit(file_names[0] if len(file_names) == 1 else "")
        self.provided_by = QLineEdit()
        self.platform = QLineEdit()
        self.known_date = QCheckBox(self.tr("Date known"))
        self.captured_on = QDateEdit(QDate.currentDate())
        self.captured_on.setCalendarPopup(True)
        self.captured_on.setEnabled(False)
        self.known_date.toggled.connect(self.captured_on.setEnabled)
        self.confidentiality = QComboBox()
        for value in Confidentiality:
            self.confidentiality.addItem(capitalised(value), value)
        self.sexual_minor = QCheckBox(self.tr("These are nude or sexual images of a minor"))
        self.sexual_minor.setObjectName("sexualMinorBox")
        self.explanation = QLabel(
            self.tr(
                "Such images are never stored, not even encrypted: keeping or passing them on "
                "is a criminal offence, also for a school. The file is not imported and not "
                "opened; next you record who holds the images and the police reference."
            )
        )
        self.explanation.setWordWrap(True)
        self._build()
        self.sexual_minor.toggled.connect(self._on_sexual_toggled)
        self._on_sexual_toggled(False)

    def _build(self) -> None:
        form = QFormLayout()
        if len(self._files) > 1:
            form.addRow(QLabel(self.tr("%n file(s) will be added.", "", len(self._files))))
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Provided by"), self.provided_by)
        form.addRow(self.tr("Platform or app"), self.platform)
        form.addRow(self.known_date, self.captured_on)
        form.addRow(self.tr("Who may see it"), self.confidentiality)
        form.addRow(self.sexual_minor)
        form.addRow(self.explanation)
        self._form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_sexual_toggled(self, on: bool) -> None:
        self._form.setRowVisible(self.explanation, on)
        for widget in (self.description, self.provided_by, self.platform, self.confidentiality):
            widget.setEnabled(not on)

    def _accept_if_valid(self) -> None:
        if self.sexual_minor.isChecked():
            self.accept()
            return
        if not self.description.text().strip() and len(self._files) <= 1:
            self.description.setFocus()
            return
        self.accept()

    def _captured(self) -> date | None:
        if not self.known_date.isChecked():
            return None
        value = self.captured_on.date()
        return date(value.year(), value.month(), value.day())

    def evidence_input(self, file_name: str = "") -> EvidenceInput:
        """What was entered, for one file (the description defaults to the file's name)."""
        return EvidenceInput(
            description=self.description.text().strip() or file_name,
            provided_by=self.provided_by.text().strip(),
            captured_on=self._captured(),
            platform=self.platform.text().strip(),
            confidentiality=Confidentiality(self.confidentiality.currentData()),
        )
