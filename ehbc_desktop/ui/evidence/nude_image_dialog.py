"""Nude images of a minor: recorded without any file (who holds them, the police report)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.services.evidence.evidence import NotImportedInput

_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


class _OptionalDate(QWidget):
    """A date with a tick box "known": unticked means no date."""

    def __init__(self, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known = QCheckBox(label, self)
        self.known.setObjectName(f"{name}Known")
        self.edit = QDateEdit(QDate.currentDate(), self)
        self.edit.setObjectName(f"{name}Date")
        self.edit.setCalendarPopup(True)
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(label)
        self.known.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit)
        row.addStretch()

    def value(self) -> date | None:
        """The date, or None when it is not ticked."""
        if not self.known.isChecked():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())


class NudeImageDialog(QDialog):
    """Records nude images of a minor without ever asking for, reading or keeping a file.

    Args:
        chosen_file: The name of a file the teacher picked and marked as such images; the
            dialog says that it was not imported and not opened.
    """

    def __init__(self, chosen_file: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nudeImageDialog")
        self.setWindowTitle(self.tr("Nude images of a minor"))
        self.setMinimumWidth(560)
        self.why = QLabel(self.tr(
            "Nude images of a minor are never stored in this program, not even encrypted: "
            "keeping or passing them on is a criminal offence, also for a school. Do not open, "
            "copy or forward them; report them to the police. Here you only record who holds "
            "the images and how they were reported."), self)  # fmt: skip
        self.why.setWordWrap(True)
        self.file_note = QLabel(self)
        self.file_note.setObjectName("nudeImageFileNote")
        self.file_note.setWordWrap(True)
        self.file_note.setStyleSheet("background: #fff4d6; padding: 6px; border-radius: 4px;")
        if chosen_file:
            self.file_note.setText(self.tr(
                "The file \u201c%1\u201d was not imported and not opened. Delete it from this "
                "computer once the police have what they need.").replace("%1", chosen_file))
        else:
            self.file_note.hide()
        self.description = self._line(
            "nudeDescription", self.tr("What the images show, in general terms (no details)")
        )
        self.holder = self._line(
            "nudeHolder", self.tr("For example: the police, the pupil's phone")
        )
        self.police_reference = self._line("nudePoliceReference", self.tr("Required"))
        self.provided_by = self._line("nudeProvidedBy", "")
        self.platform = self._line("nudePlatform", "")
        self.police_date = _OptionalDate(self.tr("Reported on"), "nudePolice", self)
        self.child_focus_date = _OptionalDate(self.tr("Reported on"), "nudeChildFocus", self)
        self.sha256 = self._line(
            "nudeFingerprint", self.tr("Only when the police or the holder gives it to you")
        )
        self.problem = QLabel(self)
        self.problem.setObjectName("nudeImageProblem")
        self.problem.setStyleSheet("color: #9b1c1c;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._build()
        for edit in (self.description, self.holder, self.police_reference, self.sha256):
            edit.textChanged.connect(self._check)
        self._check()

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _build(self) -> None:
        form = QFormLayout()
        rows = (
            (self.tr("&Description"), self.description),
            (self.tr("&Who holds the images"), self.holder),
            (self.tr("Police &reference"), self.police_reference),
            (self.tr("Reported to the police"), self.police_date),
            (self.tr("Reported to Child Focus"), self.child_focus_date),
            (self.tr("Reported to the school by"), self.provided_by),
            (self.tr("Platform or app"), self.platform),
            (self.tr("&Fingerprint (SHA-256)"), self.sha256),
        )
        for label, widget in rows:
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addWidget(self.file_note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def missing(self) -> list[str]:
        """What still stops OK, in words (empty when the record can be stored)."""
        problems = []
        if not self.description.text().strip():
            problems.append(self.tr("Describe the images in general terms."))
        if not self.holder.text().strip():
            problems.append(self.tr("Say who holds the images."))
        if not self.police_reference.text().strip():
            problems.append(self.tr("The police reference is required: report the images first."))
        typed = self.sha256.text().strip()
        if typed and _SHA256.fullmatch(typed) is None:
            problems.append(self.tr("A fingerprint has 64 characters (0-9 and a-f)."))
        return problems

    def _check(self) -> None:
        problems = self.missing()
        self.problem.setText("\n".join(problems))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)

    def _on_buttons_accepted(self) -> None:
        if not self.missing():
            self.accept()

    def not_imported_input(self) -> NotImportedInput:
        """What was entered (no file, no bytes)."""
        return NotImportedInput(
            description=self.description.text().strip(),
            sha256=self.sha256.text().strip(),
            holder=self.holder.text().strip(),
            police_reference=self.police_reference.text().strip(),
            provided_by=self.provided_by.text().strip(),
            platform=self.platform.text().strip(),
            reported_to_police_on=self.police_date.value(),
            reported_to_child_focus_on=self.child_focus_date.value(),
        )
