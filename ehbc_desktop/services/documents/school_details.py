"""The school's own details for its documents: logo, place, address, contact people, helplines.

Kept as school settings inside the vault (every user sees the same). The helplines start as the
built-in Flemish list; once a school edits them, its own list is printed instead.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.reports.follow_up_plan import Contact
from ehbc_desktop.reports.helplines import Helpline, load_helplines
from ehbc_desktop.services.documents import document_inputs as keys
from ehbc_desktop.services.errors import SettingInvalidError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.settings import administrators, require_administrator
from ehbc_desktop.store import audit
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow

#: The largest logo a school can store (it is printed small; a photo of megabytes is a mistake).
MAX_LOGO_BYTES = 2 * 1024 * 1024
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True, slots=True)
class SchoolProfile:
    """What the school tells about itself on its documents (empty: not printed).

    Attributes:
        helplines: the school's own list; None prints the built-in Flemish list.
    """

    name: str = ""
    logo: bytes | None = None
    place: str = ""
    address: str = ""
    contact_pupils: str = ""
    contact_parents: str = ""
    contacts: tuple[Contact, ...] = ()
    helplines: tuple[Helpline, ...] | None = None


def default_helplines() -> tuple[Helpline, ...]:
    """The built-in Flemish helplines (the program's data file)."""
    return load_helplines()


def _encoded(profile: SchoolProfile) -> dict[str, Any]:
    helplines = None
    if profile.helplines is not None:
        helplines = [{"name": h.name, "contact": h.contact, "nl": h.description_nl,
                      "en": h.description_en, "name_en": h.name_en}
                     for h in profile.helplines]  # fmt: skip
    return {
        keys.SETTING_SCHOOL_NAME: profile.name.strip(),
        keys.SETTING_LOGO: base64.b64encode(profile.logo).decode() if profile.logo else "",
        keys.SETTING_PLACE: profile.place.strip(),
        keys.SETTING_ADDRESS: profile.address.strip(),
        keys.SETTING_CONTACT: profile.contact_pupils.strip(),
        keys.SETTING_CONTACT_PARENTS: profile.contact_parents.strip(),
        keys.SETTING_CONTACTS: [{"name": c.name, "role": c.role, "reach": c.reach}
                                for c in profile.contacts if c.name.strip()],
        keys.SETTING_HELPLINES: helplines,
    }  # fmt: skip


def check_logo(data: bytes | None) -> None:
    """A logo must be a PNG or JPEG image of at most MAX_LOGO_BYTES.

    Raises:
        SettingInvalidError("school_logo"): it is not.
    """
    if data is None:
        return
    if len(data) > MAX_LOGO_BYTES or not data.startswith(_IMAGE_MAGIC):
        raise SettingInvalidError(keys.SETTING_LOGO)


class SchoolDetailsService:
    """Reads and changes the school's details (changes audited by key, never by value)."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    @property
    def may_change(self) -> bool:
        """True when the current user may change the details (an administrator)."""
        return self._vs.vault.is_admin

    def administrators(self) -> tuple[str, ...]:
        """Who may change the details."""
        return administrators(self._vs)

    def get(self) -> SchoolProfile:
        """The school's details as stored (the vault's school name when none was set)."""
        with self._vs.unit() as s:
            details = keys.load_school_details(s, self._vs.vault.info.school)
        return SchoolProfile(
            name=details.name, logo=details.logo, place=details.place, address=details.address,
            contact_pupils=details.contact, contact_parents=details.contact_parents,
            contacts=details.contacts, helplines=details.helplines,
        )  # fmt: skip

    def update(self, profile: SchoolProfile) -> SchoolProfile:
        """Store what changed; returns the details as stored now.

        Raises:
            NotAllowedError: the current user is not an administrator (nothing is stored).
            SettingInvalidError: the logo is not a PNG or JPEG image, or is too large.
        """
        require_administrator(self._vs)
        check_logo(profile.logo)
        wanted = _encoded(profile)
        with self._vs.unit() as s:
            for key, value in wanted.items():
                _store(s, self._vs.user, key, value)
        return self.get()


def _store(s: Session, user: str, key: str, value: Any) -> None:
    row = s.get(m.SchoolSetting, key)
    if row is not None and row.value == value:
        return
    if row is None:
        if value in ("", [], None):
            return  # nothing to keep, nothing to change
        row = m.SchoolSetting(key=key)
        s.add(row)
    row.value = value
    row.updated_at = utcnow()
    audit.record(s, user, AuditAction.EDIT, f"setting:{key}")


__all__ = [
    "MAX_LOGO_BYTES",
    "SchoolDetailsService",
    "SchoolProfile",
    "check_logo",
    "default_helplines",
]
