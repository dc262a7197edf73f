"""The dialog that hosts a conversation wizard: draft saving, rules, finishing, confirmation."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import ConversationKind
from ehbc_desktop.domain.rules.followups import latest_decision
from ehbc_desktop.formspec import FormSpec, RuleName
from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.case.timeline_text import due_text
from ehbc_desktop.ui.conversations.guard import ConversationGuard
from ehbc_desktop.ui.conversations.kinds import kind_explanation, kind_name
from ehbc_desktop.ui.conversations.outcome import outcome_lines
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.screen_fit import fit_to_screen
from ehbc_desktop.ui.wizard import FormWizard, ParticipantOption, WizardContext

if TYPE_CHECKING:
    from ehbc_desktop.services.conversations.conversations import FinishOutcome
    from ehbc_desktop.ui.case.case_tabs import CaseTabContext

#: Key in a saved draft under which the page on screen is kept (the wizard ignores it).
PAGE_KEY = "_page"


def participant_options(record: CaseRecord) -> tuple[ParticipantOption, ...]:
    """The case's people as the wizard offers them."""
    return tuple(
        ParticipantOption(p.id, record.people[p.person_id].full_name, p.role)
        for p in record.participants
        if p.person_id in record.people
    )


class ConversationDialog(GeometryDialog):
    """One conversation form in a wizard; the draft is kept in the vault while typing."""

    sig_saved = Signal()
    """The conversation was finished and stored (or a consent / override was recorded)."""

    sig_draft_saved = Signal()
    """A draft reached the vault."""

    def __init__(
        self,
        ctx: CaseTabContext,
        spec: FormSpec,
        record: CaseRecord,
        values: Mapping[str, Any],
        *,
        lang: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx.settings, "conversation_dialog", parent)
        self.setObjectName("conversation_dialog")
        self._ctx = ctx
        self._spec = spec
        self._lang = lang
        self._today = today
        self._kind = spec.conversation_kind or ConversationKind.VICTIM
        self._record = record
        self._finished = False
        self.setWindowTitle(kind_name(self._kind))
        fit_to_screen(self, 1180, 780)
        layout = QVBoxLayout(self)
        intro = QLabel(f"<b>{kind_name(self._kind)}</b> — {kind_explanation(self._kind)}")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.follow_up_pick = QComboBox(self)
        self.follow_up_pick.setObjectName("conversation_follow_up_pick")
        self._build_follow_up_row(layout)
        self._build_consent_row(layout)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("conversation_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self._build_done_page()
        self.wizard: FormWizard
        self.guard: ConversationGuard
        self._make_wizard(values)

    # ----------------------------------------------------------------- building

    def _build_follow_up_row(self, layout: QVBoxLayout) -> None:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Which planned follow-up is this talk?"), row)
        label.setBuddy(self.follow_up_pick)
        box.addWidget(label)
        box.addWidget(self.follow_up_pick)
        box.addStretch(1)
        layout.addWidget(row)
        self.follow_up_pick.addItem(self.tr("None: an extra talk that was not planned"), "")
        open_ones = sorted(
            (f for f in self._record.follow_ups if f.held_on is None), key=lambda f: f.planned_on
        )
        for follow_up in open_ones:
            what = due_text(follow_up.kind.value, "follow_up", follow_up.with_whom)
            text = f"{format_date(follow_up.planned_on)}: {what}"
            self.follow_up_pick.addItem(text, follow_up.id)
        if open_ones:
            self.follow_up_pick.setCurrentIndex(1)
        row.setVisible(self._kind is ConversationKind.FOLLOW_UP)
        self.follow_up_row = row

    def _build_consent_row(self, layout: QVBoxLayout) -> None:
        self.consent_row = QWidget(self)
        box = QHBoxLayout(self.consent_row)
        box.setContentsMargins(0, 0, 0, 0)
        text = QLabel(
            self.tr("Did you ask the victim, and does the victim agree that you talk with the "
                    "bully? Then record that first."), self.consent_row)  # fmt: skip
        text.setWordWrap(True)
        self.consent_victim = QComboBox(self.consent_row)
        self.consent_victim.setObjectName("conversation_consent_victim")
        self.consent_button = QPushButton(self.tr("The victim agrees: record it"), self.consent_row)
        self.consent_button.setObjectName("conversation_record_consent")
        self.consent_button.clicked.connect(self._on_consent_button_clicked)
        box.addWidget(text, 1)
        box.addWidget(self.consent_victim)
        box.addWidget(self.consent_button)
        layout.addWidget(self.consent_row)
        self.consent_row.hide()

    def _build_done_page(self) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.done_text = QLabel(page)
        self.done_text.setObjectName("conversation_done_text")
        self.done_text.setWordWrap(True)
        self.done_text.setStyleSheet("font-size: 15px;")
        close = QPushButton(self.tr("&Close"), page)
        close.setObjectName("conversation_done_close")
        close.clicked.connect(self.accept)
        box.addWidget(self.done_text)
        box.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        box.addLayout(row)
        self.stack.addWidget(page)

    def _context(self) -> WizardContext:
        decision = latest_decision(self._record)
        return WizardContext(
            participants=participant_options(self._record),
            current_approach=decision.choice.approach if decision else None,
            today=self._today,
            guard=self.guard,
        )

    def _make_wizard(self, values: Mapping[str, Any]) -> None:
        page = str(values.get(PAGE_KEY) or "")
        answers = {k: v for k, v in values.items() if k != PAGE_KEY}
        self.guard = ConversationGuard(self._spec, self._record, self._today)
        old = getattr(self, "wizard", None)
        self.wizard = FormWizard(self._spec, self._lang, answers, self._context(), self)
        self.wizard.setObjectName("conversation_wizard")
        self.wizard.sig_draft_changed.connect(self._on_wizard_draft_changed)
        self.wizard.sig_finished.connect(self._on_wizard_finished)
        self.wizard.sig_cancelled.connect(self.reject)
        self.wizard.view.banner.sig_override_given.connect(self._on_banner_override_given)
        self.stack.insertWidget(0, self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        if page and self._spec.page(page) is not None:
            self.wizard.go_to_page(page)
        self._show_consent_offer()

    def _show_consent_offer(self) -> None:
        refused = self.guard.refused_rule == RuleName.VICTIM_CONSENT_REQUIRED
        self.consent_victim.clear()
        names = {o.id: o.name for o in participant_options(self._record)}
        for ident in self.guard.victims():
            self.consent_victim.addItem(names.get(ident, ident), ident)
        self.consent_victim.setVisible(self.consent_victim.count() > 1)
        self.consent_row.setVisible(refused and self.consent_victim.count() > 0)

    # ----------------------------------------------------------------- public

    @property
    def spec(self) -> FormSpec:
        """The form of this conversation."""
        return self._spec

    def is_done(self) -> bool:
        """Whether the conversation was stored."""
        return self._finished

    def reject(self) -> None:
        """Close; a pending draft is sent (and saved) first."""
        if not self._finished:
            self.wizard.close()  # its closeEvent sends a pending draft at once
        super().reject()

    # ----------------------------------------------------------------- slots

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.setText(message_for(exc))
        self.error_label.show()

    def _on_wizard_draft_changed(self, values: Mapping[str, Any]) -> None:
        payload = dict(values)
        payload[PAGE_KEY] = self.wizard.current_page_id()
        drafts = _drafts(self._ctx)
        case_id, spec = self._ctx.case_id, self._spec
        self._ctx.runner.run_in_background(
            lambda: drafts.save(case_id, spec.id, spec.version, payload),
            lambda _ident: self.sig_draft_saved.emit(),
            self._show_error,
            owner=self,
        )

    def _on_wizard_finished(self, values: Mapping[str, Any]) -> None:
        self.error_label.hide()
        self.wizard.setEnabled(False)
        ctx, spec, lang = self._ctx, self._spec, self._lang
        follow_up_id = str(self.follow_up_pick.currentData() or "") or None
        if self._kind is not ConversationKind.FOLLOW_UP:
            follow_up_id = None
        kind = self._kind
        answers = dict(values)

        def work() -> FinishOutcome:  # one call, one transaction: finish, read, advise
            return ctx.services.conversations.finish_and_read(
                ctx.case_id, spec, answers, lang=lang, follow_up_id=follow_up_id
            )

        def done(outcome: FinishOutcome) -> None:
            result, record, advice = outcome.finished, outcome.record, outcome.advice
            self._finished = True
            self._record = record
            self.done_text.setText(
                "".join(f"<p>{line}</p>" for line in outcome_lines(kind, answers, result,
                                                                  record, advice))
            )  # fmt: skip
            self.stack.setCurrentIndex(self.stack.count() - 1)
            self.follow_up_row.hide()
            self.sig_saved.emit()

        def failed(exc: BaseException) -> None:
            self.wizard.setEnabled(True)
            self._show_error(exc)

        ctx.runner.run_in_background(work, done, failed, owner=self)

    def _on_banner_override_given(self, rule: str, reason: str) -> None:
        if rule != RuleName.PARENTS_ALLOWED:
            return
        pupils = self.guard.blocked_pupils(self.wizard.values())
        ctx = self._ctx

        def work() -> CaseRecord:  # every pupil or none: one transaction
            return ctx.services.approach.override_parent_wishes(ctx.case_id, pupils, reason)

        def done(record: CaseRecord) -> None:
            self._record = record
            self.guard.record = record
            self.sig_saved.emit()

        ctx.runner.run_in_background(work, done, self._show_error, owner=self)

    def _on_consent_button_clicked(self) -> None:
        victim = str(self.consent_victim.currentData() or "")
        if not victim:
            return
        ctx = self._ctx
        note = self.tr("Recorded before the conversation with the bully.")

        def work() -> CaseRecord:
            ctx.services.approach.record_consent(ctx.case_id, victim, True, note)
            return ctx.services.cases.get_case(ctx.case_id)

        def done(record: CaseRecord) -> None:
            self._record = record
            self.error_label.hide()
            self._make_wizard(self.wizard.values())
            self.sig_saved.emit()

        self.consent_button.setEnabled(False)
        ctx.runner.run_in_background(work, done, self._show_error, owner=self)


def _drafts(ctx: CaseTabContext) -> Any:
    return ctx.services.drafts
