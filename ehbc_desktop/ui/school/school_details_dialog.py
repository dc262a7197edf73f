"""The school's details on its documents: logo, place, address, contact people, helplines."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.reports.follow_up_plan import Contact
from ehbc_desktop.reports.helplines import Helpline
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.file_dialogs import open_file_name
from ehbc_desktop.ui.followup.date_fields import field_error
from ehbc_desktop.ui.school.read_only import make_read_only, read_only_line
from ehbc_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ehbc_desktop.services.documents.school_details import SchoolDetailsService, SchoolProfile


class EditableRows(QWidget):
    """A small table the user fills row by row, with Add and Remove."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("Add a row"), self)
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(self.tr("Remove selected row"), self)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_rows(self, rows: list[list[str]]) -> None:
        """Replace every row."""
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)

    def add_row(self, values: list[str] | None = None) -> None:
        """Append a row (empty, or with `values`)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = values[column] if values and column < len(values) else ""
            self.table.setItem(row, column, QTableWidgetItem(text))

    def rows(self) -> list[list[str]]:
        """The rows with a first cell, as text."""
        found = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(self.table.columnCount())]
            values = [(c.text().strip() if c is not None else "") for c in cells]
            if values[0]:
                found.append(values)
        return found

    def _on_add_button_clicked(self) -> None:
        self.add_row()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)


class SchoolDetailsDialog(QDialog):
    """Edits what documents and handouts print about the school; stored in the vault."""

    sig_saved = Signal()
    """The details were stored in the vault."""

    def __init__(
        self, service: SchoolDetailsService, runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("schoolDetailsDialog")
        self.setWindowTitle(self.tr("School details on documents"))
        self._service = service
        self._runner = runner
        self.logo: bytes | None = None
        self.name_edit = QLineEdit(self)
        self.logo_preview = QLabel(self.tr("(no logo)"), self)
        self.logo_preview.setObjectName("schoolLogoPreview")
        self.logo_preview.setFixedSize(180, 90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #c8ced6; background: white;")
        self.logo_button = QPushButton(self.tr("Choose &image…"), self)
        self.logo_clear = QPushButton(self.tr("No logo"), self)
        self.place_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.pupil_contact = QLineEdit(self)
        self.pupil_contact.setObjectName("pupilContactEdit")
        self.pupil_contact.setPlaceholderText(
            self.tr("For example: Ms Claes, trust teacher, room B12")
        )
        self.parent_contact = QLineEdit(self)
        self.parent_contact.setObjectName("parentContactEdit")
        self.contacts = EditableRows(
            [self.tr("Name"), self.tr("Role"), self.tr("Reachable through")],
            "schoolContactsTable", self,
        )  # fmt: skip
        self.helplines = EditableRows(
            [self.tr("Name"), self.tr("Phone or website"), self.tr("What it offers (Dutch)"),
             self.tr("What it offers (English)")], "helplinesTable", self,
        )  # fmt: skip
        self.defaults_button = QPushButton(self.tr("Back to the built-in Flemish list"), self)
        self.defaults_button.setObjectName("helplinesDefaultsButton")
        self.helplines.buttons.addWidget(self.defaults_button)
        self.message_label = field_error()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._school_page(), self.tr("School"))
        self.tabs.addTab(self.contacts, self.tr("The school's contacts"))
        self.tabs.addTab(self.helplines, self.tr("Helplines"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every printed document shows the logo; the handouts show the "
                               "contact people and the helplines."), self)  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 560)
        self.logo_button.clicked.connect(self._on_logo_button_clicked)
        self.logo_clear.clicked.connect(lambda: self.set_logo(None))
        self.defaults_button.clicked.connect(self._on_defaults_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.read_only = not service.may_change
        if self.read_only:
            self._limit_to_reading(layout, service.administrators())
        runner.run_in_background(service.get, self._on_loaded, self._show_error, owner=self)

    def _limit_to_reading(self, layout: QVBoxLayout, admins: tuple[str, ...]) -> None:
        """Not an administrator: every detail shown, none changeable, and who can change them."""
        layout.insertWidget(1, read_only_line(admins, self))
        make_read_only([
            self.name_edit, self.place_edit, self.address_edit, self.pupil_contact,
            self.parent_contact, self.logo_button, self.logo_clear, self.defaults_button,
            self.contacts.table, self.contacts.add_button, self.contacts.remove_button,
            self.helplines.table, self.helplines.add_button, self.helplines.remove_button,
        ], self.buttons)  # fmt: skip

    def _school_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        logo = QHBoxLayout()
        logo.addWidget(self.logo_preview)
        side = QVBoxLayout()
        side.addWidget(self.logo_button)
        side.addWidget(self.logo_clear)
        side.addStretch(1)
        logo.addLayout(side)
        logo.addStretch(1)
        form.addRow(self.tr("School name"), self.name_edit)
        form.addRow(self.tr("Logo"), logo)
        form.addRow(self.tr("Place (above signatures)"), self.place_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Contact person for pupils"), self.pupil_contact)
        form.addRow(self.tr("Contact person for parents"), self.parent_contact)
        return page

    def set_logo(self, data: bytes | None) -> None:
        """Show (and keep) the logo to store; None removes it."""
        self.logo = data
        picture = QPixmap()
        if data and picture.loadFromData(data):
            self.logo_preview.setPixmap(picture.scaled(
                self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(no logo)"))

    def load_logo_file(self, path: Path) -> bool:
        """Take the logo from a PNG or JPEG file; False (with a message) when it is not one."""
        from ehbc_desktop.services.documents.school_details import check_logo

        try:
            data = path.read_bytes()
            check_logo(data)
        except Exception:  # a wrong file: say so and keep the current logo
            self.message_label.setText(self.tr("Choose a PNG or JPEG image of at most 2 MB."))
            self.message_label.show()
            return False
        self.message_label.hide()
        self.set_logo(data)
        return True

    def _on_logo_button_clicked(self) -> None:
        chosen = open_file_name(
            self, self.tr("The school's logo"), self.tr("Images (*.png *.jpg *.jpeg)"),
            object_name="schoolLogoFileDialog",
        )  # fmt: skip
        if chosen is not None:
            self.load_logo_file(chosen)

    def _on_defaults_button_clicked(self) -> None:
        from ehbc_desktop.services.documents.school_details import default_helplines

        self.helplines.set_rows(_helpline_rows(default_helplines()))

    def _on_loaded(self, profile: SchoolProfile) -> None:
        from ehbc_desktop.services.documents.school_details import default_helplines

        self.name_edit.setText(profile.name)
        self.set_logo(profile.logo)
        self.place_edit.setText(profile.place)
        self.address_edit.setText(profile.address)
        self.pupil_contact.setText(profile.contact_pupils)
        self.parent_contact.setText(profile.contact_parents)
        self.contacts.set_rows([[c.name, c.role, c.reach] for c in profile.contacts])
        helplines = profile.helplines if profile.helplines is not None else default_helplines()
        self.helplines.set_rows(_helpline_rows(helplines))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(True)

    def profile(self) -> SchoolProfile:
        """The details as shown in the dialog."""
        from ehbc_desktop.services.documents.school_details import SchoolProfile

        return SchoolProfile(
            name=self.name_edit.text().strip(), logo=self.logo,
            place=self.place_edit.text().strip(), address=self.address_edit.text().strip(),
            contact_pupils=self.pupil_contact.text().strip(),
            contact_parents=self.parent_contact.text().strip(),
            contacts=tuple(Contact(*row) for row in self.contacts.rows()),
            helplines=tuple(Helpline(r[0], r[1], r[2], r[3]) for r in self.helplines.rows()),
        )  # fmt: skip

    def _on_buttons_accepted(self) -> None:
        service, profile = self._service, self.profile()
        self.buttons.setEnabled(False)
        self._runner.run_in_background(
            lambda: service.update(profile), self._on_saved, self._show_error, owner=self
        )

    def _on_saved(self, _result: Any) -> None:
        self.sig_saved.emit()
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message_label.setText(message_for(exc))
        self.message_label.show()


def _helpline_rows(helplines: tuple[Helpline, ...]) -> list[list[str]]:
    return [[h.name, h.contact, h.description_nl, h.description_en] for h in helplines]
