"""Small dialogs: change an agreement's status; record the day a repair agreement was signed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import AgreementStatus
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.followup.date_fields import date_edit, field_error, to_date
from ehbc_desktop.ui.followup.texts import status_label
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ehbc_desktop.services.followup.agreements import AgreementView


class _SaveDialog(QDialog):
    """A form with Save / Cancel; Save runs one call in the background, errors stay in view."""

    sig_saved = Signal()
    """The change was stored."""

    def __init__(self, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.form = QFormLayout()
        self.message_label = field_error()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _on_buttons_accepted(self) -> None:
        self.buttons.setEnabled(False)
        self._runner.run_in_background(self._work(), self._on_saved, self._on_failed, owner=self)

    def _on_saved(self, _result: Any) -> None:
        self.sig_saved.emit()
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message_label.setText(message_for(exc))
        self.message_label.show()


class AgreementStatusDialog(_SaveDialog):
    """Open, done, not kept or no longer relevant; on which day; with a note."""

    def __init__(
        self,
        save: Callable[[str, AgreementStatus, date, str], None],
        runner: BackgroundRunner,
        agreement: AgreementView,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("agreementStatusDialog")
        self.setWindowTitle(self.tr("Change the status of an agreement"))
        self._save = save
        self._agreement_id = agreement.id
        summary = QLabel(
            self.tr("%1 will %2 by %3")
            .replace("%1", agreement.who)
            .replace("%2", agreement.what)
            .replace("%3", format_date(agreement.due))
        )
        summary.setWordWrap(True)
        self.status_combo = QComboBox()
        for status in AgreementStatus:
            self.status_combo.addItem(status_label(status), status.value)
        current = self.status_combo.findData(agreement.status.value)
        if agreement.status is AgreementStatus.OPEN:
            current = self.status_combo.findData(AgreementStatus.DONE.value)
        self.status_combo.setCurrentIndex(current)
        self.date_edit = date_edit(today, self.tr("On"))
        self.note_edit = QLineEdit(agreement.status_note)
        self.note_edit.setPlaceholderText(self.tr("Optional: how it went"))
        self.form.addRow(self.tr("Agreement"), summary)
        self.form.addRow(self.tr("Status"), self.status_combo)
        self.form.addRow(self.tr("On"), self.date_edit)
        self.form.addRow(self.tr("Note"), self.note_edit)
        fit_to_screen(self, 520, 220)

    def _work(self) -> Callable[[], Any]:
        save, ident = self._save, self._agreement_id
        status = AgreementStatus(self.status_combo.currentData())
        day, note = to_date(self.date_edit.date()), self.note_edit.text().strip()
        return lambda: save(ident, status, day, note)


class SignedDialog(_SaveDialog):
    """The day the repair agreement was signed."""

    def __init__(
        self,
        save: Callable[[str, date], None],
        runner: BackgroundRunner,
        repair_agreement_id: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.setObjectName("signedDialog")
        self.setWindowTitle(self.tr("Repair agreement signed"))
        self._save = save
        self._ident = repair_agreement_id
        self.date_edit = date_edit(today, self.tr("Signed on"))
        self.form.addRow(self.tr("Signed on"), self.date_edit)

    def _work(self) -> Callable[[], Any]:
        save, ident, day = self._save, self._ident, to_date(self.date_edit.date())
        return lambda: save(ident, day)
