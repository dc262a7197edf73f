"""Seal a case for chosen colleagues, grant or revoke access, read it, or lift the sealing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.services.rights.confidential import ConfidentialService, ConfidentialState
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.confidential.colleague_ticks import add_colleagues, ticked_colleagues
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.screen_fit import fit_to_screen
from ehbc_desktop.ui.settings import AppSettings


class ConfidentialDialog(GeometryDialog):
    """The confidentiality of one case and what the current colleague may do about it."""

    sig_changed = Signal()
    """The case was sealed, unsealed, or its access changed."""

    sig_loaded = Signal()
    """The state is on screen."""

    def __init__(self, settings: AppSettings, service: ConfidentialService, case_id: str,
                 runner: BackgroundRunner, *, colleagues: list[str], me: str,
                 open_pdf: Callable[[bytes], None], parent: QWidget | None = None) -> None:
        super().__init__(settings, "confidential_dialog", parent)
        self.setObjectName("confidential_dialog")
        self.setWindowTitle(self.tr("Confidential case"))
        fit_to_screen(self, 620, 520)
        self._service, self._case_id, self._runner = service, case_id, runner
        self._me, self._open_pdf = me, open_pdf
        self.state: ConfidentialState | None = None
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("confidential_text")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.people = QListWidget(self)
        self.people.setObjectName("confidential_people")
        self.people.setAccessibleName(self.tr("Colleagues who may open the case"))
        add_colleagues(self.people, colleagues, me)
        layout.addWidget(self.people, 1)
        self.seal_button = QPushButton(self.tr("&Seal the case for these colleagues"), self)
        self.read_button = QPushButton(self.tr("&Read the summary…"), self)
        self.others = QComboBox(self)
        self.others.setAccessibleName(self.tr("Colleague"))
        for name in colleagues:
            if name != me:
                self.others.addItem(name)
        self.grant_button = QPushButton(self.tr("&Give access"), self)
        self.revoke_button = QPushButton(self.tr("&Take access away"), self)
        self.unseal_button = QPushButton(self.tr("&Lift the sealing…"), self)
        self.message = QLabel(self)
        self.message.setObjectName("confidential_message")
        self.message.setWordWrap(True)
        access_row = QHBoxLayout()
        access_row.addWidget(self.others, 1)
        access_row.addWidget(self.grant_button)
        access_row.addWidget(self.revoke_button)
        layout.addWidget(self.seal_button)
        layout.addWidget(self.read_button)
        layout.addLayout(access_row)
        layout.addWidget(self.unseal_button)
        layout.addWidget(self.message)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.seal_button.clicked.connect(self._on_seal_button_clicked)
        self.read_button.clicked.connect(self._on_read_button_clicked)
        self.grant_button.clicked.connect(lambda: self._for_colleague(service.grant))
        self.revoke_button.clicked.connect(lambda: self._for_colleague(service.revoke))
        self.unseal_button.clicked.connect(lambda: self._change(lambda: service.unseal(case_id)))

    def refresh(self) -> None:
        """Load the case's confidentiality on the worker."""
        service, case_id = self._service, self._case_id
        self._runner.run_in_background(lambda: service.state(case_id), self._on_loaded,
                                       self._show_error, owner=self)

    def _on_loaded(self, state: ConfidentialState) -> None:
        self.state = state
        allowed = ", ".join(state.allowed)
        if not state.confidential:
            self.text.setText(self.tr(
                "Seal this case to keep it from colleagues who do not need it. Its content "
                "(names, notes, conversations, evidence keys, drafts) is then encrypted with its "
                "own key that only the colleagues you tick can open; the others see only the "
                "reference, the status and the dates. You keep working on it as usual: it is "
                "opened when one of you opens it and sealed again when the case screen is left "
                "or the vault locks."))  # fmt: skip
        elif state.can_open and state.open_for_work:
            self.text.setText(self.tr(
                "This case is confidential. These colleagues can open it: %1. It is open for "
                "your work now and is sealed again when you leave the case screen or the vault "
                "locks.").replace("%1", allowed))  # fmt: skip
        elif state.can_open:
            self.text.setText(self.tr(
                "This case is sealed. These colleagues can open it: %1.").replace("%1", allowed))
        else:
            self.text.setText(self.tr(
                "Confidential case — ask %1 for access. Its content is encrypted for these "
                "colleagues only; you see its reference, status and dates.").replace(
                    "%1", allowed))  # fmt: skip
            self._show_allowed(state.allowed)
        self.people.setVisible(not state.confidential or not state.can_open)
        self.seal_button.setVisible(not state.confidential)
        for widget in (self.read_button, self.others, self.grant_button, self.revoke_button,
                       self.unseal_button):
            widget.setVisible(state.confidential and state.can_open)
        if state.confidential and not state.can_open:  # shrink to the few lines it holds
            layout = self.layout()
            assert layout is not None
            layout.activate()
            fit_to_screen(self, max(self.width(), 480), self.sizeHint().height())
        self.sig_loaded.emit()

    def _show_allowed(self, allowed: tuple[str, ...]) -> None:
        """For a colleague without access: the colleagues to ask, read-only, in a small box."""
        self.people.clear()
        for name in allowed:
            item = QListWidgetItem(name, self.people)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.people.setAccessibleName(self.tr("Colleagues who may open the case"))
        self.people.setMaximumHeight(self.people.sizeHintForRow(0) * (len(allowed) + 1) + 8)

    def chosen(self) -> list[str]:
        """The ticked colleagues."""
        return ticked_colleagues(self.people)

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(message_for(exc))

    def _change(self, work: Callable[[], Any]) -> None:
        def done(_result: Any) -> None:
            self.message.clear()
            self.sig_changed.emit()
            self.refresh()

        self._runner.run_in_background(work, done, self._show_error, owner=self)

    def _for_colleague(self, action: Callable[[str, str], None]) -> None:
        case_id, user = self._case_id, self.others.currentText()
        if user:
            self._change(lambda: action(case_id, user))

    def _on_seal_button_clicked(self) -> None:
        service, case_id, chosen = self._service, self._case_id, self.chosen()
        self._change(lambda: service.seal(case_id, chosen))

    def _on_read_button_clicked(self) -> None:
        service, case_id = self._service, self._case_id
        lang = "en" if self._settings.language == "en" else "nl"
        self._runner.run_in_background(lambda: service.summary_pdf(case_id, lang),
                                       self._open_pdf, self._show_error, owner=self)
