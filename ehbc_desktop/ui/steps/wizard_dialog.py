"""A dialog around one FormWizard: resumes and saves the draft in the vault, finishes in the back.

open_form_dialog(parent, FormDialogSetup(...)) loads the saved draft of (case, form) on the
worker, then shows the dialog; every change is saved as the draft (DraftService), also when the
dialog closes or the screen behind it is hidden (locking), so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.screen_fit import available_room, fit_to_screen
from ehbc_desktop.ui.wizard import FormWizard, WizardContext

if TYPE_CHECKING:
    from ehbc_desktop.formspec import FormSpec
    from ehbc_desktop.services.steps.drafts import DraftService
    from ehbc_desktop.ui.background import BackgroundRunner

#: Builds the side panel beside the wizard (it may listen to the wizard's signals).
SideFactory = Callable[[FormWizard], QWidget]


@dataclass
class FormDialogSetup:
    """Everything a form dialog needs.

    Attributes:
        spec: The form.
        lang: "nl" or "en" (the form's texts).
        case_id: The case (None: a report that has no case yet).
        drafts: Where the draft is kept.
        runner: The worker for every vault call.
        finish: Called on the worker with the answers; its result goes to `sig_done`.
        context: The wizard's context (people, today, guard).
        side: Builds a panel shown beside the wizard (optional).
        object_name: The dialog's object name (tests find it by this name).
        before_finish: Called on the GUI thread with the answers before `finish`; returning
            False keeps the dialog open (the owner shows something first).
    """

    spec: FormSpec
    lang: str
    case_id: str | None
    drafts: DraftService
    runner: BackgroundRunner
    finish: Callable[[dict[str, Any]], Any]
    context: WizardContext = field(default_factory=WizardContext)
    side: SideFactory | None = None
    object_name: str = "stepFormDialog"
    before_finish: Callable[[dict[str, Any]], bool] | None = None


class StepFormDialog(QDialog):
    """One form in a dialog; the answers stay a draft until `finish` succeeded."""

    sig_done = Signal(object)
    """The form was stored: the result of `finish`."""

    def __init__(
        self, setup: FormDialogSetup, values: Mapping[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setup = setup
        self._finished = False
        self._busy = False
        self.setObjectName(setup.object_name)
        self.setWindowTitle(setup.spec.title.get(setup.lang))
        self.wizard = FormWizard(setup.spec, setup.lang, values, setup.context, self)
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.wizard, 1)
        self.side: QWidget | None = None
        if setup.side is not None:
            self.side = setup.side(self.wizard)
            self.side.setMaximumWidth(300)
            row.addWidget(self.side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addLayout(row, 1)
        self._compact_when_narrow()
        self._fit_size(1260 + (300 if self.side is not None else 0), 780)
        self.wizard.sig_draft_changed.connect(self._save_draft)
        self.wizard.sig_finished.connect(self._on_wizard_finished)
        self.wizard.sig_cancelled.connect(self.reject)
        if parent is not None:
            parent.installEventFilter(self)  # the screen behind hides when the app locks

    def _fit_size(self, width: int, height: int) -> None:
        """Room for the form, its tips and any side panel, but never more than the screen."""
        fit_to_screen(self, width, height)

    def _compact_when_narrow(self) -> None:
        """On a narrow screen (1366 px at 150 %) the wizard folds its tips under its steps."""
        self.ensurePolished()
        if self.minimumSizeHint().width() > available_room(self).width():
            self.wizard.view.set_compact(True)
            for widget in (self.wizard.view, self.wizard, self):  # inside out, before sizing
                layout = widget.layout()
                if layout is not None:
                    layout.invalidate()
                    layout.activate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Save the draft at once when the screen behind the dialog is hidden (locking)."""
        if event.type() == QEvent.Type.Hide and watched == self.parent():
            self.flush_draft()
        return False

    def flush_draft(self) -> None:
        """Save the answers as they stand now (nothing after the form was stored)."""
        if not self._finished and not self.setup.context.read_only:
            self._save_draft(self.wizard.values())

    def done(self, result: int) -> None:
        """Closing the dialog in any way keeps the answers typed so far as the draft."""
        self.flush_draft()
        parent = self.parent()
        if isinstance(parent, QObject):
            parent.removeEventFilter(self)
        super().done(result)

    def _save_draft(self, values: Mapping[str, Any]) -> None:
        if self._finished:
            return
        setup, answers = self.setup, dict(values)
        self.setup.runner.run_in_background(
            lambda: setup.drafts.save(setup.case_id, setup.spec.id, setup.spec.version, answers),
            _ignore,
            self._show_error,
            owner=self,  # the save runs even when the dialog is gone; only the reply is dropped
        )

    def _on_wizard_finished(self, values: dict[str, Any]) -> None:
        check = self.setup.before_finish
        if check is not None and not check(values):
            return
        self.store(values)

    def store(self, values: Mapping[str, Any]) -> None:
        """Hand the answers to the service on the worker; close when it succeeded."""
        if self._busy:
            return
        self._busy = True
        self.message_label.hide()
        finish, answers = self.setup.finish, dict(values)
        self.setup.runner.run_in_background(
            lambda: finish(answers), self._on_stored, self._on_store_failed, owner=self
        )

    def _on_stored(self, result: Any) -> None:
        self._busy = False
        self._finished = True
        self.sig_done.emit(result)
        self.accept()

    def _on_store_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        self.message_label.setText(message_for(exc))
        self.message_label.show()


def open_form_dialog(
    parent: QWidget,
    setup: FormDialogSetup,
    shown: Callable[[StepFormDialog], None] | None = None,
) -> None:
    """Load the saved draft on the worker, then show the dialog (resuming the draft).

    Args:
        parent: The screen the dialog belongs to.
        setup: The form and what to do with it.
        shown: Called with the dialog once it is on screen (connect `sig_done` here).
    """
    drafts, case_id, form_id = setup.drafts, setup.case_id, setup.spec.id

    def on_loaded(draft: Any) -> None:
        values = dict(draft.values) if draft is not None else {}
        dialog = StepFormDialog(setup, values, parent)
        dialog.finished.connect(dialog.deleteLater)
        if shown is not None:
            shown(dialog)
        dialog.open()

    def on_failed(exc: BaseException) -> None:
        on_loaded(None)

    setup.runner.run_in_background(
        lambda: drafts.load(case_id, form_id), on_loaded, on_failed, owner=parent
    )


def _ignore(_value: Any) -> None:
    return None
