"""The "to destroy" list: closed cases past their retention date; delete one or all of them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.services.rights.retention import ExpiredCase, PurgeResult, RetentionService
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.ui.screen_fit import fit_to_screen
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.ui.table_model import Column, RowTableModel, read_only_table

_REFERENCE = QT_TRANSLATE_NOOP("Retention", "Case")
_OPENED = QT_TRANSLATE_NOOP("Retention", "Opened")
_CLOSED = QT_TRANSLATE_NOOP("Retention", "Closed")
_UNTIL = QT_TRANSLATE_NOOP("Retention", "Keep until")
_CONFIRM = QT_TRANSLATE_NOOP(
    "Retention",
    "These cases will be deleted for good: %1.\n\nEverything of them goes: people who appear "
    "in no other case, conversations, notes, agreements, drafts and evidence files. The log "
    "keeps only the reference, the dates, who deleted them and why.\n\nOlder backups still "
    "hold them until they rotate out: with %2 backups kept, that is after %2 new backups.")
_BACKUPS = QT_TRANSLATE_NOOP(
    "Retention",
    "Deleted: %1. Older backups still hold them until %2 new backups were made.")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Retention", text)


def _day(value: date | None) -> str:
    return format_date(value) if value else ""


def confirm_text(references: list[str], keep: int) -> str:
    """What the confirmation says: the cases, what goes, what stays, the backups."""
    return _tr(_CONFIRM).replace("%1", ", ".join(references)).replace("%2", str(keep))


class ExpiredCaseTableModel(RowTableModel[ExpiredCase]):
    """Reference, opened, closed, kept until (no names: the list may be shown to anyone)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(lambda: _tr(_REFERENCE), lambda r: r.reference),
            Column(lambda: _tr(_OPENED), lambda r: _day(r.opened_on)),
            Column(lambda: _tr(_CLOSED), lambda r: _day(r.closed_on)),
            Column(lambda: _tr(_UNTIL), lambda r: _day(r.retention_until)),
        ], parent)  # fmt: skip


class RetentionDialog(GeometryDialog):
    """Lists the cases to destroy; an administrator deletes one or all after a confirmation."""

    sig_loaded = Signal()
    """The list is on screen."""

    sig_deleted = Signal()
    """Cases were deleted (lists elsewhere should refresh)."""

    def __init__(self, settings: AppSettings, service: RetentionService, runner: BackgroundRunner,
                 *, is_admin: bool, today: date, parent: QWidget | None = None) -> None:
        super().__init__(settings, "retention_dialog", parent)
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Cases to destroy"))
        fit_to_screen(self, 720, 460)
        self._service, self._runner, self._today = service, runner, today
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Closed cases whose retention period is over. Keep a file no longer than needed: "
            "delete them here. Only an administrator can delete."), self)  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = ExpiredCaseTableModel(self)
        self.table = read_only_table("retention_table", self.model, self)
        self.table.setAccessibleName(self.tr("Cases to destroy"))
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("retention_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.delete_one = QPushButton(self.tr("Delete the &chosen case…"), self)
        self.delete_all = QPushButton(self.tr("Delete &all listed cases…"), self)
        close = QPushButton(self.tr("&Close"), self)
        for button in (self.delete_one, self.delete_all):
            button.setEnabled(is_admin)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.delete_one.clicked.connect(lambda: self._ask(self._chosen()))
        self.delete_all.clicked.connect(lambda: self._ask(self.model_rows()))
        close.clicked.connect(self.accept)

    def model_rows(self) -> list[ExpiredCase]:
        """Every listed case."""
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def _chosen(self) -> list[ExpiredCase]:
        index = self.table.currentIndex()
        return [self.model.row_at(index.row())] if index.isValid() else []

    def refresh(self) -> None:
        """Load the list on the worker."""
        service, today = self._service, self._today
        self._runner.run_in_background(lambda: service.expired(today), self._on_loaded,
                                       self._show_error, owner=self)

    def _on_loaded(self, rows: list[ExpiredCase]) -> None:
        self.model.set_rows(rows)
        if not rows and not self.message.text():  # keep what a deletion just reported
            self.message.setText(self.tr("No closed case is past its retention date."))
        self.sig_loaded.emit()

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(message_for(exc))

    def _ask(self, rows: list[ExpiredCase]) -> None:
        if not rows:
            return
        keep = self._settings.backup_keep
        references = [r.reference for r in rows]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete cases for good"),
                          confirm_text(references, keep),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("retention_confirm")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        ids = [r.case_id for r in rows]
        service, today = self._service, self._today

        def on_finished(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._runner.run_in_background(lambda: service.purge(ids, today),
                                               self._on_purged, self._show_error, owner=self)

        box.finished.connect(on_finished)
        box.finished.connect(box.deleteLater)
        box.open()
        self.confirm_box = box

    def _on_purged(self, result: PurgeResult) -> None:
        text = _tr(_BACKUPS).replace("%1", ", ".join(result.references))
        self.message.setText(text.replace("%2", str(self._settings.backup_keep)))
        self.sig_deleted.emit()
        self.refresh()


class DeleteCaseDialog(QDialog):
    """Delete a case opened by mistake: the reason is required (names in it are blanked)."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delete_case_dialog")
        self.setWindowTitle(self.tr("Delete a case opened by mistake"))
        text = QLabel(self.tr(
            "Case %1 and everything in it will be deleted for good. The log keeps the reference, "
            "the dates, your name and the reason. Write the reason without names.").replace(
                "%1", reference), self)  # fmt: skip
        text.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("delete_case_reason")
        self.reason.setAccessibleName(self.tr("Why the case is deleted"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Delete for good"))
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
