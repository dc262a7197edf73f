"""A finished conversation, read-only: the questions as asked, the answers, the amendments."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.conversations.kinds import kind_name
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.labels import format_date, format_datetime
from ehbc_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ehbc_desktop.services.conversations.conversations import ConversationDetail
    from ehbc_desktop.ui.case.case_tabs import CaseTabContext


def _p(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines()) or "—"


class ConversationReadDialog(GeometryDialog):
    """Shows one finished conversation as it was stored; amendments are added below it."""

    sig_changed = Signal()
    """An amendment was added."""

    sig_loaded = Signal()
    """The conversation is on screen."""

    def __init__(
        self, ctx: CaseTabContext, conversation_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx.settings, "conversation_read", parent)
        self.setObjectName("conversation_read_dialog")
        self.setWindowTitle(self.tr("Conversation (read only)"))
        fit_to_screen(self, 900, 720)
        self._ctx = ctx
        self._conversation_id = conversation_id
        layout = QVBoxLayout(self)
        self.notice = QLabel(
            self.tr("This conversation is finished and can no longer be changed. Add an "
                    "amendment below when something needs correcting or adding; the original "
                    "stays as it was."), self)  # fmt: skip
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.text = QTextBrowser(self)
        self.text.setObjectName("conversation_read_text")
        layout.addWidget(self.text, 1)
        self.amendment_edit = QPlainTextEdit(self)
        self.amendment_edit.setObjectName("amendment_edit")
        self.amendment_edit.setPlaceholderText(
            self.tr("Amendment: what should be added or corrected?")
        )
        self.amendment_edit.setFixedHeight(80)
        layout.addWidget(self.amendment_edit)
        row = QHBoxLayout()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("conversation_read_error")
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        row.addWidget(self.error_label, 1)
        self.add_button = QPushButton(self.tr("&Add amendment"), self)
        self.add_button.setObjectName("amendment_add")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        close = QPushButton(self.tr("&Close"), self)
        close.setObjectName("conversation_read_close")
        close.clicked.connect(self.accept)
        row.addWidget(self.add_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        """Load the conversation, its amendments and the case in the background."""
        ctx, ident = self._ctx, self._conversation_id

        def work() -> tuple[Any, CaseRecord]:
            detail = ctx.services.conversations.get(ident)
            return detail, ctx.services.cases.get_case(ctx.case_id)

        self._ctx.runner.run_in_background(work, self._on_loaded, self._show_error, owner=self)

    def _show_error(self, exc: BaseException) -> None:
        self.error_label.setText(message_for(exc))
        self.add_button.setEnabled(True)

    def _on_loaded(self, found: tuple[ConversationDetail, CaseRecord]) -> None:
        detail, record = found
        self.text.setHtml(self.html(detail, record))
        self.add_button.setEnabled(True)
        self.sig_loaded.emit()

    def html(self, detail: ConversationDetail, record: CaseRecord) -> str:
        """The read view as HTML: who and when, every question and answer, what was agreed."""
        conv = detail.conversation
        names = {p.id: record.people[p.person_id].full_name for p in record.participants
                 if p.person_id in record.people}  # fmt: skip
        who = ", ".join(names.get(i, "?") for i in conv.participant_ids) or "—"
        held_on = self.tr("Held on")
        with_whom = self.tr("With")
        parts = [
            f"<h2>{escape(kind_name(conv.kind))}</h2>",
            f"<p><b>{held_on}:</b> {format_date(conv.held_on)}<br>"
            f"<b>{with_whom}:</b> {escape(who)}</p>",
            "<h3>" + self.tr("Questions and answers") + "</h3>",
        ]
        for answer in conv.answers:
            parts.append(f"<p><b>{escape(answer.question)}</b><br>{_p(answer.value)}</p>")
        parts += self._agreements_html(conv.id, record)
        next_talk = self.tr("Next talk")
        parts.append(f"<p><b>{next_talk}:</b> {format_date(conv.next_date)}</p>")
        parts.append("<h3>" + self.tr("Amendments") + "</h3>")
        if not detail.amendments:
            parts.append("<p>" + self.tr("No amendments.") + "</p>")
        for amendment in detail.amendments:
            stamp = f"{format_datetime(amendment.written_at)} — {escape(amendment.written_by)}"
            parts.append(f"<p><i>{stamp}</i><br>{_p(amendment.text)}</p>")
        return "".join(parts)

    def _agreements_html(self, conversation_id: str, record: CaseRecord) -> list[str]:
        parts: list[str] = []
        agreements = [a for a in record.agreements if a.conversation_id == conversation_id]
        if agreements:
            parts.append("<h3>" + self.tr("Agreements") + "</h3><ul>")
            parts += [f"<li>{escape(a.who)}: {escape(a.what)} ({format_date(a.due)})</li>"
                      for a in agreements]  # fmt: skip
            parts.append("</ul>")
        for repair in (r for r in record.repair_agreements if r.conversation_id == conversation_id):
            parts.append("<h3>" + self.tr("Repair agreement") + "</h3><ul>")
            parts += [f"<li>{escape(e)}</li>" for e in repair.engagements]
            term = self.tr("Term")
            evaluation = self.tr("Evaluation meeting")
            parts.append(
                f"</ul><p>{term}: {format_date(repair.term)} · "
                f"{evaluation}: {format_date(repair.evaluation_on)}</p>"
            )
        return parts

    def _on_add_button_clicked(self) -> None:
        text = self.amendment_edit.toPlainText().strip()
        if not text:
            self.amendment_edit.setFocus()
            return
        ctx, ident = self._ctx, self._conversation_id

        def work() -> str:
            return ctx.services.conversations.add_amendment(ident, text)

        def done(_ident: str) -> None:
            self.amendment_edit.clear()
            self.error_label.clear()
            self.sig_changed.emit()
            self.refresh()

        self.add_button.setEnabled(False)
        ctx.runner.run_in_background(work, done, self._show_error, owner=self)
