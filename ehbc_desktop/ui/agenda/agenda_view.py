"""The agenda page's widgets: the day / week / list switch, the dated table, the export button."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

MODE_DAY, MODE_WEEK, MODE_LIST = range(3)


MEASURED_ROWS = 40


def make_table(name: str, multi: bool = False) -> QTableView:
    """A read-only row table for a list of dated items."""
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    table.setSelectionMode(mode.ExtendedSelection if multi else mode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Columns sized from the first rows only: measuring hundreds of rows stalls the window.
    table.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


class AgendaView(QWidget):
    """Title, view switch, range navigation, the agenda table and the .ics export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Agenda"))
        title.setObjectName("screenTitle")
        intro = QLabel(
            self.tr(
                "Planned follow-ups, agreement deadlines and observation reminders of every "
                "open case. Overdue items come first."
            )
        )
        intro.setObjectName("hintLabel")
        intro.setWordWrap(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        self.day_button = QPushButton(self.tr("Day"))
        self.week_button = QPushButton(self.tr("Week"))
        self.list_button = QPushButton(self.tr("Next 8 weeks"))
        for mode, button in enumerate((self.day_button, self.week_button, self.list_button)):
            button.setCheckable(True)
            button.setObjectName("segmentButton")
            self.mode_group.addButton(button, mode)
            switch.addWidget(button)
        self.week_button.setChecked(True)
        # The checked view must show: the app style gives buttons no "checked" look.
        self.setStyleSheet(
            "QPushButton#segmentButton:checked { background: #1f6f8b; color: #ffffff; "
            "border-color: #1f6f8b; }"
        )
        self.previous_button = QPushButton(self.tr("< Earlier"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton(self.tr("Later >"))
        self.range_label = QLabel()
        self.range_label.setObjectName("sectionTitle")
        self.table = make_table(self.tr("Agenda"), multi=True)
        self.empty_label = QLabel(self.tr("Nothing is planned in this period."))
        self.empty_label.setObjectName("hintLabel")
        self.empty_label.hide()
        self.export_button = QPushButton(self.tr("Export to calendar (.ics)..."))
        self.export_button.setToolTip(
            self.tr("Export the selected lines (or every line shown) as a calendar file.")
        )
        help_label = QLabel(
            self.tr("Double-click a line or press Enter to open the case. Select several "
                    "lines with Ctrl or Shift to export only those.")
        )  # fmt: skip
        help_label.setObjectName("hintLabel")
        help_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.info_label = QLabel()
        self.info_label.setObjectName("hintLabel")
        self.info_label.hide()

        self._arrange(title, intro, switch, help_label)

    def _arrange(
        self, title: QLabel, intro: QLabel, switch: QHBoxLayout, help_label: QLabel
    ) -> None:
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.export_button)
        nav = QHBoxLayout()
        nav.addLayout(switch)
        nav.addSpacing(24)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)
        nav.addSpacing(12)
        nav.addWidget(self.range_label)
        nav.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addWidget(self.message_label)
        layout.addLayout(nav)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.info_label)
        layout.addWidget(help_label)
