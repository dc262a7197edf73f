"""The class thermometer of a case: print the questionnaire, enter the counts, see before/after."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.thermometer import SCALE, STATEMENTS, Moment, StatementResult
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.followup.date_fields import field_error
from ehbc_desktop.ui.screen_fit import fit_to_screen
from ehbc_desktop.vocabulary import capitalised

if TYPE_CHECKING:
    from ehbc_desktop.services.documents.documents import DocumentService
    from ehbc_desktop.services.steps.thermometer import Comparison, ThermometerService
    from ehbc_desktop.ui.background import BackgroundRunner

_BEFORE = QColor("#9aa9b8")
_AFTER = QColor("#1f5f8b")


class ThermometerChart(QWidget):
    """Two bars per statement: the share of answers that signal a problem, before and after."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thermometerChart")
        self.setMinimumSize(520, 60 + 34 * len(STATEMENTS))
        self._lang = lang
        self.results: tuple[StatementResult, ...] = ()

    def set_results(self, results: tuple[StatementResult, ...]) -> None:
        """Show these results."""
        self.results = results
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bars, their percentages and the legend."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        label_width, row = self.width() * 0.45, 34.0
        bar_room = self.width() - label_width - 60
        for index, result in enumerate(self.results):
            top = 10 + index * row
            painter.setPen(QColor("#1d2733"))
            painter.drawText(QRectF(6, top, label_width - 12, row - 4),
                             int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap),
                             f"{index + 1}. {result.statement.text(self._lang)}")  # fmt: skip
            for offset, value, colour in ((4, result.before, _BEFORE), (17, result.after, _AFTER)):
                length = bar_room * (value or 0) / 100
                painter.fillRect(QRectF(label_width, top + offset, max(length, 1.5), 11), colour)
                shown = "–" if value is None else f"{value:.0f}%"
                painter.drawText(QRectF(label_width + length + 4, top + offset - 2, 50, 15),
                                 int(Qt.AlignmentFlag.AlignVCenter), shown)  # fmt: skip
        legend = 14 + len(self.results) * row
        for x, colour, name in ((label_width, _BEFORE, self.tr("Before")),
                                (label_width + 90, _AFTER, self.tr("After"))):  # fmt: skip
            painter.fillRect(QRectF(x, legend, 12, 12), colour)
            painter.drawText(QRectF(x + 16, legend - 2, 70, 16),
                             int(Qt.AlignmentFlag.AlignVCenter), name)  # fmt: skip
        painter.end()


