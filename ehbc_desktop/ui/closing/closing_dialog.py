"""Close a case with its checklist (every gap needs a reason), or reopen a closed case."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import CaseStatus
from ehbc_desktop.domain.rules.closing import ClosingGap
from ehbc_desktop.services.errors import ClosingGapsError
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.followup.date_fields import field_error
from ehbc_desktop.ui.followup.texts import gap_label
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ehbc_desktop.domain.entities import Case
    from ehbc_desktop.services.case.closing import ClosingChecklist, ClosingService
    from ehbc_desktop.services.settings import SettingsService


class GapRow:
    """One missing item: what is missing, a reason field, and the error under it."""

    def __init__(self, gap: ClosingGap, parent: QWidget) -> None:
        self.gap = gap
        self.label = QLabel("• " + gap_label(gap))
        self.label.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName(f"reason_{gap.value}")
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate("ClosingDialog", "Why close anyway? (required)")
        )
        self.error = field_error()
        self.error.setWordWrap(False)  # short text: a wrapped label would be squeezed
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 6)
        for widget in (self.label, self.reason_edit, self.error):
            layout.addWidget(widget)


class ClosingDialog(QDialog):
    """The checklist, the override reasons, a closing note and the retention date."""

    sig_changed = Signal()
    """The case was closed or reopened, or its aftercare setting changed."""

    def __init__(
        self,
        closing: ClosingService,
        school: SettingsService,
        runner: BackgroundRunner,
        case: Case,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closingDialog")
        self._closing = closing
        self._school = school
        self._runner = runner
        self._case = case
        self._today = today
        self._changed = False
        self.gap_rows: dict[ClosingGap, GapRow] = {}
        self.closed = case.status is CaseStatus.CLOSED
        self.setWindowTitle(self.tr("Reopen case") if self.closed else self.tr("Close case"))
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.gaps_box = QWidget()  # a plain widget: a styled card's padding squeezes its rows
        self.gaps_layout = QVBoxLayout(self.gaps_box)
        self.gaps_layout.setContentsMargins(0, 0, 0, 0)
        self.aftercare_box = QCheckBox(self.tr("The group needs no aftercare"))
        self.aftercare_box.setChecked(case.aftercare_not_needed)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Optional: how the case ended"))
        self.retention_label = QLabel()
        self.retention_label.setObjectName("hintLabel")
        self.retention_label.setWordWrap(True)
        self.message_label = field_error()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        action = self.tr("Reopen case") if self.closed else self.tr("Close case")
        self.action_button: QPushButton = self.buttons.addButton(
            action, QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.gaps_box)
        layout.addWidget(self.aftercare_box)
        note_row = QFormLayout()
        note_row.addRow(self.tr("Closing note"), self.note_edit)
        layout.addLayout(note_row)
        layout.addWidget(self.retention_label)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # never squeeze a row
        fit_to_screen(self, 640, 480)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.aftercare_box.toggled.connect(self._on_aftercare_box_toggled)
        if self.closed:
            self._show_closed()
        else:
            self.action_button.setEnabled(False)
            self._load()

    def _show_closed(self) -> None:
        case = self._case
        text = self.tr("This case was closed on %1 and is kept until %2. While it is closed "
                       "nothing can be changed. Reopening it is recorded in the log.")  # fmt: skip
        self.intro_label.setText(text.replace("%1", format_date(case.closed_on))
                                 .replace("%2", format_date(case.retention_until)))  # fmt: skip
        for widget in (self.gaps_box, self.aftercare_box, self.note_edit):
            widget.hide()
        if case.close_overrides:
            lines = [self.tr("Closed although:")]
            lines += [f"• {gap_label(ClosingGap(g))} — {reason}"
                      for g, reason in case.close_overrides if g in set(ClosingGap)]  # fmt: skip
            self.retention_label.setText("\n".join(lines))

    def _load(self) -> None:
        closing, case_id, today = self._closing, self._case.id, self._today
        self._runner.run_in_background(
            lambda: (closing.checklist(case_id, today), closing.retention_date(case_id, today)),
            self._on_loaded, self._show_error, owner=self,
        )  # fmt: skip

    def _on_loaded(self, result: Any) -> None:
        checklist, (until, clb_file) = result
        self._show_gaps(checklist)
        rule = (self.tr("a CLB file, the school's rule for CLB files") if clb_file
                else self.tr("the school's rule"))  # fmt: skip
        self.retention_label.setText(
            self.tr("After closing, the case is kept until %1 (%2). It can then be destroyed.")
            .replace("%1", format_date(until)).replace("%2", rule)
        )  # fmt: skip
        self.action_button.setEnabled(True)

    def _show_gaps(self, checklist: ClosingChecklist) -> None:
        typed = {gap: row.reason_edit.text() for gap, row in self.gap_rows.items()}
        for old in self.gap_rows.values():
            self.gaps_layout.removeWidget(old.box)
            old.box.deleteLater()
        self.gap_rows = {}
        if checklist.ready:
            self.intro_label.setText(self.tr("Everything is in order: the case can be closed."))
            self.gaps_box.hide()
            return
        self.intro_label.setText(self.tr("These items are not settled yet. You can still close "
                                         "the case, but give a reason for each one."))  # fmt: skip
        for gap in checklist.gaps:
            row = GapRow(gap, self)
            row.reason_edit.setText(typed.get(gap, ""))
            self.gaps_layout.addWidget(row.box)
            row.box.show()  # at once: a layout shows a late child only on a queued call
            self.gap_rows[gap] = row
        self.gaps_box.show()
        self._grow()

    def _on_aftercare_box_toggled(self, checked: bool) -> None:
        closing, case_id = self._closing, self._case.id
        self.action_button.setEnabled(False)

        def done(_result: Any) -> None:
            self._changed = True
            self.sig_changed.emit()
            self._load()

        self._runner.run_in_background(
            lambda: closing.set_aftercare_not_needed(case_id, checked), done, self._show_error,
            owner=self,
        )  # fmt: skip

    def overrides(self) -> dict[ClosingGap, str]:
        """The reasons typed, by gap."""
        return {gap: row.reason_edit.text().strip() for gap, row in self.gap_rows.items()}

    def _mark_missing(self, gaps: tuple[ClosingGap, ...]) -> None:
        for gap, row in self.gap_rows.items():
            row.error.setText(self.tr("Give a reason, or settle this item first."))
            row.error.setVisible(gap in gaps)
            for widget in (row.error, row.reason_edit):  # never squeezed below their own size
                widget.ensurePolished()
                widget.setMinimumHeight(widget.sizeHint().height())
        self._grow()

    def _grow(self) -> None:
        """Make room for messages that just appeared (never shrink what the teacher sized)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        fit_to_screen(self, self.width(), max(self.height(), self.sizeHint().height()))

    def _on_buttons_accepted(self) -> None:
        closing, case_id, today = self._closing, self._case.id, self._today
        if self.closed:
            work: Any = lambda: closing.reopen(case_id)  # noqa: E731
        else:
            reasons = self.overrides()
            missing = tuple(gap for gap, reason in reasons.items() if not reason)
            self._mark_missing(missing)
            if missing:
                self.message_label.setText(self.tr("The case cannot be closed yet: a reason is "
                                                   "missing for %n item(s).", "", len(missing)))
                self.message_label.show()
                self._grow()
                return
            note = self.note_edit.text().strip()
            work = lambda: closing.close(case_id, today, reasons, note)  # noqa: E731
        self.action_button.setEnabled(False)
        self._runner.run_in_background(work, self._on_done, self._show_error, owner=self)

    def _on_done(self, _result: Any) -> None:
        self.sig_changed.emit()
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        self.action_button.setEnabled(True)
        if isinstance(exc, ClosingGapsError):
            self._mark_missing(exc.gaps)
            self._load()  # the checklist changed meanwhile: show the new one
        self.message_label.setText(message_for(exc))
        self.message_label.show()
