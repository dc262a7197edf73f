"""The typed user settings (defaults in one place, versioned) and the window-state store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
LANGUAGES = ("nl_BE", "en")
DEFAULT_LANGUAGE = "nl_BE"
DEFAULT_AUTO_LOCK_MINUTES = 5
MIN_AUTO_LOCK_MINUTES = 1
MAX_AUTO_LOCK_MINUTES = 60
DEFAULT_BACKUP_KEEP = 10
MAX_BACKUP_KEEP = 100


def _as_int(value: object, default: int) -> int:
    """INI files give strings back; anything unreadable falls back to the default."""
    try:
        return int(str(value))
    except ValueError:
        return default


class AppSettings:
    """User settings and window state in one INI file (never anything confidential).

    User settings live under `user/`, window geometry under `window/`, so resetting the layout
    never touches a choice the teacher made.
    """

    def __init__(self, path: Path) -> None:
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        version = _as_int(self._qs.value("meta/version", 0), 0)
        # Version 0 -> 1: nothing to move yet; later versions add their steps here.
        if version < SETTINGS_VERSION:
            self._qs.setValue("meta/version", SETTINGS_VERSION)

    @property
    def language(self) -> str:
        """The interface language: "nl_BE" (default) or "en"."""
        value = str(self._qs.value("user/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._qs.setValue("user/language", value)

    @property
    def auto_lock_minutes(self) -> int:
        """Minutes without input after which the vault locks itself."""
        value = _as_int(
            self._qs.value("user/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES),
            DEFAULT_AUTO_LOCK_MINUTES,
        )
        return min(max(value, MIN_AUTO_LOCK_MINUTES), MAX_AUTO_LOCK_MINUTES)

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self._qs.setValue(
            "user/auto_lock_minutes", min(max(value, MIN_AUTO_LOCK_MINUTES), MAX_AUTO_LOCK_MINUTES)
        )

    @property
    def last_user(self) -> str:
        """The user name chosen at the last unlock, preselected on the unlock screen."""
        return str(self._qs.value("user/last_user", ""))

    @last_user.setter
    def last_user(self, value: str) -> None:
        self._qs.setValue("user/last_user", value)

    def window_state(self, key: str) -> QByteArray | None:
        """Saved geometry or splitter state for `key`, or None."""
        value = self._qs.value(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, key: str, value: QByteArray) -> None:
        """Remember geometry or splitter state for `key`."""
        self._qs.setValue(f"window/{key}", value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qs.sync()

    # -- automatic backups (added for the vault menu; off until a folder is chosen) ------------
    @property
    def backup_folder(self) -> str:
        """Where automatic backups go; "" means automatic backups are off."""
        return str(self._qs.value("user/backup_folder", ""))

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self._qs.setValue("user/backup_folder", value)

    @property
    def backup_keep(self) -> int:
        """How many automatic backups to keep (the oldest go first)."""
        value = _as_int(self._qs.value("user/backup_keep", DEFAULT_BACKUP_KEEP),
                        DEFAULT_BACKUP_KEEP)
        return min(max(value, 1), MAX_BACKUP_KEEP)

    @backup_keep.setter
    def backup_keep(self, value: int) -> None:
        self._qs.setValue("user/backup_keep", min(max(value, 1), MAX_BACKUP_KEEP))
