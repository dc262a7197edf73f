"""The small dialogs of the backups: the automatic-backup setting and restoring explained."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.ui import file_dialogs
from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.message_boxes import Button, Icon, ask
from ehbc_desktop.ui.settings import MAX_BACKUP_KEEP, AppSettings


class BackupSettingsDialog(GeometryDialog):
    """Where the automatic backups go and how many to keep; no folder means they are off."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(settings, "backupSettingsDialog", parent)
        self.setWindowTitle(self.tr("Automatic backups"))
        explanation = QLabel(self.tr(
            "Once a day, right after the vault is unlocked, the program copies the whole vault "
            "into this folder, still encrypted: the same passphrases open it. Choose a folder on "
            "another disk or a school server, so a broken PC does not take the cases with it. "
            "Leave the folder empty to switch automatic backups off."), self)
        explanation.setWordWrap(True)
        self.folder_edit = QLineEdit(settings.backup_folder, self)
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setPlaceholderText(self.tr("Off (no folder chosen)"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, MAX_BACKUP_KEEP)
        self.keep_spin.setValue(settings.backup_keep)
        self.keep_spin.setAccessibleName(self.tr("Backups to keep"))
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder_edit)  # the row is a layout: no buddy of its own
        form.addRow(folder_label, row)
        form.addRow(self.tr("&Keep the newest:"), self.keep_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = file_dialogs.existing_directory(
            self, self.tr("Folder for the backups"), self.folder_edit.text())
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def folder(self) -> str:
        """The chosen folder ("" = automatic backups off)."""
        return self.folder_edit.text().strip()

    def keep(self) -> int:
        """How many backups to keep."""
        return self.keep_spin.value()


def explain_restore(parent: QWidget, go_on: Callable[[], object]) -> QMessageBox:
    """Say how restoring works before any folder is asked; `go_on()` after OK."""
    title = QCoreApplication.translate("BackupDialogs", "Restore a backup")
    text = QCoreApplication.translate(
        "BackupDialogs",
        "A backup is restored into a new, empty folder: the vault you use now is never "
        "overwritten. First choose the backup (a folder called \"ehbc-backup-…\"), then an "
        "empty folder for the restored vault. Every file is checked against its fingerprint "
        "on the way.\n\nTo work with the restored vault afterwards, ask whoever manages this "
        "PC to point the program to that folder. It opens with the passphrases that were "
        "valid at the time of the backup.")
    return ask(parent, title, text, go_on, yes=Button.Ok, no=Button.Cancel, default=Button.Ok,
               icon=Icon.Information, object_name="explainRestoreBox")
