"""Asks what a piece of evidence is, who gave it and when; or records, without the file, images
that must never be stored (nude or sexual images of minors)."""

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
from ehbc_desktop.services.evidence.evidence import EvidenceInput, NotImportedInput


class EvidenceMetadataDialog(QDialog):
    """The metadata of the file(s) being added; `sexual_minor` switches to the no-bytes path."""

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
        for value, label in (
            (Confidentiality.IN_CONFIDENCE, self.tr("In confidence: never shown to others")),
            (Confidentiality.CARE_TEAM, self.tr("May be shown within the care team")),
            (Confidentiality.SHAREABLE, self.tr("May be passed on (for example to the police)")),
        ):
            self.confidentiality.addItem(label, value)
        self.sexual_minor = QCheckBox(self.tr("These are nude or sexual images of a minor"))
        self.explanation = QLabel(
            self.tr(
                "Such images are never stored, not even encrypted: keeping or passing them on "
                "is a criminal offence, also for a school. Do not open, copy or forward them. "
                "Only a description and a fingerprint (SHA-256) are recorded, computed without "
                "keeping the file. Contact the police and note who holds the material."
            )
        )
        self.explanation.setWordWrap(True)
        self.holder = QLineEdit()
        self.police_reference = QLineEdit()
        self.sha256 = QLineEdit()
        self.sha256.setPlaceholderText(self.tr("Computed from the file, or type it in"))
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
        form.addRow(self.tr("Held by"), self.holder)
        form.addRow(self.tr("Police reference"), self.police_reference)
        form.addRow(self.tr("Fingerprint (SHA-256)"), self.sha256)
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
        for widget in (self.explanation, self.holder, self.police_reference, self.sha256):
            self._form.setRowVisible(widget, on)
        self.confidentiality.setEnabled(not on)

    def _accept_if_valid(self) -> None:
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

    def not_imported_input(self, sha256: str) -> NotImportedInput:
        """What was entered for images that are not imported, with the fingerprint."""
        return NotImportedInput(
            description=self.description.text().strip(),
            sha256=self.sha256.text().strip() or sha256,
            holder=self.holder.text().strip(),
            police_reference=self.police_reference.text().strip(),
            provided_by=self.provided_by.text().strip(),
            captured_on=self._captured(),
            platform=self.platform.text().strip(),
        )
