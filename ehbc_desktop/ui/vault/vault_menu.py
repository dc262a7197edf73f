"""The "Vault" menu: archives, backups, the recovery sheet, colleagues (built by the main menus)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar


class VaultMenu(QObject):
    """The menu and its actions; `retranslate()` sets the texts, VaultActions the behaviour."""

    def __init__(self, window: QMainWindow, bar: QMenuBar, before: QMenu) -> None:
        super().__init__(window)
        self.menu = QMenu(bar)
        self.menu.setObjectName("vaultMenu")
        bar.insertMenu(before.menuAction(), self.menu)

        def action(name: str) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            self.menu.addAction(act)
            return act

        self.export_archive = action("exportArchiveAction")
        self.check_archive = action("checkArchiveAction")
        self.import_archive = action("importArchiveAction")
        self.menu.addSeparator()
        self.backup_now = action("backupNowAction")
        self.restore_backup = action("restoreBackupAction")
        self.backup_settings = action("backupSettingsAction")
        self.menu.addSeparator()
        self.recovery_sheet = action("recoverySheetAction")
        self.new_recovery_key = action("newRecoveryKeyAction")
        self.menu.addSeparator()
        self.retention = action("retentionAction")
        self.colleagues = action("colleaguesAction")
        self.change_passphrase = action("changePassphraseAction")

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.menu.setTitle(self.tr("&Vault"))
        self.export_archive.setText(self.tr("&Export cases to an archive..."))
        self.check_archive.setText(self.tr("&Check an archive..."))
        self.import_archive.setText(self.tr("&Import an archive..."))
        self.backup_now.setText(self.tr("&Back up now..."))
        self.restore_backup.setText(self.tr("&Restore a backup..."))
        self.backup_settings.setText(self.tr("&Automatic backups..."))
        self.recovery_sheet.setText(self.tr("&Print the recovery key..."))
        self.recovery_sheet.setStatusTip(self.tr("Administrators only"))
        self.new_recovery_key.setText(self.tr("Make a &new recovery key..."))
        self.new_recovery_key.setStatusTip(self.tr("Administrators only"))
        self.retention.setText(self.tr("Cases to &destroy..."))
        self.colleagues.setText(self.tr("C&olleagues and roles..."))
        self.change_passphrase.setText(self.tr("Change &my passphrase..."))

    def case_actions(self) -> list[QAction]:
        """Actions that need the open vault (restoring and the settings do not)."""
        return [self.export_archive, self.check_archive, self.import_archive, self.backup_now,
                self.recovery_sheet, self.new_recovery_key, self.retention, self.colleagues,
                self.change_passphrase]

    def actions(self) -> list[QAction]:
        """Every action of the menu."""
        return [*self.case_actions(), self.restore_backup, self.backup_settings]