class ThermometerDialog(QDialog):
    """Counts per class, no names: print the questionnaire, enter the answers, compare."""

    sig_recorded = Signal()
    """A measurement was stored."""

    def __init__(
        self, case_id: str, service: ThermometerService, documents: DocumentService,
        runner: BackgroundRunner, *, lang: str, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("thermometerDialog")
        self.setWindowTitle(self.tr("Class thermometer"))
        self._case_id, self._service, self._documents = case_id, service, documents
        self._runner, self._lang = runner, lang
        self.preview: QWidget | None = None
        self.comparison: Comparison | None = None
        intro = QLabel(self.tr(
            "Print the anonymous questionnaire, let the class fill it in, then count the "
            "answers per sentence and enter only the numbers. Do it once before and once after "
            "the intervention to compare."), self)  # fmt: skip
        intro.setWordWrap(True)
        self.print_questionnaire = QPushButton(self.tr("Print the &questionnaire…"), self)
        self.print_result = QPushButton(self.tr("Print the &result…"), self)
        self.class_edit = QLineEdit(self)
        self.class_edit.setObjectName("thermometerClass")
        self.taken_on = QDateEdit(QDate.currentDate(), self)
        self.taken_on.setCalendarPopup(True)
        self.moment = QComboBox(self)
        self.moment.setObjectName("thermometerMoment")
        for moment in Moment:
            self.moment.addItem(capitalised(moment), moment.value)
        self.respondents = QSpinBox(self)
        self.respondents.setObjectName("thermometerRespondents")
        self.respondents.setRange(0, 60)
        self.table = self._counts_table()
        self.save_button = QPushButton(self.tr("&Save these counts"), self)
        self.save_button.setObjectName("thermometerSave")
        self.message = field_error()
        self.summary = QLabel(self)
        self.summary.setObjectName("thermometerSummary")
        self.summary.setWordWrap(True)
        self.chart = ThermometerChart(lang, self)
        self._layout(intro)
        self.print_questionnaire.clicked.connect(self._on_print_questionnaire_clicked)
        self.print_result.clicked.connect(self._on_print_result_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        fit_to_screen(self, 1180, 720)
        self.reload()

    def _counts_table(self) -> QTableWidget:
        table = QTableWidget(len(STATEMENTS), len(SCALE), self)
        table.setObjectName("thermometerCounts")
        table.setHorizontalHeaderLabels([s[0] if self._lang == "nl" else s[1] for s in SCALE])
        for row, statement in enumerate(STATEMENTS):
            wording = statement.text(self._lang)
            short = wording if len(wording) <= 34 else wording[:32].rstrip() + "…"
            header = QTableWidgetItem(f"{row + 1}. {short}")
            header.setToolTip(wording)
            table.setVerticalHeaderItem(row, header)
        table.setAccessibleName(self.tr("Number of pupils per answer"))
        for row in range(len(STATEMENTS)):
            for column in range(len(SCALE)):
                box = QSpinBox(table)
                box.setRange(0, 60)
                box.setObjectName(f"count_{STATEMENTS[row].id}_{column}")
                table.setCellWidget(row, column, box)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setItem(0, 0, QTableWidgetItem())  # keeps the table focusable for the keyboard
        return table

    def _layout(self, intro: QLabel) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Class"), self.class_edit)
        form.addRow(self.tr("Taken on"), self.taken_on)
        form.addRow(self.tr("Moment"), self.moment)
        form.addRow(self.tr("Pupils who answered"), self.respondents)
        entry = QWidget(self)
        left = QVBoxLayout(entry)
        left.addLayout(form)
        left.addWidget(self.table, 1)
        left.addWidget(self.message)
        left.addWidget(self.save_button)
        result = QWidget(self)
        right = QVBoxLayout(result)
        right.addWidget(QLabel(self.tr("<b>Share of answers that point to a problem</b> "
                                       "(lower is better)"), result))  # fmt: skip
        right.addWidget(self.summary)
        right.addWidget(self.chart, 1)
        split = QSplitter(self)
        split.addWidget(entry)
        split.addWidget(result)
        split.setSizes([560, 620])
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_questionnaire)
        buttons.addWidget(self.print_result)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)

    # ----- data

    def set_counts(self, counts: dict[str, tuple[int, ...]]) -> None:
        """Fill the table (counts per statement id, in the order of the scale)."""
        for row, statement in enumerate(STATEMENTS):
            values = counts.get(statement.id, ())
            for column in range(len(SCALE)):
                self._box(row, column).setValue(values[column] if column < len(values) else 0)

    def counts(self) -> dict[str, tuple[int, ...]]:
        """The counts as entered."""
        return {s.id: tuple(self._box(row, c).value() for c in range(len(SCALE)))
                for row, s in enumerate(STATEMENTS)}  # fmt: skip

    def _box(self, row: int, column: int) -> QSpinBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QSpinBox)
        return widget

    def reload(self) -> None:
        """Load the comparison of the case on the worker."""
        service, case_id = self._service, self._case_id
        self._runner.run_in_background(lambda: service.comparison(case_id), self._on_loaded,
                                       self._show_error, owner=self)  # fmt: skip

    def _on_loaded(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.chart.set_results(comparison.results)
        parts = []
        for name, found in ((self.tr("Before"), comparison.before),
                            (self.tr("After"), comparison.after)):  # fmt: skip
            if found is None:
                parts.append(f"{name}: " + self.tr("not taken yet"))
            else:
                parts.append(f"{name}: {found.taken_on:%d-%m-%Y}, {found.class_name}, "
                             + self.tr("%n pupil(s)", "", found.respondents))  # fmt: skip
        self.summary.setText(" · ".join(parts))
        self.print_result.setEnabled(comparison.before is not None or comparison.after is not None)

    def _on_save_button_clicked(self) -> None:
        service, case_id = self._service, self._case_id
        day = self.taken_on.date()
        values: dict[str, Any] = {
            "class_name": self.class_edit.text(),
            "taken_on": date(day.year(), day.month(), day.day()),
            "moment": Moment(self.moment.currentData()),
            "respondents": self.respondents.value(),
            "counts": self.counts(),
        }
        self.message.hide()
        self._runner.run_in_background(lambda: service.record(case_id, **values),
                                       self._on_saved, self._show_error, owner=self)  # fmt: skip

    def _on_saved(self, _result: Any) -> None:
        self.set_counts({})
        self.sig_recorded.emit()
        self.reload()

    def _show_error(self, exc: BaseException) -> None:
        self.message.setText(message_for(exc))
        self.message.show()

    # ----- printing

    def _show_preview(self, rendered: Any) -> None:
        from ehbc_desktop.ui.documents.preview_launcher import open_preview

        self.preview = open_preview(self, rendered, self._documents, self._runner)

    def _on_print_questionnaire_clicked(self) -> None:
        documents, lang, klass = self._documents, self._lang, self.class_edit.text().strip()
        self._runner.run_in_background(
            lambda: documents.thermometer_questionnaire(lang, klass), self._show_preview,
            self._show_error, owner=self,
        )  # fmt: skip

    def _on_print_result_clicked(self) -> None:
        documents, lang, case_id = self._documents, self._lang, self._case_id
        self._runner.run_in_background(
            lambda: documents.thermometer_result(case_id, lang), self._show_preview,
            self._show_error, owner=self,
        )  # fmt: skip
