"""The case tab "Conversations": the case's conversations, unfinished ones, and a new one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import CaseStatus, ConversationKind
from ehbc_desktop.formspec import FormSet, FormSpec
from ehbc_desktop.services.rights.pupil_wish import PupilWishStatus, pupil_statuses
from ehbc_desktop.ui.conversations.dialog import ConversationDialog
from ehbc_desktop.ui.conversations.kinds import (
    KINDS,
    is_conversation_form,
    kind_explanation,
    kind_name,
)
from ehbc_desktop.ui.conversations.read_dialog import ConversationReadDialog
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.labels import format_date
from ehbc_desktop.ui.ops import ChangeKind, Changes
from ehbc_desktop.ui.pupilwish.notice import ParentWishNotice
from ehbc_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ehbc_desktop.ui.case.case_tabs import CaseTabContext

#: Item data: ("draft", form id) or ("conversation", conversation id).
_ITEM_ROLE = Qt.ItemDataRole.UserRole


def form_language(language: str) -> str:
    """The forms' language code for the interface language ("nl_BE" -> "nl")."""
    return "nl" if language.startswith("nl") else "en"


class KindChooser(QDialog):
    """Pick the kind of conversation to start; each kind explains itself in one line."""

    def __init__(
        self, parent: QWidget | None = None, wishes: Sequence[PupilWishStatus] = ()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversation_kind_chooser")
        self.setWindowTitle(self.tr("New conversation"))
        fit_to_screen(self, 640, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What kind of conversation do you want to record?")))
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("conversation_kinds")
        self.kinds.setWordWrap(True)
        self.kinds.setSpacing(3)
        for info in KINDS:
            item = QListWidgetItem(f"{kind_name(info.kind)}\n    {kind_explanation(info.kind)}")
            item.setData(_ITEM_ROLE, info.form_id)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        layout.addWidget(self.kinds, 1)
        buttons = QDialogButtonBox(self)
        start = buttons.addButton(self.tr("&Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setObjectName("conversation_kind_start")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.kinds.itemActivated.connect(self.accept)
        # Beside every parents' conversation: what the pupils want about their parents.
        self.wish_notice = ParentWishNotice(parent=self)
        self.wish_notice.set_statuses(wishes)
        self._has_wishes = any(w.latest is not None for w in wishes)
        self.kinds.currentRowChanged.connect(lambda _row: self._show_wishes())
        self._show_wishes()
        layout.addWidget(self.wish_notice)
        layout.addWidget(buttons)

    def _show_wishes(self) -> None:
        parents = self.chosen().startswith("parents_")
        self.wish_notice.setVisible(parents and self._has_wishes)

    def chosen(self) -> str:
        """The form id of the chosen kind."""
        item = self.kinds.currentItem()
        return str(item.data(_ITEM_ROLE)) if item else ConversationKind.VICTIM.value


class ConversationsTab(QWidget):
    """Lists the case's conversations and opens them: finished ones read-only, drafts to go on."""

    sig_loaded = Signal()
    """The list is on screen."""

    def __init__(self, ctx: CaseTabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversations_tab")
        self._ctx = ctx
        self.record: CaseRecord | None = None
        self.drafts: list[tuple[str, datetime]] = []
        self.dialog: ConversationDialog | None = None
        ctx.runner.sig_changes_published.connect(self._on_runner_changes_published)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        intro = QLabel(self.tr("Every conversation ends with agreements and a next date. "
                               "Finished conversations can only be amended."), self)  # fmt: skip
        intro.setWordWrap(True)
        top.addWidget(intro, 1)
        self.new_button = QPushButton(self.tr("&New conversation…"), self)
        self.new_button.setObjectName("conversations_new")
        self.new_button.clicked.connect(self._on_new_button_clicked)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.continue_row = QWidget(self)
        row = QHBoxLayout(self.continue_row)
        row.setContentsMargins(8, 6, 8, 6)
        self.continue_row.setObjectName("conversations_continue_row")
        self.continue_row.setStyleSheet(
            "#conversations_continue_row { background: #fff4d6; border-radius: 6px; }"
        )
        self.continue_label = QLabel(self.continue_row)
        self.continue_label.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("&Continue the conversation"), self)
        self.continue_button.setObjectName("conversations_continue")
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        row.addWidget(self.continue_label, 1)
        row.addWidget(self.continue_button)
        layout.addWidget(self.continue_row)
        self.continue_row.hide()
        self.list = QTreeWidget(self)
        self.list.setObjectName("conversations_list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Conversation"), self.tr("With"),
                                   self.tr("Status")])  # fmt: skip
        self.list.setAccessibleName(self.tr("Conversations of this case"))
        self.list.itemActivated.connect(self._on_list_item_activated)
        layout.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        self.message = QLabel(self)
        self.message.setObjectName("conversations_message")
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("conversations_open")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)

    # ----------------------------------------------------------------- loading

    def refresh(self) -> None:
        """Load the case and its unfinished conversation forms in the background."""
        ctx = self._ctx

        def work() -> tuple[CaseRecord, list[tuple[str, datetime]]]:
            drafts = ctx.services.drafts.list_drafts(ctx.case_id)
            return ctx.services.cases.get_case(ctx.case_id), drafts

        ctx.runner.run_in_background(work, self._on_loaded, self._show_error, owner=self)

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(message_for(exc))

    def _on_loaded(self, found: tuple[CaseRecord, list[tuple[str, datetime]]]) -> None:
        record, drafts = found
        self.record = record
        self.drafts = [(form, at) for form, at in drafts if is_conversation_form(form)]
        names = {p.id: record.people[p.person_id].full_name for p in record.participants
                 if p.person_id in record.people}  # fmt: skip
        self.list.clear()
        for form_id, at in self.drafts:
            item = QTreeWidgetItem([format_date(at.date()), kind_name(form_id), "",
                                    self.tr("not finished — continue")])  # fmt: skip
            item.setData(0, _ITEM_ROLE, ("draft", form_id))
            item.setForeground(3, Qt.GlobalColor.darkRed)
            self.list.addTopLevelItem(item)
        for conv in sorted(record.conversations, key=lambda c: c.held_on, reverse=True):
            who = ", ".join(names.get(i, "?") for i in conv.participant_ids)
            status = self.tr("finished") if conv.finished else self.tr("not finished")
            item = QTreeWidgetItem([format_date(conv.held_on), kind_name(conv.kind), who, status])
            item.setData(0, _ITEM_ROLE, ("conversation", conv.id))
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        self._show_continue()
        closed = record.case.status is CaseStatus.CLOSED
        self.new_button.setEnabled(not closed)
        self.new_button.setToolTip(
            self.tr("The case is closed: reopen it first.") if closed else ""
        )
        if not record.conversations and not self.drafts:
            self.message.setText(self.tr("No conversations yet: start with the victim."))
        else:
            self.message.clear()
        self.sig_loaded.emit()

    def _show_continue(self) -> None:
        if not self.drafts:
            self.continue_row.hide()
            return
        form_id, at = self.drafts[0]
        self.continue_label.setText(
            self.tr("An unfinished conversation is waiting: %1, last typed on %2.")
            .replace("%1", kind_name(form_id)).replace("%2", format_date(at.date()))
        )  # fmt: skip
        self.continue_row.show()

    # ----------------------------------------------------------------- opening

    def start_conversation(self, form_id: str) -> None:
        """Open the wizard for this form: with its saved draft when there is one."""
        ctx = self._ctx

        def work() -> tuple[CaseRecord, Any, FormSet]:
            draft = ctx.services.drafts.load(ctx.case_id, form_id)
            forms = ctx.services.forms()  # the school's own forms where valid
            return ctx.services.cases.get_case(ctx.case_id), draft, forms

        def done(found: tuple[CaseRecord, Any, FormSet]) -> None:
            record, draft, forms = found
            self._open_dialog(forms.get(form_id), record, draft.values if draft else {})

        ctx.runner.run_in_background(work, done, self._show_error, owner=self)

    def _open_dialog(self, spec: FormSpec, record: CaseRecord, values: dict[str, Any]) -> None:
        dialog = ConversationDialog(
            self._ctx, spec, record, values,
            lang=form_language(self._ctx.settings.language), today=date.today(), parent=self,
        )  # fmt: skip
        dialog.sig_saved.connect(self._publish_finished)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        # Shown at the next turn of the event loop: building it and its first layout and paint
        # in one go held the GUI thread for about 60 ms.
        QTimer.singleShot(0, dialog, dialog.open)

    def _on_dialog_finished(self) -> None:
        dialog = self.dialog
        self.dialog = None
        if dialog is not None:
            dialog.deleteLater()
        self.refresh()

    def _publish_finished(self) -> None:
        # A finished conversation leaves agreements, follow-ups and step records too.
        kinds = (ChangeKind.CONVERSATIONS, ChangeKind.FOLLOW_UP, ChangeKind.STEPS)
        self._ctx.runner.publish(Changes.of(self._ctx.case_id, *kinds), self)

    def _on_runner_changes_published(self, changes: Changes, _initiator: object) -> None:
        kinds = (ChangeKind.CASE, ChangeKind.STEPS, ChangeKind.CONVERSATIONS, ChangeKind.CLOSING)
        if changes.touches(self._ctx.case_id) and changes.any_of(*kinds):
            self.refresh()

    def open_conversation(self, conversation_id: str) -> ConversationReadDialog:
        """Show a finished conversation read-only, with its amendments."""
        return open_read_view(self._ctx, conversation_id, self)

    def _open_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        what, ident = item.data(0, _ITEM_ROLE)
        if what == "draft":
            self.start_conversation(ident)
        else:
            self.open_conversation(ident)

    # ----------------------------------------------------------------- slots

    def _on_new_button_clicked(self) -> None:
        wishes = pupil_statuses(self.record, date.today()) if self.record else []
        chooser = KindChooser(self, wishes)

        def on_accepted() -> None:
            self.start_conversation(chooser.chosen())

        chooser.accepted.connect(on_accepted)
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()

    def _on_continue_button_clicked(self) -> None:
        if self.drafts:
            self.start_conversation(self.drafts[0][0])

    def _on_list_item_activated(self, item: QTreeWidgetItem) -> None:
        self._open_item(item)

    def _on_open_button_clicked(self) -> None:
        self._open_item(self.list.currentItem())


def open_read_view(
    ctx: CaseTabContext, conversation_id: str, parent: QWidget
) -> ConversationReadDialog:
    """Open the read view of a finished conversation (also used by the case timeline).

    An amendment made there is published as a change of the case's conversations.
    """
    dialog = ConversationReadDialog(ctx, conversation_id, parent)
    dialog.sig_changed.connect(
        lambda: ctx.runner.publish(Changes.of(ctx.case_id, ChangeKind.CONVERSATIONS))
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def conversations_tab(ctx: CaseTabContext) -> tuple[QWidget, str]:
    """The case-tab factory registered in ui/case/case_tabs.py."""
    tab = ConversationsTab(ctx)
    tab.refresh()
    return tab, QCoreApplication.translate("ConversationsTab", "Conversations")
