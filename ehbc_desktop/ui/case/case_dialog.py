"""Dialog to open a new case (title, date, the people involved) or to rename one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import Role
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.case.participant_dialog import ParticipantDialog
from ehbc_desktop.ui.labels import role_label
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.ui.table_model import Column, RowTableModel

if TYPE_CHECKING:
    from ehbc_desktop.services.case.cases import ParticipantInput, PeopleService
    from ehbc_desktop.ui.confidential.sealing_choice import SealingChoice

AnyIndex = QModelIndex | QPersistentModelIndex
MAX_TITLE_LENGTH = 200
#: The header and three rows of people stay in view whatever else the dialog shows.
PEOPLE_MIN_HEIGHT = 130


def _input_title(text: str) -> Callable[[], str]:
    # The context is the class's own name, the one its former self.tr() calls used.
    return lambda: QCoreApplication.translate("ParticipantInputTableModel", text)


_INPUT_COLUMNS: tuple[Column[ParticipantInput], ...] = (
    Column(
        _input_title(QT_TRANSLATE_NOOP("ParticipantInputTableModel", "Name")),
        lambda p: f"{p.first_name} {p.last_name}".strip(),
    ),
    Column(
        _input_title(QT_TRANSLATE_NOOP("ParticipantInputTableModel", "Role")),
        lambda p: role_label(p.role),
    ),
    Column(
        _input_title(QT_TRANSLATE_NOOP("ParticipantInputTableModel", "Class")),
        lambda p: p.class_name,
    ),
)


class ParticipantInputTableModel(RowTableModel["ParticipantInput"]):
    """The people entered for a new case (not saved yet): name, role, class."""

    TEXT_ROLES = (Qt.ItemDataRole.DisplayRole,)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_INPUT_COLUMNS, parent)

    @property
    def rows(self) -> list[ParticipantInput]:
        """The people entered, in order (the model's own list)."""
        return self._rows


class CaseDialog(GeometryDialog):
    """New case: title, opening date and people; editing: the title only."""

    def __init__(
        self,
        settings: AppSettings,
        people: PeopleService,
        runner: BackgroundRunner,
        *,
        title: str = "",
        editing: bool = False,
        sealing: SealingChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, "caseDialog", parent)
        self._settings = settings
        self._people = people
        self._runner = runner
        self.setWindowTitle(self.tr("Edit case") if editing else self.tr("New case"))
        intro = QLabel(
            self.tr(
                "Give the case a short title that says what it is about, without names: "
                "the title appears in lists. Names go in the list of people involved."
            )
        )
        intro.setWordWrap(True)
        self.title_edit = QLineEdit(title)
        self.title_edit.setMaxLength(MAX_TITLE_LENGTH)
        self.title_edit.setPlaceholderText(self.tr("for example: Mocking posts in a class group"))
        self.title_edit.setAccessibleName(self.tr("Title of the case"))
        self.opened_edit = QDateEdit(QDate.currentDate())
        self.opened_edit.setDisplayFormat("dd-MM-yyyy")
        self.opened_edit.setCalendarPopup(True)
        self.opened_edit.setAccessibleName(self.tr("Date the case was reported"))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.model = ParticipantInputTableModel(self)
        if not editing:
            form.addRow(self.tr("&Reported on:"), self.opened_edit)
            layout.addWidget(self._people_box(), 1)
        self.sealing = None if editing else sealing
        if sealing is not None and not editing:
            layout.addWidget(sealing)
            sealing.sig_changed.connect(lambda: self._on_title_edit_text_changed(self.title()))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Save") if editing else self.tr("&Open the case")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._on_title_edit_text_changed)
        self._on_title_edit_text_changed(title)

    def _people_box(self) -> QWidget:
        box = QWidget()
        label = QLabel(self.tr("People involved"))
        label.setObjectName("sectionTitle")
        self.people_table = QTableView()
        self.people_table.setModel(self.model)
        self.people_table.setAccessibleName(self.tr("People involved"))
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.verticalHeader().hide()
        self.people_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people_table.setMinimumHeight(PEOPLE_MIN_HEIGHT)  # not squeezed by the sealing
        self.add_victim_button = QPushButton(self.tr("Add &victim..."))
        self.add_bully_button = QPushButton(self.tr("Add &bully..."))
        self.add_other_button = QPushButton(self.tr("Add &other..."))
        self.remove_button = QPushButton(self.tr("Re&move"))
        buttons = QHBoxLayout()
        for button in (self.add_victim_button, self.add_bully_button, self.add_other_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.people_table)
        layout.addLayout(buttons)
        self.add_victim_button.clicked.connect(lambda: self._add_person(Role.VICTIM))
        self.add_bully_button.clicked.connect(lambda: self._add_person(Role.BULLY))
        self.add_other_button.clicked.connect(lambda: self._add_person(Role.BYSTANDER))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        """Never shorter than the wrapped texts need, so the people table is not squeezed."""
        super().showEvent(event)
        frame = self.frameGeometry().height() - self.height()
        room = self.screen().availableGeometry().height() - frame
        layout = self.layout()
        assert layout is not None
        need = min(layout.totalMinimumHeightForWidth(self.width()), room)
        if need > self.minimumHeight():
            self.setMinimumHeight(need)

    def title(self) -> str:
        """The title as typed, trimmed."""
        return self.title_edit.text().strip()

    def opened_on(self) -> date:
        """The day the case reached the school."""
        value = self.opened_edit.date().toPython()
        return value if isinstance(value, date) else date.today()

    def participants(self) -> list[ParticipantInput]:
        """The people entered, in the order entered."""
        return list(self.model.rows)

    def _add_person(self, role: Role) -> None:
        dialog = ParticipantDialog(self._settings, self._people, self._runner, parent=self)
        dialog.setObjectName("participantDialog")
        dialog.set_role(role)
        dialog.accepted.connect(
            lambda: self.model.set_rows([*self.model.rows, dialog.participant()])
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_remove_button_clicked(self) -> None:
        index = self.people_table.currentIndex()
        if index.isValid():
            rows = list(self.model.rows)
            del rows[index.row()]
            self.model.set_rows(rows)

    def _on_title_edit_text_changed(self, text: str) -> None:
        complete = self.sealing is None or self.sealing.is_complete()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(text.strip()) and complete)
