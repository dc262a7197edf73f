"""New report (melding): the report form, a title and the people; opens the new case after."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.enums import Role
from ehbc_desktop.ui.case.case_dialog import ParticipantInputTableModel
from ehbc_desktop.ui.case.participant_dialog import ParticipantDialog
from ehbc_desktop.ui.message_boxes import tell
from ehbc_desktop.ui.steps.plan_data import StepServices
from ehbc_desktop.ui.steps.wizard_dialog import FormDialogSetup, StepFormDialog, open_form_dialog
from ehbc_desktop.ui.wizard import FormWizard, WizardContext

if TYPE_CHECKING:
    from ehbc_desktop.services.steps.intake import IntakeResult
    from ehbc_desktop.ui.backend import CaseServices
    from ehbc_desktop.ui.background import BackgroundRunner
    from ehbc_desktop.ui.settings import AppSettings


class ReportPeoplePanel(QFrame):
    """Beside the report form: the case title and the people involved (optional, no names
    in the title)."""

    def __init__(
        self,
        services: CaseServices,
        runner: BackgroundRunner,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportPeoplePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._services, self._runner, self._settings = services, runner, settings
        title = QLabel(self.tr("Case title"))
        title.setObjectName("sectionTitle")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("reportTitleEdit")
        self.title_edit.setPlaceholderText(self.tr("without names, e.g. Fake profile 2B"))
        people = QLabel(self.tr("People involved"))
        people.setObjectName("sectionTitle")
        self.model = ParticipantInputTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_victim_button = QPushButton(self.tr("+ Bullied pupil"))
        self.add_bully_button = QPushButton(self.tr("+ Bully"))
        self.add_other_button = QPushButton(self.tr("+ Other"))
        buttons = QGridLayout()
        buttons.addWidget(self.add_victim_button, 0, 0, 1, 2)
        buttons.addWidget(self.add_bully_button, 1, 0)
        buttons.addWidget(self.add_other_button, 1, 1)
        for button, role in (
            (self.add_victim_button, Role.VICTIM),
            (self.add_bully_button, Role.BULLY),
            (self.add_other_button, Role.REPORTER),
        ):
            button.clicked.connect(lambda _=False, r=role: self._add_person(r))
        hint = QLabel(
            self.tr(
                "Add the people involved here, with their role (the form's own list of people "
                "stays empty for a new report). You can add or change people later in the case."
            )
        )
        hint.setObjectName("hintLabel")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.title_edit)
        layout.addWidget(people)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)

    def _add_person(self, role: Role) -> None:
        dialog = ParticipantDialog(self._settings, self._services.people, self._runner, parent=self)
        dialog.setObjectName("participantDialog")
        dialog.set_role(role)
        dialog.accepted.connect(
            lambda: self.model.set_rows([*self.model.rows, dialog.participant()])
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def open_report_dialog(
    parent: QWidget,
    services: CaseServices,
    runner: BackgroundRunner,
    settings: AppSettings,
    on_created: Callable[[str], None],
) -> None:
    """Load the forms and the saved report draft, then show the new-report dialog.

    Args:
        parent: The screen behind the dialog (the workspace).
        services: The open session's services.
        runner: The worker.
        settings: The app settings (language).
        on_created: Called with the new case id once the report is stored.
    """

    step = services
    lang = "en" if settings.language == "en" else "nl"

    def on_forms(forms: Any) -> None:
        spec = forms.get("report")
        panel: list[ReportPeoplePanel] = []
        taken: dict[str, Any] = {}

        def side(_wizard: FormWizard) -> QWidget:
            panel.append(ReportPeoplePanel(services, runner, settings))
            return panel[0]

        def before_finish(_values: dict[str, Any]) -> bool:
            taken["people"] = list(panel[0].model.rows)
            taken["title"] = panel[0].title_edit.text().strip()
            return True

        setup = FormDialogSetup(
            spec=spec, lang=lang, case_id=None, drafts=step.drafts, runner=runner,
            finish=lambda values: _record(step, spec, values, taken),
            context=WizardContext(), side=side, object_name="reportFormDialog",
            before_finish=before_finish,
        )  # fmt: skip

        def shown(dialog: StepFormDialog) -> None:
            dialog.setWindowTitle(QCoreApplication.translate("ReportDialog", "New report"))
            dialog.sig_done.connect(lambda result: on_created(result.case_id))

        open_form_dialog(parent, setup, shown)

    def on_failed(exc: BaseException) -> None:

        from ehbc_desktop.ui.errors import message_for

        tell(parent, QCoreApplication.translate("ReportDialog", "New report"), message_for(exc))

    runner.run_in_background(
        services.forms, on_forms, on_failed, owner=parent
    )


def _record(
    step: StepServices, spec: Any, values: dict[str, Any], taken: dict[str, Any]
) -> IntakeResult:
    """Store the report, then drop its draft (runs on the worker)."""
    result = step.intake.record_report(
        spec, values, taken.get("people", ()), taken.get("title", "")
    )
    step.drafts.delete(None, spec.id)
    return result
