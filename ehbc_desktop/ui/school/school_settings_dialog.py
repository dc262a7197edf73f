"""The school settings dialog: follow-up intervals, holidays, retention, policy, idle cases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.planning import Holiday
from ehbc_desktop.services.errors import SettingInvalidError
from ehbc_desktop.ui import file_dialogs
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.followup.date_fields import OptionalDateEdit, field_error
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.school.read_only import make_read_only, read_only_line
from ehbc_desktop.ui.screen_fit import fit_to_screen, scrolling

if TYPE_CHECKING:
    from ehbc_desktop.services.documents.school_details import SchoolDetailsService
    from ehbc_desktop.services.settings import SchoolSettings, SettingsService

RESTORATIVE_CHOICES = (1, 2, 7, 14)


def _spin(low: int, high: int, plural: Callable[[int], str]) -> QSpinBox:
    """A number box whose unit follows the number ("1 dag", "2 dagen"); `plural(n)` gives the
    translated "%n unit(s)" text, of which the part after the number is the suffix."""
    box = QSpinBox()
    box.setRange(low, high)

    def follow(value: int) -> None:
        box.setSuffix(plural(value).replace(str(value), "", 1))

    box.valueChanged.connect(follow)
    follow(box.value())
    return box


class SchoolSettingsDialog(QDialog):
    """Reads the settings from the vault, edits them, stores them through SettingsService."""

    sig_saved = Signal()
    """The settings were stored in the vault."""

    def __init__(
        self, school: SettingsService, runner: BackgroundRunner, parent: QWidget | None = None,
        *, details: SchoolDetailsService | None = None,
    ) -> None:
        super().__init__(parent)
        self._details = details
        self.setObjectName("schoolSettingsDialog")
        self.setWindowTitle(self.tr("School settings"))
        self._school = school
        self._runner = runner
        self._loaded: SchoolSettings | None = None
        self.details_dialog: QDialog | None = None
        intro = QLabel(self.tr("These settings belong to the school: they are kept in the vault "
                               "and apply to every user."))  # fmt: skip
        intro.setObjectName("hintLabel")
        intro.setWordWrap(True)
        self.restorative_combo = QComboBox()
        for days in RESTORATIVE_CHOICES:
            text = (self.tr("%n day(s)", "", days) if days < 7
                    else self.tr("%n week(s)", "", days // 7))  # fmt: skip
            self.restorative_combo.addItem(text, days)
        self.observation_spin = _spin(1, 60, lambda n: self.tr("%n day(s)", "", n))
        self._build_holiday_widgets()
        self.retention_spin = _spin(1, 30, lambda n: self.tr("%n school year(s) later", "", n))
        self.clb_retention_spin = _spin(10, 50, lambda n: self.tr("%n year(s)", "", n))
        self.policy_edit = QLineEdit()
        self.policy_edit.setPlaceholderText(self.tr("A link (https://...) or a file on this PC"))
        self.browse_button = QPushButton(self.tr("Choose file..."))
        self.idle_spin = _spin(1, 52, lambda n: self.tr("%n week(s)", "", n))
        self.details_button = QPushButton(self.tr("School &details and helplines…"))
        self.details_button.setObjectName("schoolDetailsButton")
        self.message_label = field_error()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QWidget()
        form_layout = self._form()
        form_layout.setContentsMargins(0, 0, 0, 0)
        form.setLayout(form_layout)
        area = scrolling(form)  # scrolls down only on a small screen (150 %), never sideways
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = area.verticalScrollBar().sizeHint().width()
        area.setMinimumWidth(form.minimumSizeHint().width() + bar)
        layout.addWidget(area, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 560)
        self.add_holiday_button.clicked.connect(self._on_add_holiday_button_clicked)
        self.remove_holiday_button.clicked.connect(self._on_remove_holiday_button_clicked)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.details_button.clicked.connect(self._on_details_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.read_only = self._limit_unless_administrator(layout, school)
        runner.run_in_background(school.get, self._on_loaded, self._show_error, owner=self)

    def _limit_unless_administrator(self, layout: QVBoxLayout, school: SettingsService) -> bool:
        """Not an administrator: every value shown, none changeable, and who can change them.

        Returns True when the dialog is read-only.
        """
        if school.may_change:
            return False
        layout.insertWidget(1, read_only_line(school.administrators(), self))
        make_read_only([
            self.restorative_combo, self.observation_spin, self.first_edit, self.last_edit,
            self.add_holiday_button, self.remove_holiday_button, self.retention_spin,
            self.clb_retention_spin, self.policy_edit, self.browse_button, self.idle_spin,
        ], self.buttons)  # fmt: skip
        return True

    def _build_holiday_widgets(self) -> None:
        self.holiday_list = QListWidget()
        self.holiday_list.setAccessibleName(self.tr("School holidays"))
        self.holiday_list.setMaximumHeight(130)
        self.first_edit = OptionalDateEdit(self.tr("(first day)"), self.tr("First day"))
        self.last_edit = OptionalDateEdit(self.tr("(last day)"), self.tr("Last day"))
        self.add_holiday_button = QPushButton(self.tr("Add"))
        self.remove_holiday_button = QPushButton(self.tr("Remove selected"))
        self.holiday_error = field_error()
        self.holiday_hint = QLabel(self.tr("Add each holiday with its first and last day. "
                                           "Proposed dates never fall on these days."))  # fmt: skip
        self.holiday_hint.setObjectName("hintLabel")
        self.holiday_hint.setWordWrap(True)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Plan the separate talks after a restorative conversation after"),
                    self.restorative_combo)  # fmt: skip
        form.addRow(self.tr("Observation reminder every"), self.observation_spin)
        adder = QHBoxLayout()
        for widget in (self.first_edit, self.last_edit, self.add_holiday_button):
            adder.addWidget(widget)
        adder.addStretch(1)
        holidays = QVBoxLayout()
        holidays.addWidget(self.holiday_list)
        holidays.addLayout(adder)
        holidays.addWidget(self.holiday_error)
        holidays.addWidget(self.holiday_hint)
        holidays.addWidget(self.remove_holiday_button, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("School holidays"), holidays)
        form.addRow(self.tr("Keep closed cases until 31 August,"), self.retention_spin)
        form.addRow(self.tr("Keep CLB files (at least 10)"), self.clb_retention_spin)
        policy = QHBoxLayout()
        policy.addWidget(self.policy_edit, 1)
        policy.addWidget(self.browse_button)
        form.addRow(self.tr("Anti-bullying policy"), policy)
        form.addRow(self.tr("Flag open cases without activity after"), self.idle_spin)
        form.addRow(self.tr("On documents"), self.details_button)
        return form

    def _on_loaded(self, settings: SchoolSettings) -> None:
        self._loaded = settings
        index = self.restorative_combo.findData(settings.restorative_follow_up_days)
        self.restorative_combo.setCurrentIndex(max(index, 0))
        self.observation_spin.setValue(settings.observation_reminder_days)
        self.holiday_list.clear()
        for holiday in settings.holidays:
            self._add_holiday_item(holiday)
        self.retention_spin.setValue(settings.retention_school_years)
        self.clb_retention_spin.setValue(settings.retention_clb_years)
        self.policy_edit.setText(settings.policy_location)
        self.idle_spin.setValue(settings.idle_weeks)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(True)

    def _add_holiday_item(self, holiday: Holiday) -> None:
        text = f"{format_date(holiday.first)} – {format_date(holiday.last)}"
        item = QListWidgetItem(text, self.holiday_list)
        item.setData(Qt.ItemDataRole.UserRole, (holiday.first, holiday.last))

    def holidays(self) -> tuple[Holiday, ...]:
        """The holidays listed, earliest first."""
        items = (self.holiday_list.item(i) for i in range(self.holiday_list.count()))
        found = [Holiday(*item.data(Qt.ItemDataRole.UserRole)) for item in items]
        return tuple(sorted(found, key=lambda h: h.first))

    def _on_add_holiday_button_clicked(self) -> None:
        first, last = self.first_edit.value(), self.last_edit.value()
        problem = ""
        if first is None or last is None:
            problem = self.tr("Choose the first and the last day of the holiday.")
        elif last < first:
            problem = self.tr("The last day comes before the first day.")
        self.holiday_error.setText(problem)
        self.holiday_error.setVisible(bool(problem))
        if problem or first is None or last is None:
            return
        self._add_holiday_item(Holiday(first, last))
        self.first_edit.set_value(None)
        self.last_edit.set_value(None)

    def _on_remove_holiday_button_clicked(self) -> None:
        for item in self.holiday_list.selectedItems():
            self.holiday_list.takeItem(self.holiday_list.row(item))

    def _on_browse_button_clicked(self) -> None:
        path = file_dialogs.open_file_name(self, self.tr("The anti-bullying policy"))
        if path is not None:
            self.policy_edit.setText(str(path))

    def _on_details_button_clicked(self) -> None:
        from ehbc_desktop.ui.school.school_details_dialog import SchoolDetailsDialog

        if self._details is None:
            return
        dialog = SchoolDetailsDialog(self._details, self._runner, self)
        dialog.finished.connect(dialog.deleteLater)
        self.details_dialog = dialog
        dialog.open()

    def settings(self) -> SchoolSettings:
        """The settings as shown in the dialog."""
        from ehbc_desktop.services.settings import SchoolSettings

        return replace(
            self._loaded or SchoolSettings(),
            restorative_follow_up_days=int(self.restorative_combo.currentData()),
            observation_reminder_days=self.observation_spin.value(),
            holidays=self.holidays(),
            retention_school_years=self.retention_spin.value(),
            retention_clb_years=self.clb_retention_spin.value(),
            policy_location=self.policy_edit.text().strip(),
            idle_weeks=self.idle_spin.value(),
        )

    def _on_buttons_accepted(self) -> None:
        school, settings = self._school, self.settings()
        self.buttons.setEnabled(False)
        self._runner.run_in_background(
            lambda: school.update(settings), self._on_saved, self._show_error, owner=self
        )

    def _on_saved(self, _result: Any) -> None:
        self.sig_saved.emit()
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        text = message_for(exc)
        if isinstance(exc, SettingInvalidError) and exc.key == "holidays":
            text = self.tr("A holiday ends before it starts. Remove it and add it again.")
        self.message_label.setText(text)
        self.message_label.show()


def open_school_settings(services: Any, runner: BackgroundRunner, parent: QWidget) -> QDialog:
    """Open the dialog for the unlocked session (called from the main window's menu)."""

    dialog = SchoolSettingsDialog(services.settings, runner, parent,
                                  details=services.school_details)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
