"""What the "Vault" menu does: archives, backups, the recovery sheet, the daily backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from ehbc_desktop.ui import file_dialogs
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.message_boxes import Icon, tell
from ehbc_desktop.ui.screen_fit import fit_to_screen
from ehbc_desktop.ui.settings import AppSettings

if TYPE_CHECKING:
    from ehbc_desktop.ui.backend import CaseServices
    from ehbc_desktop.ui.main.main_window import MainWindow
    from ehbc_desktop.ui.ops import Progress
    from ehbc_desktop.ui.vault.auto_backup import AutoBackup

_STATUS_MS = 8000


class VaultActions(QObject):
    """Wires the Vault menu of `window`; every service call runs on the app's worker."""

    def __init__(self, window: MainWindow, runner: BackgroundRunner,
                 settings: AppSettings) -> None:
        super().__init__(window)
        self._window, self._runner, self._settings = window, runner, settings
        self.auto_backup: AutoBackup | None = None
        menu = window.menus.vault
        menu.export_archive.triggered.connect(self.export_archive)
        menu.check_archive.triggered.connect(lambda: self.open_archive_dialog(False))
        menu.import_archive.triggered.connect(lambda: self.open_archive_dialog(True))
        menu.backup_now.triggered.connect(self.backup_now)
        menu.restore_backup.triggered.connect(self.restore_backup)
        menu.backup_settings.triggered.connect(self.edit_backup_settings)
        menu.recovery_sheet.triggered.connect(self.print_recovery_sheet)
        menu.new_recovery_key.triggered.connect(self.renew_recovery_key)
        menu.colleagues.triggered.connect(self.open_colleagues)
        menu.retention.triggered.connect(self.open_retention)
        self.retention_dialog: QDialog | None = None
        menu.change_passphrase.triggered.connect(self.change_my_passphrase)
        self.colleagues_dialog: QDialog | None = None
        self.passphrase_dialog: QDialog | None = None
        window.sig_unlocked.connect(self._on_window_unlocked)

    def _services(self) -> CaseServices | None:
        return self._window.services()

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, _STATUS_MS)

    def _on_window_unlocked(self) -> None:
        services = self._services()
        if services is None:
            return
        self._window.menus.vault.recovery_sheet.setEnabled(services.session.is_admin)
        self._window.menus.vault.new_recovery_key.setEnabled(services.session.is_admin)
        self.run_auto_backup()

    def run_auto_backup(self) -> bool:
        """Queue the daily backup if it is switched on and due; True when queued."""
        from ehbc_desktop.ui.vault.auto_backup import AutoBackup

        services = self._services()
        if services is None:
            return False
        if self.auto_backup is None:
            self.auto_backup = AutoBackup(self._settings, self._runner, self)
            self.auto_backup.sig_message.connect(self._say)
        return self.auto_backup.run_if_due(services.backups)

    # -- archives -------------------------------------------------------------------------------
    def export_archive(self) -> None:
        """Load the case list, then open the export dialog (the open case preselected)."""
        services = self._services()
        if services is None:
            return
        cases = services.cases
        self._runner.run_in_background(
            cases.case_labels,
            lambda rows: self._open_export(services, rows), self._show_problem,
            owner=self._window)

    def _open_export(self, services: CaseServices, rows: list[tuple[str, str]]) -> None:
        from ehbc_desktop.ui.vault.archive_export_dialog import ArchiveExportDialog

        workspace = self._window.workspace
        current = workspace.case_widget.case_id if workspace and workspace.case_widget else None
        dialog = ArchiveExportDialog(services.archive_export, rows,
                                     [current] if current else [], self._window,
                                     runner=self._runner)
        dialog.setObjectName("archiveExportDialog")
        fit_to_screen(dialog, 640, 620)
        dialog.accepted.connect(lambda: self._say(self.tr("Archive written: %n case(s).", "",
                                len(dialog.result_info.references) if dialog.result_info else 0)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_archive_dialog(self, allow_import: bool) -> QDialog | None:
        """Open the check (or check-and-import) dialog for an archive."""
        from ehbc_desktop.ui.vault.archive_import_dialog import ArchiveImportDialog

        services = self._services()
        if services is None:
            return None
        dialog = ArchiveImportDialog(services.archive_import, allow_import,
                                     self._window, runner=self._runner)
        dialog.setObjectName("archiveImportDialog" if allow_import else "archiveCheckDialog")
        fit_to_screen(dialog, 600, 360)
        dialog.accepted.connect(lambda: self._after_import(dialog.result_info))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_import(self, result: Any) -> None:
        count = len(result.imported) if result is not None else 0
        self._say(self.tr("%n case(s) imported.", "", count))

    # -- backups --------------------------------------------------------------------------------
    def backup_now(self) -> None:
        """Ask for a folder (the automatic one by default) and make a backup there."""
        from ehbc_desktop.ui.ops import Op

        services = self._services()
        if services is None:
            return
        chosen = file_dialogs.existing_directory(
            self._window, self.tr("Folder for the backup"), self._settings.backup_folder)
        if chosen is None:
            return
        backups, folder, keep = services.backups, chosen, self._settings.backup_keep

        def work(progress: Progress) -> Any:
            return backups.make(folder, keep=keep, progress=progress.report)

        def made(result: Any) -> None:
            tell(self._window, self.tr("Backup made"), self.tr(
                "The backup is in %1. It is encrypted: it opens with the same passphrases as "
                "the vault.").replace("%1", str(result.path)), icon=Icon.Information,
                object_name="backupMadeBox")

        Op(self._window, work).with_progress(self.tr("Making the backup…")).success(
            made).failure(self._show_problem).run(self._runner)

    def restore_backup(self) -> None:
        """Explain, ask the backup and an empty folder, then restore with checks."""
        from ehbc_desktop.ui.vault.backup_dialogs import explain_restore

        explain_restore(self._window, self._restore_from_chosen_backup)

    def _restore_from_chosen_backup(self) -> None:
        from ehbc_desktop.services.archive.backup import restore_backup
        from ehbc_desktop.ui.ops import Op

        backup = file_dialogs.existing_directory(
            self._window, self.tr("Choose the backup"), self._settings.backup_folder)
        if backup is None:
            return
        target = file_dialogs.existing_directory(
            self._window, self.tr("Choose an empty folder for the restored vault"))
        if target is None:
            return

        def work(progress: Progress) -> None:
            restore_backup(Path(backup), Path(target), progress=progress.report)

        def restored(_result: object) -> None:
            tell(self._window, self.tr("Backup restored"), self.tr(
                "The vault was restored into %1.").replace("%1", str(target)),
                icon=Icon.Information, object_name="backupRestoredBox")

        Op(self._window, work).with_progress(self.tr("Restoring the backup…")).success(
            restored).failure(self._show_problem).run(self._runner)

    def edit_backup_settings(self) -> QDialog:
        """Open the automatic-backup setting; a newly chosen folder gets a backup at once."""
        from ehbc_desktop.ui.vault.backup_dialogs import BackupSettingsDialog

        dialog = BackupSettingsDialog(self._settings, self._window)
        dialog.setObjectName("backupSettingsDialog")

        def store() -> None:
            self._settings.backup_folder = dialog.folder()
            self._settings.backup_keep = dialog.keep()
            self._settings.sync()
            self.run_auto_backup()

        dialog.accepted.connect(store)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- the recovery sheet ---------------------------------------------------------------------
    def print_recovery_sheet(self) -> None:
        """Administrators: the recovery key on paper, in the print preview."""
        from ehbc_desktop.services.documents.document_catalog import DocumentRequest
        from ehbc_desktop.ui.documents.preview_launcher import open_preview

        services = self._services()
        if services is None or not services.session.is_admin:
            return
        service = services.documents
        lang = "en" if self._settings.language == "en" else "nl"
        request = DocumentRequest("recovery-sheet", lang=lang)
        self._runner.run_in_background(
            lambda: service.render(request),
            lambda rendered: self._show_sheet(open_preview(self._window, rendered, service,
                                                           self._runner)),
            self._show_problem, owner=self._window)

    def _show_sheet(self, dialog: QDialog) -> None:
        dialog.setObjectName("recoverySheetPreview")

    def renew_recovery_key(self) -> QMessageBox | None:
        """Administrators: a new recovery key (after confirming), then its sheet to print."""
        services = self._services()
        if services is None or not services.session.is_admin:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("New recovery key"), self.tr(
            "Make a new recovery key? The key on the sheet in the safe will then open nothing "
            "any more. The new key opens the vault and every confidential case: print it "
            "straight away, keep it in the school safe and destroy the old sheet. Older "
            "backups still open with the old key: make a new backup and delete the older ones."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._window)
        box.setObjectName("newRecoveryKeyBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Make a new key"))
        users = services.users

        def answered(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._runner.run_in_background(
                    users.renew_recovery_code, lambda _code: self._on_recovery_renewed(),
                    self._show_problem, owner=self._window)

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _on_recovery_renewed(self) -> None:
        self._say(self.tr("New recovery key made: print it now and destroy the old sheet."))
        self.print_recovery_sheet()

    # -- colleagues -----------------------------------------------------------------------------
    def open_colleagues(self) -> None:
        """The colleagues and their roles (administrators change them)."""
        from ehbc_desktop.ui.users.colleagues_dialog import ColleaguesDialog

        services = self._services()
        if services is None:
            return
        dialog = ColleaguesDialog(self._settings, services.users, self._runner,
                                  services.session.is_admin, self._window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.refresh()
        self.colleagues_dialog = dialog

    def open_retention(self) -> None:
        """The closed cases past their retention date (administrators delete them)."""
        from datetime import date

        from ehbc_desktop.ui.retention.retention_dialog import RetentionDialog

        services = self._services()
        if services is None:
            return
        dialog = RetentionDialog(self._settings, services.retention,
                                 self._runner, is_admin=services.session.is_admin,
                                 today=date.today(), parent=self._window)
        from ehbc_desktop.ui.ops import ChangeKind, Changes

        gone = Changes(kinds=frozenset({ChangeKind.CASES}))
        dialog.sig_deleted.connect(lambda: self._runner.publish(gone, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.refresh()
        self.retention_dialog = dialog

    def change_my_passphrase(self) -> None:
        """Every user changes their own passphrase (the current one is asked once more)."""
        from ehbc_desktop.ui.errors import message_for
        from ehbc_desktop.ui.users.colleague_dialogs import ChangePassphraseDialog

        services = self._services()
        if services is None:
            return
        service = services.users
        dialog = ChangePassphraseDialog(self._window)

        def on_accepted() -> None:
            current, new = dialog.current(), dialog.new()
            self._runner.run_in_background(
                lambda: service.change_own_passphrase(current, new),
                lambda _r: self._say(self.tr("Your passphrase was changed.")),
                lambda exc: self._warn(message_for(exc)),
                owner=self._window)

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.passphrase_dialog = dialog

    def _warn(self, text: str) -> None:
        tell(self._window, self.tr("Vault"), text, object_name="vaultWarningBox")

    def _show_problem(self, exc: BaseException) -> None:
        from ehbc_desktop.ui.vault.auto_backup import problem_text

        tell(self._window, self.tr("Vault"), problem_text(exc), object_name="vaultWarningBox")
