"""Dialog to add or edit one person involved in a case, or to pick a known pupil."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.entities import Person
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.case.people_table_model import PeopleTableModel
from ehbc_desktop.ui.labels import role_label
from ehbc_desktop.ui.settings import AppSettings

if TYPE_CHECKING:
    from ehbc_desktop.services.case.cases import ParticipantInput, PeopleService

PEOPLE_SEARCH_DEBOUNCE_MS = 200
#: Wide enough for the group title, the four column headers and the hints in Dutch.
MIN_WIDTH = 580


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ParticipantDialog(GeometryDialog):
    """Name, class, role and (optional) birth date; or reuse a person from earlier cases."""

    def __init__(
        self,
        settings: AppSettings,
        people: PeopleService,
        runner: BackgroundRunner,
        initial: ParticipantInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, "participantDialog", parent)
        self._people = people
        self._runner = runner
        self._person_id: str | None = initial.person_id if initial else None
        self._initial = initial
        self.setWindowTitle(self.tr("Person involved") if initial else self.tr("Add a person"))
        self._build()
        self.setMinimumWidth(MIN_WIDTH)
        if initial:
            self._fill(initial)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PEOPLE_SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_people)
        self.search_edit.textChanged.connect(self._debounce.start)
        self.people_table.doubleClicked.connect(self._on_people_table_activated)
        self.people_table.installEventFilter(self)
        self.search_edit.installEventFilter(self)
        self.birth_check.toggled.connect(self.birth_edit.setEnabled)
        self.first_edit.textChanged.connect(self._on_name_edited)
        self.last_edit.textChanged.connect(self._on_name_edited)
        self._on_name_edited()

    def _build(self) -> None:
        pick_box = QGroupBox(self.tr("Someone from an earlier case?"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Type a name to look up known pupils"))
        self.search_edit.setAccessibleName(self.tr("Look up a known person"))
        self.people_model = PeopleTableModel(self)
        self.people_table = QTableView()
        self.people_table.setModel(self.people_model)
        self.people_table.setAccessibleName(self.tr("Known people"))
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.verticalHeader().hide()
        self.people_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people_table.setMaximumHeight(130)
        pick_layout = QVBoxLayout(pick_box)
        pick_layout.addWidget(self.search_edit)
        pick_layout.addWidget(self.people_table)
        self.picked_label = QLabel()
        self.picked_label.setObjectName("hintLabel")
        form = self._build_form()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self._initial is None:
            layout.addWidget(pick_box)
        else:
            pick_box.hide()
        layout.addWidget(self.picked_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _build_form(self) -> QFormLayout:
        self.first_edit = QLineEdit()
        self.first_edit.setAccessibleName(self.tr("First name"))
        self.last_edit = QLineEdit()
        self.last_edit.setAccessibleName(self.tr("Last name"))
        self.class_edit = QLineEdit()
        self.class_edit.setPlaceholderText(self.tr("for example: 2B (empty for adults)"))
        self.class_edit.setAccessibleName(self.tr("Class"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Role in this case"))
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.birth_check = QCheckBox(self.tr("known:"))
        self.birth_edit = QDateEdit()
        self.birth_edit.setDisplayFormat("dd-MM-yyyy")
        self.birth_edit.setCalendarPopup(True)
        self.birth_edit.setDate(QDate(date.today().year - 12, 1, 1))
        self.birth_edit.setEnabled(False)
        self.birth_edit.setAccessibleName(self.tr("Birth date"))
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_check)
        birth_row.addWidget(self.birth_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("&First name:"), self.first_edit)
        form.addRow(self.tr("&Last name:"), self.last_edit)
        form.addRow(self.tr("&Class:"), self.class_edit)
        form.addRow(self.tr("&Role:"), self.role_combo)
        birth_label = QLabel(self.tr("&Birth date:"))
        birth_label.setBuddy(self.birth_check)  # the row is a layout: no buddy of its own
        form.addRow(birth_label, birth_row)
        return form

    def _fill(self, initial: ParticipantInput) -> None:
        self.first_edit.setText(initial.first_name)
        self.last_edit.setText(initial.last_name)
        self.class_edit.setText(initial.class_name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(initial.role.value))
        if initial.birth_date:
            self.birth_check.setChecked(True)
            self.birth_edit.setDate(_qdate(initial.birth_date))
        self._person_id = initial.person_id

    def set_role(self, role: Role) -> None:
        """Preselect a role (the "add victim" and "add bully" shortcuts)."""
        self.role_combo.setCurrentIndex(self.role_combo.findData(role.value))

    def participant(self, base: ParticipantInput | None = None) -> ParticipantInput:
        """What the dialog holds, as the service's input record."""
        from ehbc_desktop.services.case.cases import ParticipantInput

        birth = self.birth_edit.date().toPython() if self.birth_check.isChecked() else None
        return ParticipantInput(
            first_name=self.first_edit.text().strip(),
            last_name=self.last_edit.text().strip(),
            class_name=self.class_edit.text().strip(),
            role=Role(self.role_combo.currentData()),
            birth_date=birth if isinstance(birth, date) else None,
            person_id=self._person_id,
            related_to=base.related_to if base else None,
            note=base.note if base else "",
        )

    def _search_people(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self.people_model.set_rows([])
            return
        self._runner.run_in_background(
            lambda: self._people.find_people(text),
            self._on_people_found,
            lambda _exc: None,
            owner=self,
        )

    def _on_people_found(self, people: Any) -> None:
        self.people_model.set_rows(people)

    def _on_people_table_activated(self, index: QModelIndex) -> None:
        person = self.people_model.row_at(index.row())
        self._apply_person(person)

    def _apply_person(self, person: Person) -> None:
        self.first_edit.setText(person.first_name)
        self.last_edit.setText(person.last_name)
        self.class_edit.setText(person.class_name)
        if person.birth_date:
            self.birth_check.setChecked(True)
            self.birth_edit.setDate(_qdate(person.birth_date))
        self._person_id = person.id
        self._on_name_edited()
        self.role_combo.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the look-up picks a person; it must not close the dialog half-filled."""
        if not (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return super().eventFilter(watched, event)
        if watched is self.people_table:
            index = self.people_table.currentIndex()
            if index.isValid():
                self._on_people_table_activated(index)
            return True
        if watched is self.search_edit:
            if self.people_model.rowCount():
                self.people_table.setFocus()
                self.people_table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _on_name_edited(self) -> None:
        ok = bool(self.first_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if self._person_id and self._initial is None:
            self.picked_label.setText(self.tr("Known person from an earlier case."))
        else:
            self.picked_label.setText("")
