"""The case list's widgets: search field, filters, the table; no behaviour."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import CaseStatus, Classification
from ehbc_desktop.ui.labels import classification_label, status_label

UNCLASSIFIED = "unclassified"


class CaseListView(QWidget):
    """Search row on top, the case table below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Cases"))
        title.setObjectName("screenTitle")
        self.new_button = QPushButton(self.tr("&New case"))
        self.new_button.setObjectName("primaryButton")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, reference or any word in the case...")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search cases"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Filter on status"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in (CaseStatus.OPEN, CaseStatus.OBSERVATION, CaseStatus.CLOSED):
            self.status_combo.addItem(status_label(status), status.value)
        self.classification_combo = QComboBox()
        self.classification_combo.setAccessibleName(self.tr("Filter on classification"))
        self.classification_combo.addItem(self.tr("All classifications"), None)
        for classification in Classification:
            self.classification_combo.addItem(
                classification_label(classification), classification.value
            )
        self.classification_combo.addItem(classification_label(None), UNCLASSIFIED)
        self.count_label = QLabel()
        self.count_label.setObjectName("hintLabel")
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.classification_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.classification_combo)
        self.setTabOrder(self.classification_combo, self.table)
        self.setTabOrder(self.table, self.new_button)
