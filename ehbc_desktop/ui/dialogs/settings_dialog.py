"""The settings dialog: auto-lock minutes and the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.settings import MAX_AUTO_LOCK_MINUTES, MIN_AUTO_LOCK_MINUTES, AppSettings


class SettingsDialog(GeometryDialog):
    """Edits the user settings; the owner applies a language change (live)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(settings, "settingsDialog", parent)
        self.setWindowTitle(self.tr("Settings"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(MIN_AUTO_LOCK_MINUTES, MAX_AUTO_LOCK_MINUTES)
        self.minutes_spin.setValue(settings.auto_lock_minutes)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Lock automatically after minutes"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        # Each language in its own words, so anyone can find theirs.
        self.language_combo.addItem("Nederlands", "nl_BE")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        hint = QLabel(
            self.tr(
                "The vault locks itself when nobody uses the program for this long, so "
                "case files never stay open on a shared PC."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hintLabel")
        form = QFormLayout()
        form.addRow(self.tr("&Lock automatically after:"), self.minutes_spin)
        form.addRow("", hint)
        form.addRow(self.tr("&Language:"), self.language_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def auto_lock_minutes(self) -> int:
        """The chosen auto-lock time."""
        return self.minutes_spin.value()

    def language(self) -> str:
        """The chosen language code."""
        return str(self.language_combo.currentData())
