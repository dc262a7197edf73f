"""The new-case dialog's choice: open the case confidential ("afgeschermd"), and for whom."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.ui.confidential.colleague_ticks import add_colleagues, ticked_colleagues

if TYPE_CHECKING:
    from ehbc_desktop.ui.backend import CaseServices


class SealingChoice(QGroupBox):
    """Seal the new case for chosen colleagues; on for a CLB worker, off needs a reason then."""

    sig_changed = Signal()
    """The choice changed (the dialog checks whether it may be saved)."""

    def __init__(self, colleagues: list[str], me: str, *, by_default: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Confidential"), parent)
        self.setObjectName("sealing_choice")
        self._by_default = by_default
        self.seal_box = QCheckBox(self.tr("&Confidential case: only the colleagues you tick "
                                          "can read it"))  # fmt: skip
        self.seal_box.setObjectName("sealing_choice_box")
        self.seal_box.setChecked(by_default)
        self.hint = QLabel(self.tr("As a CLB worker your cases are confidential from the start. "
                                   "You work on it as usual; the other colleagues see only the "
                                   "reference, the status and the dates."))  # fmt: skip
        self.hint.setWordWrap(True)
        self.hint.setVisible(by_default)
        self.people = QListWidget()
        self.people.setObjectName("sealing_choice_people")
        self.people.setAccessibleName(self.tr("Colleagues who may read the case"))
        self.people.setMaximumHeight(90)
        add_colleagues(self.people, colleagues, me)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("sealing_choice_reason")
        self.reason_edit.setPlaceholderText(self.tr("Why is this case not confidential?"))
        self.reason_edit.setAccessibleName(self.tr("Reason for not sealing the case"))
        layout = QVBoxLayout(self)
        for widget in (self.seal_box, self.hint, self.people, self.reason_edit):
            layout.addWidget(widget)
        self.seal_box.toggled.connect(self._on_seal_box_toggled)
        self.reason_edit.textChanged.connect(self.sig_changed)
        self._on_seal_box_toggled(by_default)

    def sealed(self) -> bool:
        """Whether the new case is to be sealed."""
        return self.seal_box.isChecked()

    def colleagues(self) -> list[str]:
        """The ticked colleagues (the current user always among them)."""
        return ticked_colleagues(self.people)

    def reason(self) -> str:
        """Why a CLB worker's case is not sealed ("" otherwise)."""
        return self.reason_edit.text().strip() if self.needs_reason() else ""

    def needs_reason(self) -> bool:
        """A CLB worker who turns the sealing off says why."""
        return self._by_default and not self.sealed()

    def is_complete(self) -> bool:
        """False while a needed reason is missing."""
        return not self.needs_reason() or bool(self.reason_edit.text().strip())

    def _on_seal_box_toggled(self, checked: bool) -> None:
        self.people.setVisible(checked)
        self.reason_edit.setVisible(self.needs_reason())
        self.sig_changed.emit()


def sealing_choice(services: CaseServices) -> SealingChoice:
    """The choice for a new case of the current colleague (on by default for a CLB worker)."""
    confidential = services.confidential
    return SealingChoice(confidential.colleagues(), services.session.user,
                         by_default=confidential.sealed_by_default())


def seal_new_case(choice: SealingChoice, services: CaseServices) -> Callable[[str], None]:
    """The work (for the worker) that seals a just-created case, or notes why it is not."""
    sealed, allowed, reason = choice.sealed(), choice.colleagues(), choice.reason()
    note = QCoreApplication.translate("SealingChoice", "Not confidential, because: %1").replace(
        "%1", reason)
    confidential, cases = services.confidential, services.cases

    def work(case_id: str) -> None:
        if sealed:
            confidential.seal(case_id, allowed)
        elif reason:
            cases.add_note(case_id, note)
            confidential.record_not_sealed(case_id)

    return work
