"""The dashboard's widgets: two counters and three clickable lists; no behaviour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

MEASURED_ROWS = 40


def _counter(caption: str) -> tuple[QFrame, QLabel]:
    """A card with a number and its caption beside it (one line high: the lists get the room)."""
    card = QFrame()
    card.setObjectName("counterCard")
    number = QLabel("–")
    number.setObjectName("counterNumber")
    text = QLabel(caption)
    text.setObjectName("counterCaption")
    text.setWordWrap(True)
    layout = QHBoxLayout(card)
    layout.addWidget(number)
    layout.addWidget(text, 1)
    return card, number


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Size columns from the first rows only: measuring thousands of rows costs seconds.
    table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def _notice() -> QLabel:
    """A yellow notice above the lists (hidden until there is something to say)."""
    label = QLabel()
    label.setObjectName("formsNotice")
    label.setWordWrap(True)
    label.setStyleSheet("background: #fef7e0; border: 1px solid #f9ab00; padding: 8px;")
    label.hide()
    return label


class DashboardView(QWidget):
    """Counters of open and observed cases; follow-ups overdue and due today; cases to plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Overview"))
        title.setObjectName("screenTitle")
        self.date_label = QLabel()
        self.date_label.setObjectName("hintLabel")
        self.new_button = self._new_case_button()
        self.new_report_button, self.notice_label = self._report_button(), _notice()
        open_card, self.open_number = _counter(self.tr("open cases"))
        observation_card, self.observation_number = _counter(
            self.tr("cases in discreet observation")
        )
        self.overdue_label = QLabel(self.tr("Overdue: follow-ups and agreements"))
        self.overdue_label.setObjectName("sectionTitle")
        self.overdue_table = _table(self.tr("Overdue: follow-ups and agreements"))
        self.today_label = QLabel(self.tr("Planned for today"))
        self.today_label.setObjectName("sectionTitle")
        self.today_table = _table(self.tr("Planned for today"))
        self.unplanned_label = QLabel(self.tr("Open cases without a planned next step"))
        self.unplanned_label.setObjectName("sectionTitle")
        self.unplanned_table = _table(self.tr("Open cases without a planned next step"))
        self.help_label = QLabel(self.tr("Double-click a line or press Enter to open the case."))
        self.help_label.setObjectName("hintLabel")
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.hide()

        # The counters sit beside the heading, not under it: on a 768-pixel screen every line
        # given to the lists shows one more follow-up or case.
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.date_label)
        top.addLayout(heading)
        top.addSpacing(12)
        top.addWidget(open_card, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(observation_card, 0, Qt.AlignmentFlag.AlignTop)
        top.addStretch(1)
        top.addWidget(self.new_report_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        lists = QGridLayout()
        lists.addWidget(self.overdue_label, 0, 0)
        lists.addWidget(self.today_label, 0, 1)
        lists.addWidget(self.overdue_table, 1, 0)
        lists.addWidget(self.today_table, 1, 1)
        lists.addWidget(self.unplanned_label, 2, 0, 1, 2)
        lists.addWidget(self.unplanned_table, 3, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.notice_label)
        layout.addLayout(lists, 1)
        layout.addWidget(self.help_label)

    def _new_case_button(self) -> QPushButton:
        button = QPushButton(self.tr("&New case"))
        button.setObjectName("primaryButton")
        button.setToolTip(
            self.tr("Open a case directly, without the report form; you can record the report "
                    "later from its step plan. For a new report, use New report.")
        )  # fmt: skip
        return button

    def _report_button(self) -> QPushButton:
        button = QPushButton(self.tr("New &report"))
        button.setObjectName("newReportButton")
        button.setToolTip(self.tr("Record a report (Ctrl+R) and open its case"))
        return button
