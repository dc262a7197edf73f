"""The case screen's behaviour: load one case in the background, edit people, add notes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QVBoxLayout, QWidget

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.services.rights.pupil_wish import pupil_statuses
from ehbc_desktop.ui.backend import CaseServices
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.case.case_dialog import CaseDialog
from ehbc_desktop.ui.case.case_models import (
    ID_ROLE,
    ParticipantTableModel,
    TimelineTableModel,
    participant_rows,
)
from ehbc_desktop.ui.case.case_tabs import CaseTabContext, CaseTabFactory, case_tab_factories
from ehbc_desktop.ui.case.case_view import CaseView
from ehbc_desktop.ui.case.participant_dialog import ParticipantDialog
from ehbc_desktop.ui.confidential.sealed_case_screen import SealedCaseScreen
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
        self.wish_dialog: QWidget | None = None  # the open wish dialog, for tests and focus
        self.access_log_dialog: QWidget | None = None
        self.delete_dialog: QWidget | None = None
        self.confidential_dialog: QWidget | None = None
        self.confidential_state: Any = None
        self.preview_dialog: QWidget | None = None
        self.sealed_screen: SealedCaseScreen | None = None  # for a case the user may not open
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
        self.view.wish_button.clicked.connect(self._on_wish_button_clicked)
        self.view.access_log_button.clicked.connect(self._on_access_log_button_clicked)
        self.view.confidential_button.clicked.connect(self._on_confidential_button_clicked)
        self.view.delete_case_button.setVisible(services.session.is_admin)
        self.view.delete_case_button.clicked.connect(self._on_delete_case_button_clicked)
        self.view.timeline_table.activated.connect(self._on_timeline_table_activated)
        self.view.add_note_button.clicked.connect(self._on_add_note_button_clicked)
        # Ctrl+Enter in the note field saves the note without reaching for the mouse.
        save_note = QShortcut(QKeySequence("Ctrl+Return"), self.view.note_edit)
        save_note.setContext(Qt.ShortcutContext.WidgetShortcut)
        save_note.activated.connect(self._on_add_note_button_clicked)
        self.setFocusProxy(self.view.note_edit)
        self._extra_tabs: list[QWidget] = []
        self._tab_factories: list[CaseTabFactory] = []
        # The feature tabs are built one per turn of the event loop once the overview is on
        # screen: all five at once held the GUI thread for a few hundred milliseconds.
        self._tab_timer = QTimer(self)
        self._tab_timer.setSingleShot(True)
        self._tab_timer.setInterval(0)
        self._tab_timer.timeout.connect(self._on_tab_timer_timeout)
        # A sealed case the user may open is opened for work first (the worker is serial, so
        # before the tabs load) and sealed again when this screen is left.
        self._open_for_work(publish=False)
        self._add_feature_tabs()
        runner.sig_changes_published.connect(self._on_runner_changes_published)

    @property
    def extra_tabs(self) -> list[QWidget]:
        """The feature tabs beside the overview, in order (the ones not built yet are built now)."""
        while self._build_next_tab():
            pass
        return self._extra_tabs

    def all_tabs_built(self) -> bool:
        """Whether every feature tab is on the screen."""
        return not self._tab_factories

    def _add_feature_tabs(self) -> None:
        self._tab_factories = case_tab_factories()
        self._tab_timer.start()

    def _on_tab_timer_timeout(self) -> None:
        if self._build_next_tab():
            self._tab_timer.start()

    def _build_next_tab(self) -> bool:
        """Build the next feature tab; False when there was none left."""
        if not self._tab_factories:
            return False
        factory = self._tab_factories.pop(0)
        context = CaseTabContext(self.case_id, self._services, self._runner, self._settings)
        widget, title = factory(context)
        self.view.tabs.addTab(widget, title)
        self._extra_tabs.append(widget)
        return True

    def _open_for_work(self, *, publish: bool, always: bool = False) -> None:
        """Open a sealed case for work; `publish`: then reload every tab (`always`: also when
        nothing was sealed, after the confidential dialog changed something)."""
        confidential, case_id = self._services.confidential, self.case_id

        def opened(result: tuple[bool, Any]) -> None:
            was_sealed, state = result
            self.confidential_state = state
            self._show_confidential(state)
            if publish and (always or (was_sealed and state.open_for_work)):
                self._runner.publish(Changes.of(case_id, *ChangeKind), self)

        def work() -> tuple[bool, Any]:
            return confidential.state(case_id).sealed, confidential.open_for_work(case_id)

        self._runner.run_in_background(work, opened, self._show_error, owner=self)

    def _reseal(self) -> None:
        """Seal a confidential case again now that its screen is left (in the background)."""
        state = self.confidential_state
        if state is None or not (state.confidential and state.can_open):
            return
        confidential, case_id, runner = self._services.confidential, self.case_id, self._runner
        self.confidential_state = replace(state, sealed=True, open_for_work=False)

        def done(_resealed: object) -> None:
            runner.publish(Changes.of(None, ChangeKind.CASES), None)

        runner.run_in_background(lambda: confidential.reseal(case_id, "closed"), done, _ignore)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to a confidential case that was sealed when it was left opens it again."""
        super().showEvent(event)
        state = self.confidential_state
        if not event.spontaneous() and state is not None and state.confidential and state.can_open:
            self._open_for_work(publish=True)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the case screen (another screen, another case, locking) reseals it."""
        super().hideEvent(event)
        if not event.spontaneous():
            self._reseal()

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
        confidential = self._services.confidential

        def load() -> tuple[Any, Any, Any]:
            state = confidential.look(case_id)
            if state.confidential and not state.can_open:
                return None, None, state  # nothing of its content is read, nor logged as seen
            return cases.get_case(case_id), cases.timeline(case_id), state

        Op(self, load).success(self._on_case_loaded).failure(self._show_error).run(self._runner)

    def _on_case_loaded(self, result: Any) -> None:
        record, timeline, state = result
        self.confidential_state = state
        self._show_confidential(state)
        if record is None:
            self.view.reference_label.setText(state.reference)
            self.sig_loaded.emit()
            return
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
        self.view.wish_notice.set_statuses(pupil_statuses(record, date.today()))
        self.timeline_model.set_rows(sorted(timeline, key=lambda e: e.at, reverse=True))
        self.view.message_label.hide()
        self.sig_loaded.emit()

    def _show_confidential(self, state: Any) -> None:
        if state.confidential and not state.can_open:
            self._show_sealed_screen(state)
            return
        label = self.view.confidential_label
        allowed = ", ".join(state.allowed)
        if not state.confidential:
            label.hide()
        elif state.open_for_work:
            label.setText(self.tr("Confidential: only these colleagues can open this case: %1. "
                                  "It is open for your work now and sealed again when you leave "
                                  "it or the vault locks.").replace("%1", allowed))  # fmt: skip
            label.show()
        elif state.can_open:
            label.setText(self.tr("Sealed: only these colleagues can open it: %1. Open the case "
                                  "again to work on it.").replace("%1", allowed))
            label.show()
        else:
            label.setText(self.tr("Confidential case — ask %1 for access.").replace("%1", allowed))
            label.show()
        for widget in (self.view.edit_button, self.view.add_person_button,
                       self.view.edit_person_button, self.view.remove_person_button,
                       self.view.wish_button, self.view.note_edit, self.view.add_note_button):
            widget.setEnabled(not state.sealed)

    def _show_sealed_screen(self, state: Any) -> None:
        """A colleague without access gets one read-only screen instead of the case's parts."""
        if self.sealed_screen is None:
            screen = self.sealed_screen = SealedCaseScreen(self)
            screen.back_button.clicked.connect(self.sig_back_requested)
            self.view.hide()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(screen)
            self.setFocusProxy(screen.back_button)
            for tab in self.extra_tabs:  # their empty states would only mislead
                self.view.tabs.removeTab(self.view.tabs.indexOf(tab))
                tab.deleteLater()
            self.extra_tabs.clear()
        self.sealed_screen.show_case(state.reference, state.status, state.opened_on,
                                     state.closed_on, state.allowed)

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

    def _on_wish_button_clicked(self) -> None:
        """Record a new entry of a pupil's wish about the parents (the chosen pupil first)."""
        from ehbc_desktop.ui.pupilwish.wish_dialog import PupilWishDialog

        if self._record is None:
            return
        statuses = pupil_statuses(self._record, date.today())
        index = self.view.people_table.currentIndex()
        chosen = self.people_model.row_at(index.row()).participant.id if index.isValid() else None
        dialog = PupilWishDialog(self._settings, statuses, date.today(), chosen, parent=self)
        service, case_id = self._services.pupil_wishes, self.case_id

        def on_accepted() -> None:
            pupil, wish = dialog.pupil_id(), dialog.wish()
            self._change(lambda: service.record(case_id, pupil, wish))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.wish_dialog = dialog

    def _on_confidential_button_clicked(self) -> None:
        """Seal the case, see who may open it, read it, grant, revoke, lift the sealing."""
        from ehbc_desktop.ui.confidential.confidential_dialog import ConfidentialDialog

        session, case_id = self._services.session, self.case_id
        colleagues = [u.name for u in session.vault.user_entries()]
        dialog: ConfidentialDialog
        dialog = ConfidentialDialog(
            self._settings, self._services.confidential, case_id, self._runner,
            colleagues=colleagues, me=session.user,
            open_pdf=lambda pdf: self._open_pdf(dialog, "case-summary", pdf), parent=self)
        # A case sealed from its own screen is opened for work again at once.
        dialog.sig_changed.connect(lambda: self._open_for_work(publish=True, always=True))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.refresh()
        self.confidential_dialog = dialog

    def _open_pdf(self, parent: QWidget, document_id: str, pdf: bytes) -> None:
        """Show a PDF made for this case in the print preview (saving it is audited)."""
        from ehbc_desktop.services.documents.document_catalog import RenderedDocument
        from ehbc_desktop.ui.documents.preview_launcher import open_preview

        reference = self._record.case.reference if self._record else ""
        rendered = RenderedDocument(document_id, parent.windowTitle(), pdf, self.case_id,
                                    reference)
        self.preview_dialog = open_preview(parent, rendered,
                                           self._services.documents, self._runner)

    def _on_delete_case_button_clicked(self) -> None:
        """Administrators delete a case opened by mistake, with a reason."""
        from ehbc_desktop.ui.retention.retention_dialog import DeleteCaseDialog

        reference = self._record.case.reference if self._record else ""
        dialog = DeleteCaseDialog(reference, self)
        service, case_id = self._services.retention, self.case_id

        def deleted(_result: Any) -> None:
            self.sig_back_requested.emit()
            self._runner.publish(Changes.of_cases([case_id], ChangeKind.CASES), self)

        def on_accepted() -> None:
            reason = dialog.reason.text()
            # A tab built from now on would load after the deletion and fail: build no more.
            self._tab_timer.stop()
            self._tab_factories.clear()
            self._runner.run_in_background(lambda: service.delete_mistake(case_id, reason),
                                           deleted, self._show_error, owner=self)

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.delete_dialog = dialog

    def _on_access_log_button_clicked(self) -> None:
        """Show who viewed, changed, exported or printed this case; print it on request."""
        from ehbc_desktop.ui.accesslog.access_log_dialog import AccessLogDialog

        dialog: AccessLogDialog
        dialog = AccessLogDialog(
            self._settings, self._services.access_log, self.case_id,
            self._runner, open_pdf=lambda pdf: self._open_pdf(dialog, "access-log", pdf),
            parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.refresh()
        self.access_log_dialog = dialog

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
        from ehbc_desktop.ui.conversations.tab import open_read_view

        ref = str(index.data(ID_ROLE) or "")
        if self._record is None or not any(c.id == ref for c in self._record.conversations):
            return
        context = CaseTabContext(self.case_id, self._services, self._runner, self._settings)
        open_read_view(context, ref, self)


def _ignore(_value: object) -> None:
    """A reseal that fails is retried when the vault locks and at the next unlock."""
