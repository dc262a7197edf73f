"""School settings and details for a colleague who is not an administrator: shown, not changed.

The service refuses a change by anyone else (`services/settings.require_administrator`); the
dialogs say so before anyone types, and name who can change them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP

_CONTEXT = "SchoolReadOnly"
_ONLY_ADMINS = QT_TRANSLATE_NOOP(
    "SchoolReadOnly", "You can read these settings. Only an administrator can change them: %1.")
_NO_ADMIN_NAMED = QT_TRANSLATE_NOOP("SchoolReadOnly", "the administrator of the vault")
_CLOSE = QT_TRANSLATE_NOOP("SchoolReadOnly", "&Close")


def who_may_change(admins: Sequence[str]) -> str:
    """The line that says who can change the school settings."""
    names = ", ".join(admins) or QCoreApplication.translate(_CONTEXT, _NO_ADMIN_NAMED)
    return QCoreApplication.translate(_CONTEXT, _ONLY_ADMINS).replace("%1", names)


def read_only_line(admins: Sequence[str], parent: QWidget) -> QLabel:
    """A label with that line (object name "adminOnlyLabel")."""
    label = QLabel(who_may_change(admins), parent)
    label.setObjectName("adminOnlyLabel")
    label.setWordWrap(True)
    return label


def make_read_only(widgets: Iterable[QWidget], buttons: QDialogButtonBox) -> None:
    """Text stays selectable, everything else is disabled; Save goes, Cancel becomes Close."""
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.setReadOnly(True)
        elif isinstance(widget, QTableWidget):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        else:
            widget.setEnabled(False)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    if save is not None:
        buttons.removeButton(save)
        save.deleteLater()
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setText(QCoreApplication.translate(_CONTEXT, _CLOSE))
