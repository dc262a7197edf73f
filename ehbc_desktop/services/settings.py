"""The school's own settings, kept inside the vault, with their typed defaults in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.domain.planning import Holiday
from ehbc_desktop.domain.rules.retention import CLB_MINIMUM_YEARS
from ehbc_desktop.domain.statistics.suppression import MIN_THRESHOLD
from ehbc_desktop.services.errors import SettingInvalidError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow
from ehbc_desktop.vault.errors import NotAllowedError

#: The step-3 intervals the method allows: 1-2 days or 1-2 weeks.
RESTORATIVE_DAYS_ALLOWED = (1, 2, 7, 14)
MAX_STATISTICS_THRESHOLD = 50


@dataclass(frozen=True, slots=True)
class SchoolSettings:
    """Every school setting with its default (the one place defaults are declared)."""

    restorative_follow_up_days: int = 7
    observation_reminder_days: int = 7
    holidays: tuple[Holiday, ...] = ()
    # Closed cases are kept until 31 August, this many school years after the one of closing;
    # CLB files (opened by a CLB worker) this many years, never fewer than ten.
    retention_school_years: int = 1
    retention_clb_years: int = 10
    policy_location: str = ""  # the school's anti-bullying policy: a file path or a link
    idle_weeks: int = 4  # flag open cases without any activity for this many weeks
    statistics_threshold: int = 5  # statistics show smaller counts as "< 5"


def _encode(name: str, value: Any) -> Any:
    if name == "holidays":
        return [[h.first.isoformat(), h.last.isoformat()] for h in value]
    return value


def _decode(name: str, raw: Any) -> Any:
    if name == "holidays":
        return tuple(Holiday(date.fromisoformat(a), date.fromisoformat(b)) for a, b in raw)
    if name == "policy_location":
        return str(raw)
    return int(raw)


def check_settings(settings: SchoolSettings) -> None:
    """Refuse values outside what the method and the program allow.

    Raises:
        SettingInvalidError: naming the first setting that is wrong.
    """
    if settings.restorative_follow_up_days not in RESTORATIVE_DAYS_ALLOWED:
        raise SettingInvalidError("restorative_follow_up_days")
    if settings.observation_reminder_days < 1:
        raise SettingInvalidError("observation_reminder_days")
    if not 1 <= settings.retention_school_years <= 30:
        raise SettingInvalidError("retention_school_years")
    if not CLB_MINIMUM_YEARS <= settings.retention_clb_years <= 50:
        raise SettingInvalidError("retention_clb_years")
    if settings.idle_weeks < 1:
        raise SettingInvalidError("idle_weeks")
    if not MIN_THRESHOLD <= settings.statistics_threshold <= MAX_STATISTICS_THRESHOLD:
        raise SettingInvalidError("statistics_threshold")
    if any(h.last < h.first for h in settings.holidays):
        raise SettingInvalidError("holidays")


def load_settings(s: Session) -> SchoolSettings:
    """The settings stored in the vault, defaults for the keys never stored (or unreadable)."""
    rows = s.execute(select(m.SchoolSetting.key, m.SchoolSetting.value)).all()
    stored: dict[str, Any] = {str(key): value for key, value in rows}
    values: dict[str, Any] = {}
    for item in fields(SchoolSettings):
        if item.name in stored:
            try:
                values[item.name] = _decode(item.name, stored[item.name])
            except (TypeError, ValueError):
                continue  # a damaged value falls back to its default
    return replace(SchoolSettings(), **values)


def require_administrator(session: VaultSession) -> None:
    """School settings and details are the school's: only an administrator changes them.

    Raises:
        NotAllowedError: the current user is not an administrator.
    """
    if not session.vault.is_admin:
        raise NotAllowedError()


def administrators(session: VaultSession) -> tuple[str, ...]:
    """The colleagues who may change the school settings (to name them to the others)."""
    return session.vault.info.admins


class SettingsService:
    """Reads and changes the school settings (changes are audited by key, never by value).

    Everyone reads them; only an administrator changes them (`may_change`).
    """

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    @property
    def session(self) -> VaultSession:
        """The session the settings are read from (for the school's other settings)."""
        return self._vs

    def get(self) -> SchoolSettings:
        """The current settings."""
        with self._vs.unit() as s:
            return load_settings(s)

    @property
    def may_change(self) -> bool:
        """True when the current user may change the settings (an administrator)."""
        return self._vs.vault.is_admin

    def administrators(self) -> tuple[str, ...]:
        """Who may change the settings."""
        return administrators(self._vs)

    def update(self, settings: SchoolSettings) -> SchoolSettings:
        """Store every setting that differs from what is stored now; returns the new settings.

        Raises:
            NotAllowedError: the current user is not an administrator (nothing is stored).
            SettingInvalidError: A value is out of range (nothing is stored then).
        """
        require_administrator(self._vs)
        check_settings(settings)
        with self._vs.unit() as s:
            current = load_settings(s)
            for item in fields(SchoolSettings):
                value = getattr(settings, item.name)
                if value == getattr(current, item.name):
                    continue
                row = s.get(m.SchoolSetting, item.name)
                if row is None:
                    row = m.SchoolSetting(key=item.name)
                    s.add(row)
                row.value = _encode(item.name, value)
                row.updated_at = utcnow()
                audit.record(s, self._vs.user, AuditAction.EDIT, f"setting:{item.name}")
            return load_settings(s)
