"""The figures page's widgets: period picker, the note, three counters and a grid of charts."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

KIND_YEAR, KIND_TERM, KIND_CUSTOM = range(3)


def _counter(caption: str) -> tuple[QFrame, QLabel, QLabel]:
    card = QFrame()
    card.setObjectName("counterCard")
    number = QLabel("–")
    number.setObjectName("counterNumber")
    number.setWordWrap(True)  # "14 dagen (10–14)" breaks rather than being cut off
    text = QLabel(caption)
    text.setObjectName("counterCaption")
    text.setWordWrap(True)
    before = QLabel()
    before.setObjectName("hintLabel")
    layout = QVBoxLayout(card)
    layout.addWidget(number)
    layout.addWidget(text)
    layout.addWidget(before)
    return card, number, before


class StatisticsView(QWidget):
    """Builds the widgets; `StatisticsPage` wires them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Figures"))
        title.setObjectName("screenTitle")
        picker = self._build_picker()
        self.period_label = QLabel()
        self.period_label.setObjectName("hintLabel")
        self.note_label = QLabel()
        self.note_label.setObjectName("statisticsNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(
            "QLabel#statisticsNote { background: #eef2f5; border: 1px solid #c5cbd3; "
            "border-radius: 4px; padding: 8px; }"
        )
        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.charts = QWidget()
        self.charts.setObjectName("statisticsCharts")
        self.charts_grid = QGridLayout(self.charts)
        self.charts_grid.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.addWidget(self.note_label)
        body.addLayout(self._build_counters())
        body.addWidget(self.charts)
        body.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(picker)
        under_picker = QHBoxLayout()  # the period in words; the threshold beside it
        under_picker.addWidget(self.period_label)
        under_picker.addStretch(1)
        for widget in self._build_threshold():
            under_picker.addWidget(widget)
        layout.addLayout(under_picker)
        layout.addWidget(self.threshold_who)
        layout.addWidget(self.message_label)
        layout.addWidget(self.scroll_area, 1)

    def _build_picker(self) -> QHBoxLayout:
        self.kind_combo = QComboBox()
        self.kind_combo.addItems([self.tr("School year"), self.tr("Term"),
                                  self.tr("Dates of my choice")])  # fmt: skip
        self.kind_combo.setAccessibleName(self.tr("Kind of period"))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("School year"))
        self.term_combo = QComboBox()
        self.term_combo.addItems([self.tr("Term 1 (September to December)"),
                                  self.tr("Term 2 (January to March)"),
                                  self.tr("Term 3 (April to August)")])  # fmt: skip
        self.term_combo.setAccessibleName(self.tr("Term"))
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.from_edit, self.tr("First day")),
                           (self.to_edit, self.tr("Last day"))):  # fmt: skip
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(name)
            edit.setMaximumDate(QDate(2100, 12, 31))
        self.from_label = QLabel(self.tr("from"))
        self.to_label = QLabel(self.tr("to"))
        self.pdf_button = QPushButton(self.tr("&Print or save as PDF..."))
        self.pdf_button.setToolTip(self.tr("The same figures on paper, for the school board or "
                                           "the pupils' council"))  # fmt: skip
        picker = QHBoxLayout()
        period = QLabel(self.tr("Period:"))
        period.setBuddy(self.kind_combo)
        picker.addWidget(period)
        for widget in (self.kind_combo, self.year_combo, self.term_combo, self.from_label,
                       self.from_edit, self.to_label, self.to_edit):  # fmt: skip
            picker.addWidget(widget)
        picker.addStretch(1)
        picker.addWidget(self.pdf_button)
        return picker

    def _build_threshold(self) -> tuple[QWidget, ...]:
        """'Show counts smaller than [N] as "< N"': the school's threshold, on this page."""
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setObjectName("statisticsThreshold")
        self.threshold_spin.setKeyboardTracking(False)  # typing "12" saves 12, not 1 first
        self.threshold_spin.setAccessibleName(self.tr("Smallest count shown as it is"))
        self.threshold_spin.setToolTip(self.tr(
            "Smaller counts are hidden so no pupil can be recognised. This is a school setting: "
            "it also applies to the PDF and to your colleagues."
        ))  # fmt: skip
        before = QLabel(self.tr("Show counts smaller than"))
        before.setBuddy(self.threshold_spin)
        self.threshold_after = QLabel()
        self.threshold_who = QLabel()
        self.threshold_who.setObjectName("adminOnlyLabel")
        self.threshold_who.setWordWrap(True)
        self.threshold_who.hide()
        self.show_threshold_text(self.threshold_spin.value())
        return before, self.threshold_spin, self.threshold_after

    def show_threshold_read_only(self, who: str) -> None:
        """Not an administrator: the threshold is shown, with who can change it."""
        self.threshold_spin.setToolTip(who)
        self.threshold_who.setText(who)
        self.threshold_who.show()

    def show_threshold_text(self, value: int) -> None:
        """The words after the spin box, with the number in them."""
        self.threshold_after.setText(self.tr("as '< %1'").replace("%1", str(value)))

    def _build_counters(self) -> QHBoxLayout:
        opened, self.opened_number, self.opened_before = _counter(self.tr("cases opened"))
        closed, self.closed_number, self.closed_before = _counter(self.tr("cases closed"))
        days, self.days_number, self.days_before = _counter(
            self.tr("days from report to 'stopped' (median; the middle half in brackets)")
        )
        counters = QHBoxLayout()
        for card in (opened, closed, days):
            counters.addWidget(card, 1)
        return counters

    def show_kind(self, kind: int) -> None:
        """Show the inputs that belong to the kind of period."""
        self.year_combo.setVisible(kind in (KIND_YEAR, KIND_TERM))
        self.term_combo.setVisible(kind == KIND_TERM)
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(kind == KIND_CUSTOM)
