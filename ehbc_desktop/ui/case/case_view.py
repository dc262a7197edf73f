"""The case screen's widgets: header, people involved, timeline, new note; no behaviour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.ui.pupilwish.notice import ParentWishNotice


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    return table


class CaseView(QWidget):
    """Header on top; people on the left, timeline and note field on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(self.tr("< &Back to the list"))
        self.back_button.setObjectName("linkButton")
        self.back_button.setFlat(True)
        self.reference_label = QLabel()
        self.reference_label.setObjectName("caseReference")
        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.title_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusChip")
        self.classification_label = QLabel()
        self.classification_label.setObjectName("classificationChip")
        self.opened_label = QLabel()
        self.opened_label.setObjectName("hintLabel")
        self.edit_button = QPushButton(self.tr("&Edit title..."))
        self._build_case_actions()
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        header = self._build_header()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("caseSplitter")
        self.splitter.addWidget(self._build_people())
        self.splitter.addWidget(self._build_timeline())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([460, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(header)
        layout.addWidget(self.message_label)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.setAccessibleName(self.tr("Parts of the case"))
        self.tabs.addTab(self.splitter, self.tr("&Overview"))
        layout.addWidget(self.tabs, 1)
        self._set_tab_order()

    def _build_case_actions(self) -> None:
        """The header's buttons for the pupil's rights: confidentiality, access log, deletion."""
        self.delete_case_button = QPushButton(self.tr("Delete case..."))
        self.delete_case_button.setObjectName("case_delete_button")
        self.delete_case_button.setToolTip(self.tr("Administrators: delete a case opened by "
                                                   "mistake"))  # fmt: skip
        self.delete_case_button.hide()
        self.confidential_button = QPushButton(self.tr("Con&fidential..."))
        self.confidential_button.setObjectName("case_confidential_button")
        self.confidential_button.setToolTip(self.tr("Seal this case for the colleagues who need "
                                                    "it, or see who may open it"))  # fmt: skip
        self.confidential_label = QLabel()
        self.confidential_label.setObjectName("case_confidential_label")
        self.confidential_label.setWordWrap(True)
        self.confidential_label.setStyleSheet("color: #6a1b9a; font-weight: bold;")
        self.confidential_label.hide()
        self.access_log_button = QPushButton(self.tr("Access &log..."))
        self.access_log_button.setObjectName("case_access_log_button")
        self.access_log_button.setToolTip(self.tr("Who viewed, changed, exported or printed "
                                                  "this case"))  # fmt: skip

    def _build_header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("caseHeader")
        chips = QHBoxLayout()
        chips.addWidget(self.reference_label)
        chips.addWidget(self.status_label)
        chips.addWidget(self.classification_label)
        chips.addWidget(self.opened_label)
        chips.addStretch(1)
        # The buttons share the row of the title, which wraps: the header fits 1366 pixels.
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        for button in (self.confidential_button, self.access_log_button,
                       self.delete_case_button, self.edit_button):  # fmt: skip
            title_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        header_layout = QVBoxLayout(header)
        header_layout.addLayout(chips)
        header_layout.addLayout(title_row)
        header_layout.addWidget(self.confidential_label)
        return header

    def _build_people(self) -> QWidget:
        people_title = QLabel(self.tr("People involved"))
        people_title.setObjectName("sectionTitle")
        self.people_table = _table(self.tr("People involved"))
        people_header = self.people_table.horizontalHeader()
        people_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        people_header.setStretchLastSection(False)
        # Short labels under the "People involved" heading; the full action in name and tip.
        self.add_person_button = QPushButton(self.tr("&Add..."))
        self.edit_person_button = QPushButton(self.tr("C&hange..."))
        self.remove_person_button = QPushButton(self.tr("Re&move"))
        for button, name in (
            (self.add_person_button, self.tr("Add a person to this case")),
            (self.edit_person_button, self.tr("Change the chosen person")),
            (self.remove_person_button, self.tr("Remove the chosen person from this case")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.wish_button = QPushButton(self.tr("Pupil's &wish..."))
        self.wish_button.setObjectName("case_wish_button")
        wish_name = self.tr("Record what a pupil wants about involving the parents")
        self.wish_button.setAccessibleName(wish_name)
        self.wish_button.setToolTip(wish_name)
        self.wish_notice = ParentWishNotice()
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self.add_person_button)
        people_buttons.addWidget(self.edit_person_button)
        people_buttons.addWidget(self.remove_person_button)
        people_buttons.addStretch(1)
        people_buttons.addWidget(self.wish_button)
        people_box = QWidget()
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(people_title)
        people_layout.addWidget(self.people_table, 1)
        people_layout.addLayout(people_buttons)
        people_layout.addWidget(self.wish_notice)
        return people_box

    def _build_timeline(self) -> QWidget:
        timeline_title = QLabel(self.tr("What happened so far"))
        timeline_title.setObjectName("sectionTitle")
        self.timeline_table = _table(self.tr("Timeline"))
        timeline_header = self.timeline_table.horizontalHeader()
        timeline_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        timeline_header.setStretchLastSection(True)
        self.timeline_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(
            self.tr(
                "Write a note for this case: what you saw, heard or agreed... (Ctrl+Enter saves)"
            )
        )
        self.note_edit.setAccessibleName(self.tr("New note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(110)
        self.add_note_button = QPushButton(self.tr("Add &note"))
        self.add_note_button.setObjectName("primaryButton")
        note_row = QVBoxLayout()
        note_row.addWidget(self.note_edit)
        note_row.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignRight)
        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        timeline_layout.addWidget(timeline_title)
        timeline_layout.addWidget(self.timeline_table, 1)
        timeline_layout.addLayout(note_row)
        return timeline_box

    def _set_tab_order(self) -> None:
        for first, second in (
            (self.back_button, self.edit_button),
            (self.edit_button, self.people_table),
            (self.people_table, self.add_person_button),
            (self.add_person_button, self.edit_person_button),
            (self.edit_person_button, self.remove_person_button),
            (self.remove_person_button, self.wish_button),
            (self.wish_button, self.timeline_table),
            (self.timeline_table, self.note_edit),
            (self.note_edit, self.add_note_button),
        ):
            self.setTabOrder(first, second)
