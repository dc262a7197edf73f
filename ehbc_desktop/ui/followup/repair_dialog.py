"""Draft a repair agreement outside the restorative conversation; every part is required."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.entities import SupportFigure
from ehbc_desktop.domain.rules.agreements import AgreementPart
from ehbc_desktop.services.errors import AgreementIncompleteError
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.followup.date_fields import OptionalDateEdit, field_error
from ehbc_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from ehbc_desktop.services.followup.agreements import AgreementService

FIGURE_ROWS = 3
BULLIES = "bullies"  # the one required part the service does not check itself

_SERVICE_PARTS = (
    AgreementPart.ENGAGEMENTS,
    AgreementPart.SUPPORT_FIGURES,
    AgreementPart.TERM,
    AgreementPart.EVALUATION_DATE,
)


class RepairAgreementDialog(QDialog):
    """Bullies, engagements, support figures (name and role), term and evaluation date."""

    sig_drafted = Signal(str)
    """A repair agreement was stored (its id)."""

    def __init__(
        self,
        agreements: AgreementService,
        runner: BackgroundRunner,
        case_id: str,
        bullies: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("repairAgreementDialog")
        self.setWindowTitle(self.tr("Draft a repair agreement"))
        self._agreements = agreements
        self._runner = runner
        self._case_id = case_id
        intro = QLabel(self.tr("What the pupil who bullied promises to do to make things right, "
                               "who helps them, and when it is looked at again. Every part is "
                               "needed before the agreement can be printed and signed."))
        intro.setWordWrap(True)
        intro.setObjectName("hintLabel")
        self.bully_list = self._bully_list(bullies)
        self.engagements_edit = QPlainTextEdit()
        self.engagements_edit.setPlaceholderText(self.tr("One engagement per line"))
        self.engagements_edit.setMaximumHeight(90)
        self.figures_table = QTableWidget(FIGURE_ROWS, 2)
        self.figures_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.figures_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.figures_table.verticalHeader().hide()
        self.figures_table.setMaximumHeight(120)
        self.figures_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.add_row_button = QPushButton(self.tr("Add a row"))
        self.term_edit = OptionalDateEdit(self.tr("(choose a date)"), self.tr("Term"))
        self.evaluation_edit = OptionalDateEdit(self.tr("(choose a date)"),
                                                self.tr("Evaluation meeting"))  # fmt: skip
        self.errors = {part: field_error() for part in (BULLIES, *_SERVICE_PARTS)}
        form = QFormLayout()
        form.addRow(self.tr("Pupil(s) who bullied"), self.bully_list)
        form.addRow("", self.errors[BULLIES])
        form.addRow(self.tr("Engagements"), self.engagements_edit)
        form.addRow("", self.errors[AgreementPart.ENGAGEMENTS])
        form.addRow(self.tr("Support figures"), self.figures_table)
        form.addRow("", self.add_row_button)
        form.addRow("", self.errors[AgreementPart.SUPPORT_FIGURES])
        form.addRow(self.tr("Realised by (term)"), self.term_edit)
        form.addRow("", self.errors[AgreementPart.TERM])
        form.addRow(self.tr("Evaluation meeting on"), self.evaluation_edit)
        form.addRow("", self.errors[AgreementPart.EVALUATION_DATE])
        self.message_label = field_error()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 620, 640)
        self.add_row_button.clicked.connect(self._on_add_row_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _bully_list(self, bullies: Sequence[tuple[str, str]]) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(self.tr("Pupils who bullied"))
        widget.setMaximumHeight(80)
        only = len(bullies) == 1  # a single bully is ticked already
        for participant_id, name in bullies:
            item = QListWidgetItem(name, widget)
            item.setData(Qt.ItemDataRole.UserRole, participant_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if only else Qt.CheckState.Unchecked)
        return widget

    def _on_add_row_button_clicked(self) -> None:
        self.figures_table.insertRow(self.figures_table.rowCount())

    def bully_ids(self) -> list[str]:
        """The participant ids ticked."""
        items = (self.bully_list.item(i) for i in range(self.bully_list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def engagements(self) -> list[str]:
        """The engagements, one per non-blank line."""
        lines = self.engagements_edit.toPlainText().splitlines()
        return [line.strip() for line in lines if line.strip()]

    def support_figures(self) -> list[SupportFigure]:
        """The rows with a name."""
        figures = []
        for row in range(self.figures_table.rowCount()):
            name, role = (self._cell(row, column) for column in (0, 1))
            if name:
                figures.append(SupportFigure(name, role))
        return figures

    def _cell(self, row: int, column: int) -> str:
        item: QTableWidgetItem | None = self.figures_table.item(row, column)
        return item.text().strip() if item is not None else ""

    def missing(self) -> list[str]:
        """The parts still missing (checked here first, so every error shows at once)."""
        missing: list[str] = []
        if not self.bully_ids():
            missing.append(BULLIES)
        if not self.engagements():
            missing.append(AgreementPart.ENGAGEMENTS)
        if not self.support_figures():
            missing.append(AgreementPart.SUPPORT_FIGURES)
        if self.term_edit.value() is None:
            missing.append(AgreementPart.TERM)
        if self.evaluation_edit.value() is None:
            missing.append(AgreementPart.EVALUATION_DATE)
        return missing

    def _show_missing(self, missing: Sequence[str]) -> None:
        texts = {
            BULLIES: self.tr("Tick at least one pupil."),
            AgreementPart.ENGAGEMENTS: self.tr("Write at least one engagement."),
            AgreementPart.SUPPORT_FIGURES: self.tr(
                "Name at least one support figure (a name, and the role if you can)."),
            AgreementPart.TERM: self.tr("Choose the day by which the engagements are realised."),
            AgreementPart.EVALUATION_DATE: self.tr("Choose the day of the evaluation meeting."),
        }  # fmt: skip
        for part, label in self.errors.items():
            label.setText(texts[part])
            label.setVisible(part in missing)

    def _on_buttons_accepted(self) -> None:
        missing = self.missing()
        self._show_missing(missing)
        if missing:
            return
        service, case_id = self._agreements, self._case_id
        bullies, lines, figures = self.bully_ids(), self.engagements(), self.support_figures()
        term, evaluation = self.term_edit.value(), self.evaluation_edit.value()
        self.buttons.setEnabled(False)
        self._runner.run_in_background(
            lambda: service.draft_repair_agreement(
                case_id, bullies, lines, support_figures=figures, term=term,
                evaluation_on=evaluation,
            ),
            self._on_drafted, self._on_failed, owner=self,
        )  # fmt: skip

    def _on_drafted(self, ident: Any) -> None:
        self.sig_drafted.emit(str(ident))
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, AgreementIncompleteError):
            self._show_missing([str(part) for part in exc.missing])
            return
        self.message_label.setText(message_for(exc))
        self.message_label.show()

