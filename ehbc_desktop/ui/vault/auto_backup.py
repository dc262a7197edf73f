"""Automatic encrypted backups: at most once a day, right after the vault was unlocked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ehbc_desktop.services.archive.backup import PREFIX, BackupInfo, BackupService, list_backups
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.settings import AppSettings

#: A new automatic backup is made when the newest one is at least this old.
BACKUP_INTERVAL = timedelta(days=1)


def problem_text(exc: BaseException) -> str:
    """The teacher's message for a failed backup, archive or restore (never a traceback)."""
    return message_for(exc)


def newest_backup_time(folder: Path) -> datetime | None:
    """When the newest finished backup in `folder` was made (UTC), from its name."""
    for backup in list_backups(folder):
        stamp = backup.name[len(PREFIX):len(PREFIX) + 15]
        try:
            return datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def backup_due(folder: Path, now: datetime | None = None) -> bool:
    """True when `folder` holds no backup made within the last day."""
    newest = newest_backup_time(folder)
    moment = now or datetime.now(UTC)
    return newest is None or moment - newest >= BACKUP_INTERVAL


class AutoBackup(QObject):
    """Makes the daily backup on the app's database worker and reports in one quiet line."""

    sig_message = Signal(str)
    """A short text for the status bar ("Backup made" or why it failed); never a traceback."""

    sig_done = Signal(object)
    """The BackupInfo of a backup made, or None when it failed or was not due."""

    def __init__(self, settings: AppSettings, runner: BackgroundRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings, self._runner = settings, runner

    def run_if_due(self, backups: BackupService) -> bool:
        """Queue a backup when automatic backups are on and the last one is a day old.

        Returns True when a backup was queued.
        """
        folder_text = self._settings.backup_folder
        if not folder_text:
            return False
        folder, keep = Path(folder_text), self._settings.backup_keep

        def work() -> BackupInfo | None:
            if not backup_due(folder):
                return None
            return backups.make(folder, keep=keep)

        self._runner.run_in_background(work, self._on_done, self._on_failed, owner=self)
        return True

    def _on_done(self, info: BackupInfo | None) -> None:
        if info is not None:
            self.sig_message.emit(self.tr("Automatic backup made."))
        self.sig_done.emit(info)

    def _on_failed(self, exc: BaseException) -> None:
        self.sig_message.emit(self.tr("The automatic backup did not succeed: %1")
                              .replace("%1", problem_text(exc)))
        self.sig_done.emit(None)
