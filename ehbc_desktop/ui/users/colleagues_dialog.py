"""The colleagues of the vault: who they are, their role, their last unlock; admins manage them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.services.rights.users import (
    ColleagueRow,
    UserService,
    propose_starting_passphrase,
)
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.ui.screen_fit import fit_to_screen
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.ui.table_model import Column, RowTableModel, read_only_table
from ehbc_desktop.ui.users.colleague_dialogs import AddColleagueDialog
from ehbc_desktop.ui.users.texts import removal_note, role_label

_NAME = QT_TRANSLATE_NOOP("Colleagues", "Name")
_ROLE = QT_TRANSLATE_NOOP("Colleagues", "Role")
_LAST = QT_TRANSLATE_NOOP("Colleagues", "Last unlock")
_STATUS = QT_TRANSLATE_NOOP("Colleagues", "Note")
_NEVER = QT_TRANSLATE_NOOP("Colleagues", "never")
_STARTING = QT_TRANSLATE_NOOP("Colleagues", "still has the starting passphrase")
_ME = QT_TRANSLATE_NOOP("Colleagues", "that is you")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Colleagues", text)


def _last(row: ColleagueRow) -> str:
    return row.last_unlock.astimezone().strftime("%d-%m-%Y %H:%M") if row.last_unlock else _tr(
        _NEVER)


def _note(row: ColleagueRow) -> str:
    parts = [_tr(_ME) if row.is_me else "", _tr(_STARTING) if row.must_change else ""]
    return "; ".join(p for p in parts if p)


class ColleagueTableModel(RowTableModel[ColleagueRow]):
    """Name, role, last unlock, note."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: _tr(_NAME), lambda r: r.name),
            Column(lambda: _tr(_ROLE), lambda r: role_label(r.role)),
            Column(lambda: _tr(_LAST), _last),
            Column(lambda: _tr(_STATUS), _note),
        ], parent)  # fmt: skip


class ColleaguesDialog(GeometryDialog):
    """Lists colleagues; an administrator adds, removes and changes roles here."""

    sig_loaded = Signal()
    """The list is on screen (after opening or after a change)."""

    def __init__(self, settings: AppSettings, service: UserService, runner: BackgroundRunner,
                 is_admin: bool, parent: QWidget | None = None) -> None:
        super().__init__(settings, "colleagues_dialog", parent)
        self.setObjectName("colleagues_dialog")
        self.setWindowTitle(self.tr("Colleagues and roles"))
        fit_to_screen(self, 760, 480)
        self._service, self._runner, self._is_admin = service, runner, is_admin
        self.add_dialog: AddColleagueDialog | None = None
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Everyone here has their own passphrase to this vault. Administrators add and remove "
            "colleagues and choose their role."
        ) if is_admin else self.tr(
            "Only an administrator can add or remove colleagues or change roles."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = ColleagueTableModel(self)
        self.table = read_only_table("colleagues_table", self.model, self)
        self.table.setAccessibleName(self.tr("Colleagues"))
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("colleagues_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a colleague…"), self)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.role_box = QComboBox(self)
        self.role_box.setAccessibleName(self.tr("New role"))
        for role in UserRole:
            self.role_box.addItem(role_label(role), role.value)
        self.role_button = QPushButton(self.tr("Change &role"), self)
        close = QPushButton(self.tr("&Close"), self)
        for widget in (self.add_button, self.remove_button, self.role_box, self.role_button):
            widget.setEnabled(self._is_admin)
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(close)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.role_button.clicked.connect(self._on_role_button_clicked)
        close.clicked.connect(self.accept)
        return row

    # -- loading and changing -------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the colleagues on the worker."""
        service = self._service
        self._runner.run_in_background(service.list_users, self._on_loaded, self._show_error,
                                       owner=self)

    def _on_loaded(self, rows: list[ColleagueRow]) -> None:
        self.model.set_rows(rows)
        self.sig_loaded.emit()

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(message_for(exc))

    def _change(self, work: Callable[[], Any], done_text: str) -> None:
        def done(_result: Any) -> None:
            self.message.setText(done_text)
            self.refresh()

        self._runner.run_in_background(work, done, self._show_error, owner=self)

    def selected(self) -> ColleagueRow | None:
        """The highlighted colleague."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_add_button_clicked(self) -> None:
        dialog = AddColleagueDialog(propose_starting_passphrase(), self)
        service = self._service

        def on_accepted() -> None:
            name, start, role = dialog.name(), dialog.passphrase(), dialog.role()
            text = self.tr("%1 was added. Hand over the starting passphrase in person.")
            self._change(lambda: service.add_user(name, start, role), text.replace("%1", name))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.add_dialog = dialog

    def _on_remove_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove a colleague"),
                          removal_note(row.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("remove_colleague_box")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        service, name = self._service, row.name

        def on_finished(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                text = self.tr("%1 was removed.").replace("%1", name)
                self._change(lambda: service.remove_user(name), text)

        box.finished.connect(on_finished)
        box.finished.connect(box.deleteLater)
        box.open()
        self.confirm_box = box

    def _on_role_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        role = UserRole(str(self.role_box.currentData()))
        service, name = self._service, row.name
        text = self.tr("%1 is now: %2.").replace("%1", name).replace("%2", role_label(role))
        self._change(lambda: service.set_role(name, role), text)
