"""The case tab "Documents": pick a document, its options and language, preview and print it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.services.documents.document_catalog import (
    ADMIN_DOCUMENTS,
    ConversationChoice,
    DocumentChoice,
    DocumentRequest,
    FormChoice,
    RenderedDocument,
)
from ehbc_desktop.services.documents.document_support import RenderStage
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.services.rights.pupil_wish import PupilWishService, PupilWishStatus
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.documents.preview_launcher import open_preview
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.ui.ops import Changes
from ehbc_desktop.ui.preview import DocumentListModel, PrintPreviewDialog
from ehbc_desktop.ui.pupilwish.notice import ParentWishNotice
from ehbc_desktop.vocabulary import label


@dataclass(frozen=True)
class _Catalogue:
    documents: list[DocumentChoice]
    conversations: list[ConversationChoice]
    forms: list[FormChoice]
    wishes: list[PupilWishStatus]


#: Documents addressed to the parents: the pupils' wishes are shown beside them (12+ rule).
PARENT_DOCUMENTS = frozenset({"parent-handout", "repair-agreement"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsTab", text)


_DESCRIPTIONS = {
    "repair-agreement": QT_TRANSLATE_NOOP(
        "DocumentsTab", "The agreements made in the restorative conversation, to be signed by "
        "everyone who took part."),
    "follow-up-plan": QT_TRANSLATE_NOOP(
        "DocumentsTab", "The chosen approach, the agreements and the planned follow-up "
        "conversations."),
    "conversation": QT_TRANSLATE_NOOP(
        "DocumentsTab", "The report of one conversation of this case: choose which one."),
    "case-summary": QT_TRANSLATE_NOOP(
        "DocumentsTab", "An overview of the whole case, for the care team or the CLB. "
        "Pseudonymise it whenever it leaves the school."),
    "pupil-handout": QT_TRANSLATE_NOOP(
        "DocumentsTab", "Tips and places to find help, for pupils. It holds no case data."),
    "parent-handout": QT_TRANSLATE_NOOP(
        "DocumentsTab", "Tips and warning signs, for parents. It holds no case data."),
    "blank-repair-agreement": QT_TRANSLATE_NOOP(
        "DocumentsTab", "An empty repair agreement to fill in by hand."),
    "blank-conversation": QT_TRANSLATE_NOOP(
        "DocumentsTab", "A conversation form on paper, with room to write the answers."),
}
_STAGES = {
    RenderStage.LOADING: QT_TRANSLATE_NOOP("DocumentsTab", "Reading the case…"),
    RenderStage.BUILDING: QT_TRANSLATE_NOOP("DocumentsTab", "Gathering the evidence pictures…"),
    RenderStage.RENDERING: QT_TRANSLATE_NOOP("DocumentsTab", "Laying out the pages…"),
    RenderStage.DONE: QT_TRANSLATE_NOOP("DocumentsTab", "Opening the preview…"),
}


def describe(document_id: str) -> str:
    """One sentence on what a document is for, shown beside the list."""
    text = _DESCRIPTIONS.get(document_id)
    return _tr(text) if text else ""


def stage_text(stage: str) -> str:
    """What the progress bar says while a document is made."""
    text = _STAGES.get(RenderStage(stage)) if stage in set(RenderStage) else None
    return _tr(text) if text else ""


class _RenderProgress(QObject):
    """Carries the render stage from the worker to the GUI thread (queued)."""

    sig_stage = Signal(str, int)

    def report(self, stage: RenderStage, percent: int) -> None:
        self.sig_stage.emit(str(stage), int(percent))


class DocumentsTab(QWidget):
    """Every document of one case; made in the background, shown from memory in the preview."""

    sig_preview_opened = Signal(object)
    """The print preview (a PrintPreviewDialog) was opened."""

    sig_loaded = Signal()
    """The documents (and the pupils' wishes about their parents) are on screen."""

    def __init__(self, service: DocumentService, case_id: str, runner: BackgroundRunner,
                 ui_lang: str = "nl", parent: QWidget | None = None, *,
                 wishes: PupilWishService | None = None) -> None:
        super().__init__(parent)
        self._service, self._case_id, self._runner = service, case_id, runner
        self._wishes = wishes
        self._wish_statuses: list[PupilWishStatus] = []
        self._ui_lang = "en" if ui_lang == "en" else "nl"
        self.preview_dialog: PrintPreviewDialog | None = None
        self.model = DocumentListModel([], self)
        self._progress = _RenderProgress(self)
        self._progress.sig_stage.connect(self._on_progress_stage)
        self._build()
        self._update_options()
        runner.sig_changes_published.connect(self._on_runner_changes_published)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Choose a document, then Preview and print. Documents are made in memory: nothing "
            "is written to disk unless you choose \"Save as PDF\" in the preview."), self)
        intro.setWordWrap(True)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Documents"))
        self.list_view.setSpacing(3)  # room between titles: easier to click and to read
        self.list_view.selectionModel().currentChanged.connect(lambda *_a: self._update_options())
        self.list_view.doubleClicked.connect(lambda _index: self.preview())
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("documentDescription")
        self.conversation_box = QComboBox(self)
        self.form_box = QComboBox(self)
        self.pseudonymise_box = QCheckBox(
            self.tr("Pseudonymise (initials and roles instead of names)"), self)
        self.pseudonymise_box.setChecked(True)
        self.images_box = QCheckBox(self.tr("Include the evidence pictures"), self)
        self.language_box = QComboBox(self)
        self.language_box.addItem("Nederlands", "nl")
        self.language_box.addItem("English", "en")
        self.preview_button = QPushButton(self.tr("Preview and print…"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("documentMessage")
        self.wish_notice = ParentWishNotice(with_override=True, parent=self)
        self.wish_notice.sig_override_given.connect(self._on_wish_notice_override_given)
        body = QHBoxLayout()
        body.addWidget(self.list_view, 2)
        body.addLayout(self._side(), 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)

    def _side(self) -> QVBoxLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.conversation_label = QLabel(self.tr("Conversation"), self)
        form.addRow(self.conversation_label, self.conversation_box)
        self.form_label = QLabel(self.tr("Form"), self)
        form.addRow(self.form_label, self.form_box)
        form.addRow(self.pseudonymise_box)
        form.addRow(self.images_box)
        form.addRow(QLabel(self.tr("Language of the document"), self), self.language_box)
        side = QVBoxLayout()
        side.addWidget(self.description)
        side.addWidget(self.wish_notice)
        side.addLayout(form)
        button_row = QHBoxLayout()
        button_row.addWidget(self.preview_button)
        button_row.addStretch(1)
        side.addLayout(button_row)
        side.addWidget(self.progress_bar)
        side.addWidget(self.message)
        side.addStretch(1)
        return side

    # -- loading --------------------------------------------------------------------------------
    def _on_runner_changes_published(self, changes: Changes, _initiator: object) -> None:
        # Any record of the case can make a document available or change what it says.
        if changes.touches(self._case_id):
            self.refresh()

    def refresh(self) -> None:
        """Load the documents, conversations and forms of the case (on the worker)."""
        service, case_id, lang = self._service, self._case_id, self._ui_lang
        wishes = self._wishes

        def load() -> _Catalogue:
            documents = [d for d in service.list_documents(lang, case_id)
                         if d.id not in ADMIN_DOCUMENTS]
            statuses = wishes.statuses(case_id, date.today()) if wishes else []
            return _Catalogue(documents, service.conversations(case_id),
                              service.blank_forms(lang), statuses)

        self._runner.run_in_background(load, self._on_loaded, self._on_failed, owner=self)

    def _on_loaded(self, catalogue: _Catalogue) -> None:
        current = self.current()
        self._wish_statuses = catalogue.wishes
        self.model = DocumentListModel(catalogue.documents, self)
        self.list_view.setModel(self.model)
        self.list_view.selectionModel().currentChanged.connect(lambda *_a: self._update_options())
        self._fill_combo(self.conversation_box, [
            (f"{c.held_on.isoformat()}  {label(c.kind, self._ui_lang)}", c.id)
            for c in catalogue.conversations])
        self._fill_combo(self.form_box, [(f.title, f.id) for f in catalogue.forms])
        wanted = current.id if current is not None else "case-summary"
        self.select(wanted if self.model.row_of(wanted) >= 0 else catalogue.documents[0].id)
        self.sig_loaded.emit()

    @staticmethod
    def _fill_combo(box: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = box.currentData()
        box.clear()
        for text, data in items:
            box.addItem(text, data)
        index = box.findData(chosen)
        if index >= 0:
            box.setCurrentIndex(index)

    # -- choosing -------------------------------------------------------------------------------
    def current(self) -> DocumentChoice | None:
        """The highlighted document, if any."""
        index = self.list_view.currentIndex()
        return self.model.choice(index.row()) if index.isValid() else None

    def select(self, document_id: str) -> None:
        """Highlight a document by id."""
        row = self.model.row_of(document_id)
        if row >= 0:
            self.list_view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._update_options()

    def request(self) -> DocumentRequest | None:
        """What the user chose, or None when nothing that can be made is highlighted."""
        choice = self.current()
        if choice is None or choice.unavailable is not None or not self._ready(choice):
            return None
        return DocumentRequest(
            document_id=choice.id,
            # A parent handout made from a case is addressed to its parents (12+ rule).
            case_id=self._case_id if choice.needs_case or choice.id in PARENT_DOCUMENTS
            else None,
            conversation_id=self.conversation_box.currentData() if choice.needs_conversation
            else None,
            form_id=self.form_box.currentData() if choice.needs_form else None,
            lang=str(self.language_box.currentData()),
            pseudonymise="pseudonymise" in choice.options and self.pseudonymise_box.isChecked(),
            include_images="include_images" in choice.options and self.images_box.isChecked(),
        )

    def _ready(self, choice: DocumentChoice) -> bool:
        return ((not choice.needs_conversation or self.conversation_box.count() > 0)
                and (not choice.needs_form or self.form_box.count() > 0))

    def _update_options(self) -> None:
        choice = self.current()
        self.description.setText(describe(choice.id) if choice else "")
        if choice is not None and choice.id in PARENT_DOCUMENTS:
            self.wish_notice.set_statuses(self._wish_statuses)
        else:
            self.wish_notice.hide()
        for widget, shown in (
            ((self.conversation_label, self.conversation_box),
             choice is not None and choice.needs_conversation),
            ((self.form_label, self.form_box), choice is not None and choice.needs_form),
            ((self.pseudonymise_box,), choice is not None and "pseudonymise" in choice.options),
            ((self.images_box,), choice is not None and "include_images" in choice.options),
        ):
            for item in widget:
                item.setVisible(shown)
        busy = self.progress_bar.isVisible()
        self.preview_button.setEnabled(not busy and self.request() is not None)

    # -- making the document --------------------------------------------------------------------
    def preview(self) -> None:
        """Make the chosen document on the worker, then open the print preview."""
        request = self.request()
        if request is None or self.progress_bar.isVisible():
            return
        self.message.clear()
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(stage_text(RenderStage.LOADING))
        self.progress_bar.show()
        self.preview_button.setEnabled(False)
        service, report = self._service, self._progress.report
        self._runner.run_in_background(lambda: service.render(request, report),
                                       self._on_rendered, self._on_failed, owner=self)

    def _on_progress_stage(self, stage: str, percent: int) -> None:
        self.progress_bar.setValue(percent)
        self.progress_bar.setFormat(stage_text(stage))

    def _on_rendered(self, rendered: RenderedDocument) -> None:
        self._stop_progress()
        self.preview_dialog = open_preview(self, rendered, self._service, self._runner)
        self.sig_preview_opened.emit(self.preview_dialog)

    def _on_wish_notice_override_given(self, pupils: list[str], reason: str) -> None:
        """Record the override for every blocked pupil, then reload (the notice turns calm)."""
        wishes, case_id = self._wishes, self._case_id
        if wishes is None:
            return

        def work() -> None:
            for pupil in pupils:
                wishes.override(case_id, pupil, reason)

        self._runner.run_in_background(work, lambda _r: self.refresh(), self._on_failed,
                                       owner=self)

    def _on_failed(self, exc: BaseException) -> None:
        self._stop_progress()
        self.message.setText(message_for(exc))

    def _stop_progress(self) -> None:
        self.progress_bar.hide()
        self._update_options()
