"""Role names and the note on what removing a colleague does and does not protect against."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.vocabulary import capitalised

REMOVAL_NOTE = QT_TRANSLATE_NOOP(
    "Colleagues",
    "Removing %1 destroys their key to this vault: from now on their passphrase opens nothing "
    "here. It does not take back what they could already see or copy, and it does not reach "
    "older backups or copies of the vault folder: those still open with their old passphrase. "
    "Make a new backup afterwards and delete the older ones.")


def role_label(role: UserRole) -> str:
    """The role in words."""
    return capitalised(role)


def removal_note(name: str) -> str:
    """What removal does and does not protect against, for this colleague."""
    return QCoreApplication.translate("Colleagues", REMOVAL_NOTE).replace("%1", name)
