"""Choosing a document to print for a case, with its options (conversation, form, language)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.services.documents.document_catalog import (
    PERSONAL_HANDOUTS,
    ConversationChoice,
    DocumentChoice,
    DocumentRequest,
    FormChoice,
)
from ehbc_desktop.ui.preview.document_list_model import DocumentListModel
from ehbc_desktop.vocabulary import label


class DocumentPickerDialog(QDialog):
    """Lists the documents (those that can not be made are greyed out) and their options.

    The owner gets the choice with `request()` after `exec()` returns Accepted, makes the
    document through DocumentService and shows it in a PrintPreviewDialog.
    """

    def __init__(
        self,
        documents: Sequence[DocumentChoice],
        *,
        case_id: str | None = None,
        conversations: Sequence[ConversationChoice] = (),
        forms: Sequence[FormChoice] = (),
        lang: str = "nl",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print a document"))
        self._case_id = case_id
        self.model = DocumentListModel(documents, self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setMinimumWidth(self.list_view.fontMetrics().averageCharWidth() * 34)
        self.conversation_box = QComboBox(self)
        for conv in conversations:
            kind = label(conv.kind, "en" if lang == "en" else "nl")
            self.conversation_box.addItem(f"{conv.held_on.isoformat()}  {kind}", conv.id)
        self.form_box = QComboBox(self)
        for form in forms:
            self.form_box.addItem(form.title, form.id)
        self.pseudonymise_box = QCheckBox(self.tr("Pseudonymise (initials and roles instead "
                                                  "of names)"), self)
        self.images_box = QCheckBox(self.tr("Include evidence pictures"), self)
        self.custody_box = QCheckBox(
            self.tr("Include the chain of custody of the evidence (for the police or the CLB)"),
            self,
        )
        self.custody_box.setObjectName("includeCustodyBox")
        self.language_box = QComboBox(self)
        self.language_box.addItem("Nederlands", "nl")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(1 if lang == "en" else 0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.preview_button = self.buttons.addButton(
            self.tr("Preview"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.list_view.doubleClicked.connect(lambda _index: self._accept_if_ready())
        self._select_first_available()

    def _lay_out(self) -> None:
        options = QFormLayout()
        self.conversation_label = QLabel(self.tr("Conversation"), self)
        options.addRow(self.conversation_label, self.conversation_box)
        self.form_label = QLabel(self.tr("Form"), self)
        options.addRow(self.form_label, self.form_box)
        options.addRow(self.pseudonymise_box)
        options.addRow(self.images_box)
        options.addRow(self.custody_box)
        options.addRow(QLabel(self.tr("Language of the document"), self), self.language_box)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        options.addRow(self.hint)
        body = QHBoxLayout()
        body.addWidget(self.list_view, 1)
        side = QVBoxLayout()
        side.addLayout(options)
        side.addStretch(1)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)

    # -- state ----------------------------------------------------------------------------------
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

    def request(self) -> DocumentRequest | None:
        """What the user chose, or None when nothing usable is highlighted."""
        choice = self.current()
        if choice is None or choice.unavailable is not None:
            return None
        return DocumentRequest(
            document_id=choice.id,
            case_id=self._case_id if choice.needs_case or choice.id in PERSONAL_HANDOUTS else None,
            conversation_id=self.conversation_box.currentData() if choice.needs_conversation
            else None,
            form_id=self.form_box.currentData() if choice.needs_form else None,
            lang=str(self.language_box.currentData()),
            pseudonymise="pseudonymise" in choice.options and self.pseudonymise_box.isChecked(),
            include_images="include_images" in choice.options and self.images_box.isChecked(),
            include_custody="include_custody" in choice.options and self.custody_box.isChecked(),
        )

    def _select_first_available(self) -> None:
        for row in range(self.model.rowCount()):
            choice = self.model.choice(row)
            if choice.unavailable is None and (self._case_id or not choice.needs_case):
                self.select(choice.id)
                return
        self._update_options(None)

    def _on_list_current_changed(self, *_args: object) -> None:
        self._update_options(self.current())

    def _update_options(self, choice: DocumentChoice | None) -> None:
        needs_conversation = choice is not None and choice.needs_conversation
        needs_form = choice is not None and choice.needs_form
        for widget in (self.conversation_label, self.conversation_box):
            widget.setVisible(needs_conversation)
        for widget in (self.form_label, self.form_box):
            widget.setVisible(needs_form)
        has_options = choice is not None and "pseudonymise" in choice.options
        self.pseudonymise_box.setVisible(has_options)
        self.images_box.setVisible(choice is not None and "include_images" in choice.options)
        self.custody_box.setVisible(choice is not None and "include_custody" in choice.options)
        missing_case = choice is not None and choice.needs_case and not self._case_id
        self.hint.setText(self.tr("Open a case first to print this document.")
                          if missing_case else "")
        ready = (choice is not None and choice.unavailable is None and not missing_case
                 and (not needs_conversation or self.conversation_box.count() > 0)
                 and (not needs_form or self.form_box.count() > 0))
        self.preview_button.setEnabled(ready)

    def _accept_if_ready(self) -> None:
        if self.preview_button.isEnabled():
            self.accept()
