"""The case screen's behaviour: load one case in the background, edit people, add notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QVBoxLayout, QWidget

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.ui.backend import CaseServices
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.case.case_dialog import CaseDialog
from ehbc_desktop.ui.case.case_models import (
    ID_ROLE,
    ParticipantTableModel,
    TimelineTableModel,
    participant_rows,
)
from ehbc_desktop.ui.case.case_view import CaseView
from ehbc_desktop.ui.case.participant_dialog import ParticipantDialog
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.labels import classification_label, format_date, status_label
from ehbc_desktop.ui.ops import ChangeKind, Changes, Op
from ehbc_desktop.ui.settings import AppSettings


class CaseWidget(QWidget):
    """Shows one case: header, people involved, timeline; every change goes to CaseService."""

    sig_loaded = Signal()
    """The case is on screen (after opening or after a change)."""

    sig_back_requested = Signal()
    """The teacher wants to go back to the case list."""

    def __init__(
        self,
        case_id: str,
        services: CaseServices,
        runner: BackgroundRunner,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self._services = services
        self._runner = runner
        self._settings = settings
        self._record: CaseRecord | None = None
        self.view = CaseView()
        self.people_model = ParticipantTableModel(self)
        self.timeline_model = TimelineTableModel(self)
        self.view.people_table.setModel(self.people_model)
        # Names and roles get the room; class and birth date only what they need.
        header = self.view.people_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.timeline_table.setModel(self.timeline_model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.back_button.clicked.connect(self.sig_back_requested)
        self.view.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.view.add_person_button.clicked.connect(self._on_add_person_button_clicked)
        self.view.edit_person_button.clicked.connect(self._on_edit_person_button_clicked)
        self.view.people_table.activated.connect(self._on_edit_person_button_clicked)
        self.view.remove_person_button.clicked.connect(self._on_remove_person_button_clicked)
        self.view.timeline_table.activated.connect(self._on_timeline_table_activated)
        self.view.add_note_button.clicked.connect(self._on_add_note_button_clicked)
        # Ctrl+Enter in the note field saves the note without reaching for the mouse.
        save_note = QShortcut(QKeySequence("Ctrl+Return"), self.view.note_edit)
        save_note.setContext(Qt.ShortcutContext.WidgetShortcut)
        save_note.activated.connect(self._on_add_note_button_clicked)
        self.setFocusProxy(self.view.note_edit)
        self.extra_tabs: list[QWidget] = []
        self._add_feature_tabs()
        runner.sig_changes_published.connect(self._on_runner_changes_published)

    def _add_feature_tabs(self) -> None:
        from ehbc_desktop.ui.case.case_tabs import CaseTabContext, case_tab_factories

        context = CaseTabContext(self.case_id, self._services, self._runner, self._settings)
        for factory in case_tab_factories():
            widget, title = factory(context)
            self.view.tabs.addTab(widget, title)
            self.extra_tabs.append(widget)

    def _on_runner_changes_published(self, changes: Changes, _initiator: object) -> None:
        # Every kind of record shows in the timeline: any change of this case reloads it.
        if changes.touches(self.case_id):
            self.refresh()

    def refresh(self) -> None:
        """Load the case and its timeline in the background (opening the case is audited).

        The tabs load themselves and follow the published changes of their own kinds.
        """
        cases = self._services.cases
        case_id = self.case_id
        Op(self, lambda: (cases.get_case(case_id), cases.timeline(case_id))).success(
            self._on_case_loaded
        ).failure(self._show_error).run(self._runner)

    def _on_case_loaded(self, result: Any) -> None:
        record, timeline = result
        self._record = record
        case = record.case
        self.view.reference_label.setText(case.reference)
        self.view.title_label.setText(case.title)
        self.view.status_label.setText(status_label(case.status))
        classification = record.triages[-1].classification if record.triages else None
        self.view.classification_label.setText(classification_label(classification))
        self.view.opened_label.setText(
            self.tr("opened on %1").replace("%1", format_date(case.opened_on))
        )
        self.people_model.set_rows(participant_rows(record))
        self.timeline_model.set_rows(sorted(timeline, key=lambda e: e.at, reverse=True))
        self.view.message_label.hide()
        self.sig_loaded.emit()

    def _show_error(self, exc: BaseException) -> None:
        self.view.message_label.setText(message_for(exc))
        self.view.message_label.show()

    def _change(self, work: Callable[[], Any]) -> None:
        """Run one change of the case in the background; its publication reloads the screens."""
        Op(self, work).changes(Changes.of(self.case_id, ChangeKind.CASE)).failure(
            self._show_error
        ).run(self._runner)

    def _on_edit_button_clicked(self) -> None:
        if self._record is None:
            return
        dialog = CaseDialog(
            self._settings, self._services.people, self._runner,
            title=self._record.case.title, editing=True, parent=self,
        )  # fmt: skip
        dialog.setObjectName("caseDialog")
        cases, case_id = self._services.cases, self.case_id

        def on_accepted() -> None:
            title = dialog.title()
            self._change(lambda: cases.update_case(case_id, title=title))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_add_person_button_clicked(self) -> None:
        dialog = ParticipantDialog(self._settings, self._services.people, self._runner, parent=self)
        dialog.setObjectName("participantDialog")
        cases, case_id = self._services.cases, self.case_id

        def on_accepted() -> None:
            person = dialog.participant()
            self._change(lambda: cases.add_participant(case_id, person))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_edit_person_button_clicked(self) -> None:
        index = self.view.people_table.currentIndex()
        if not index.isValid():
            return
        from ehbc_desktop.services.case.cases import ParticipantInput

        row = self.people_model.row_at(index.row())
        person, participant = row.person, row.participant
        initial = ParticipantInput(
            first_name=person.first_name, last_name=person.last_name,
            class_name=person.class_name, role=participant.role, birth_date=person.birth_date,
            person_id=person.id, related_to=participant.related_to, note=participant.note,
        )  # fmt: skip
        dialog = ParticipantDialog(
            self._settings, self._services.people, self._runner, initial=initial, parent=self
        )
        dialog.setObjectName("participantDialog")
        cases = self._services.cases

        def on_accepted() -> None:
            person = dialog.participant(initial)
            self._change(lambda: cases.update_participant(participant.id, person))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_remove_person_button_clicked(self) -> None:
        index = self.view.people_table.currentIndex()
        if not index.isValid():
            return
        row = self.people_model.row_at(index.row())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove person"),
            self.tr("Remove %1 from this case? Earlier notes stay as they are.").replace(
                "%1", row.person.full_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("removePersonBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        cases, participant_id = self._services.cases, row.participant.id

        def on_finished(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._change(lambda: cases.remove_participant(participant_id))

        box.finished.connect(on_finished)
        box.finished.connect(box.deleteLater)
        box.open()

    def _on_add_note_button_clicked(self) -> None:
        text = self.view.note_edit.toPlainText().strip()
        if not text:
            self.view.note_edit.setFocus()
            return
        self.view.note_edit.clear()
        cases, case_id = self._services.cases, self.case_id
        self._change(lambda: cases.add_note(case_id, text))

    def _on_timeline_table_activated(self, index: QModelIndex) -> None:
        """Enter or double-click on a conversation of the timeline opens its read view."""
        from ehbc_desktop.ui.case.case_tabs import CaseTabContext
        from ehbc_desktop.ui.conversations.tab import open_read_view

        ref = str(index.data(ID_ROLE) or "")
        if self._record is None or not any(c.id == ref for c in self._record.conversations):
            return
        context = CaseTabContext(self.case_id, self._services, self._runner, self._settings)
        open_read_view(context, ref, self)
