"""What clicking a step does: open its wizard, ask for a conversation, or explain the block."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from ehbc_desktop.domain.group_methods import THERMOMETER
from ehbc_desktop.domain.stepplan import Step, StepState, intervention_conversation
from ehbc_desktop.ui.school.read_only import who_may_change
from ehbc_desktop.ui.steps.next_date_dialog import NextDateDialog
from ehbc_desktop.ui.steps.plan_data import PlanData, StepServices
from ehbc_desktop.ui.steps.recommendation_panel import RecommendationPanel
from ehbc_desktop.ui.steps.texts import status_explanation, step_name
from ehbc_desktop.ui.steps.triage_confirm import TriageConfirmDialog
from ehbc_desktop.ui.steps.wizard_dialog import (
    FormDialogSetup,
    SideFactory,
    StepFormDialog,
    open_form_dialog,
)
from ehbc_desktop.ui.wizard import ParticipantOption, WizardContext

if TYPE_CHECKING:
    from ehbc_desktop.ui.background import BackgroundRunner
    from ehbc_desktop.ui.steps.stepplan_tab import StepPlanTab

#: Steps that are conversations: the form the Conversations tab opens for them.
CONVERSATION_FORMS = {
    Step.INVOLVED_CONVERSATION: "involved",
    Step.VICTIM_CONVERSATION: "victim",
    Step.PARENTS: "parents_victim",
    Step.OTHER_PARENTS: "parents_other",
    Step.AFTERCARE: "group",
    Step.EVALUATION: "follow_up",
}


def wizard_context(data: PlanData) -> WizardContext:
    """The people of the case, its approach and today, for a wizard."""
    people = []
    for participant in data.record.participants:
        person = data.record.people.get(participant.person_id)
        name = person.full_name if person else "?"
        people.append(ParticipantOption(participant.id, name, participant.role))
    approach = data.plan.approach.approach if data.plan.approach else None
    return WizardContext(participants=tuple(people), current_approach=approach, today=data.today)


class StepActions(QObject):
    """Opens the step forms of one case and records the small actions of the step plan."""

    def __init__(self, tab: StepPlanTab, services: StepServices, runner: BackgroundRunner) -> None:
        super().__init__(tab)
        self._tab = tab
        self._services = services
        self._runner = runner
        self.last_dialog: StepFormDialog | None = None
        self._serious_sexual_flag = False  # set on the worker by the severity step, read after
        self.last_nude_dialog: QDialog | None = None

    def open_step(self, step: Step, data: PlanData) -> None:
        """Open what the step needs."""
        tab = self._tab
        status = data.plan.status(step)
        tab.show_hint("")
        if status.state is StepState.NOT_APPLICABLE:
            tab.show_hint(f"{step_name(step)}: {status_explanation(status)}")
        elif status.is_blocked:
            tab.show_hint(f"⚠ {step_name(step)}: {status_explanation(status)}")
        elif step is Step.REPORT and status.state is not StepState.DONE:
            # A case opened with "New case" records its report afterwards, on this case.
            self.open_form("report", self._services.intake.add_report, Step.REPORT)
        elif step in self._openers():
            self._openers()[step]()
        elif step is Step.INTERVENTION and data.sequence is not None and data.sequence.next_stage:
            stage = data.sequence.next_stage
            if stage.form_id == THERMOMETER:
                tab.open_thermometer()
            else:
                tab.request_conversation(stage.form_id)
        elif step is Step.INTERVENTION:
            kind = intervention_conversation(data.record)
            if kind is None:
                tab.show_hint(status_explanation(status))
            else:
                tab.request_conversation(kind.value)
        elif step in CONVERSATION_FORMS:
            tab.request_conversation(CONVERSATION_FORMS[step])
        else:
            tab.show_hint(self._hint(step, status.state))

    def _openers(self) -> dict[Step, Callable[[], None]]:
        forms = self._services.step_forms
        return {
            Step.OBSERVATION: self.add_observation,
            Step.TRIAGE: self.open_triage,
            Step.SEVERITY: lambda: self.open_form("severity", self._finish_severity, Step.SEVERITY),
            Step.CHOICE: lambda: self.open_form(
                "choice", forms.finish_choice, Step.CHOICE, side=RecommendationPanel
            ),
        }

    def _hint(self, step: Step, state: StepState) -> str:
        if step is Step.REPORT:
            return self.tr("The report is in the timeline of the Overview tab.")
        return self.tr("Close the case once the follow-ups show that the bullying has stopped.")

    # ----- forms

    def open_form(
        self,
        form_id: str,
        finish: Callable[[str, Any, dict[str, Any]], Any],
        step: Step | None,
        *,
        side: SideFactory | None = None,
        before_finish: Callable[[StepFormDialog, dict[str, Any]], bool] | None = None,
    ) -> None:
        """Open a step form of the case; afterwards plan the next follow-up for `step`."""
        data = self._tab.data
        if data is None or form_id not in data.forms:
            return
        spec, case_id = data.forms.get(form_id), self._tab.case_id
        holder: list[StepFormDialog] = []
        setup = FormDialogSetup(
            spec=spec,
            lang=self._tab.lang,
            case_id=case_id,
            drafts=self._services.drafts,
            runner=self._runner,
            finish=lambda values: finish(case_id, spec, values),
            context=wizard_context(data),
            side=side,
            object_name=f"{form_id}FormDialog",
            before_finish=(
                (lambda values: before_finish(holder[0], values)) if before_finish else None
            ),
        )

        def shown(dialog: StepFormDialog) -> None:
            holder.append(dialog)
            self.last_dialog = dialog
            dialog.sig_done.connect(lambda _r: self._after_step(step))

        open_form_dialog(self._tab, setup, shown)

    def _after_step(self, step: Step | None) -> None:
        self._tab.changed()
        if step is Step.SEVERITY and self._serious_sexual_flag:
            self._serious_sexual_flag = False
            self.offer_nude_images(lambda: self.plan_follow_up(step))
        elif step is not None:
            self.plan_follow_up(step)

    def _finish_severity(self, case_id: str, spec: Any, values: dict[str, Any]) -> Any:
        """Store the severity step (on the worker); remember a red or black Sensoa flag."""
        result = self._services.step_forms.finish_severity(case_id, spec, values)
        self._serious_sexual_flag = values.get("sexual") is True and values.get("flag") in (
            "red",
            "black",
        )
        return result

    def offer_nude_images(self, then: Callable[[], None] | None = None) -> None:
        """After a red or black flag: offer to record nude images of a minor, without a file."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Nude images of a minor?"),
            self.tr(
                "You judged the sexual behaviour red or black. Are there nude images of a minor? "
                "Then report them to the police and record them here without any file: who "
                "holds them and the police reference. The program never stores such images."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._tab,
        )
        box.setObjectName("nudeImagesOfferBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Record them now"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Not now"))

        def on_finished(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self.record_nude_images(then)
            elif then is not None:
                then()

        box.finished.connect(on_finished)
        box.finished.connect(box.deleteLater)
        box.open()

    def record_nude_images(self, then: Callable[[], None] | None = None) -> None:
        """The no-file record of nude images of a minor, stored in the case's evidence."""
        from ehbc_desktop.ui.evidence.nude_image_dialog import NudeImageDialog

        dialog = NudeImageDialog(parent=self._tab)
        evidence, case_id = self._services.evidence, self._tab.case_id

        def on_finished(result: int) -> None:
            if result == NudeImageDialog.DialogCode.Accepted:
                info = dialog.not_imported_input()
                self._runner.run_in_background(
                    lambda: evidence.record_not_imported(case_id, info),
                    lambda _item: self._tab.changed(), self._tab.show_error, owner=self._tab,
                )  # fmt: skip
            if then is not None:
                then()

        dialog.finished.connect(on_finished)
        dialog.finished.connect(dialog.deleteLater)
        self.last_nude_dialog = dialog
        dialog.open()

    def plan_current(self) -> None:
        """Plan the next follow-up of the step the case is at now."""
        self.plan_follow_up()

    def plan_follow_up(self, step: Step | None = None) -> None:
        """Ask for the next follow-up date (for `step`, default the current step) and plan it."""
        data = self._tab.data
        if step is None:
            step = data.plan.current if data else None
        dialog = NextDateDialog(
            self._tab.case_id, step.value if step else "", self._services.follow_ups, self._runner,
            today=data.today if data else _today(), parent=self._tab,
        )  # fmt: skip
        dialog.sig_planned.connect(self._tab.changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_triage(self) -> None:
        """The triage wizard; on finishing, the proposal and its explanation to confirm."""
        self.open_form(
            "triage", self._services.step_forms.finish_triage, Step.TRIAGE,
            before_finish=self._confirm_triage,
        )  # fmt: skip

    def _confirm_triage(self, dialog: StepFormDialog, values: dict[str, Any]) -> bool:
        confirm = TriageConfirmDialog(values, dialog)
        confirm.accepted.connect(lambda: dialog.store(confirm.confirmed_values()))
        confirm.finished.connect(confirm.deleteLater)
        confirm.open()
        return False

    def add_observation(self) -> None:
        """A new entry in the observation log (the service plans the next reminder)."""
        self.open_form("observation", self._services.step_forms.finish_observation, None)

    # ----- small actions

    def victim_reports(self) -> None:
        """The bullied pupil now reports personally: the case leaves observation."""
        intake, case_id = self._services.intake, self._tab.case_id
        today = self._tab.data.today if self._tab.data else _today()
        self._confirm(
            "victimReportsBox",
            self.tr("The pupil reports personally"),
            self.tr(
                "Does the bullied pupil now report personally? The case leaves discreet "
                "observation and the step plan continues with the triage."
            ),
            lambda: intake.victim_reports_personally(case_id, today),
        )

    def _confirm(self, name: str, title: str, text: str, work: Callable[[], Any]) -> None:
        """Ask Yes/No (without blocking); on Yes run `work` on the worker and reload."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._tab,
        )  # fmt: skip
        box.setObjectName(name)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def on_finished(result: int) -> None:
            if result == QMessageBox.StandardButton.Yes:
                self._runner.run_in_background(
                    work, self._tab.changed, self._tab.show_error, owner=self._tab
                )

        box.finished.connect(on_finished)
        box.finished.connect(box.deleteLater)
        box.open()

    def record_consent(self) -> None:
        """Record, after a confirmation, that the bullied pupil agrees the bully is approached."""
        data = self._tab.data
        if data is None:
            return
        victims = data.victims()
        if not victims:
            self._tab.show_hint(
                self.tr("Add the bullied pupil to the people of the case first (Overview tab).")
            )
            return
        pid, name = victims[0]
        if len(victims) > 1:
            names = [v[1] for v in victims]
            chosen, ok = QInputDialog.getItem(
                self._tab, self.tr("Whose consent?"), self.tr("Bullied pupil:"), names, 0, False
            )
            if not ok:
                return
            pid, name = victims[names.index(chosen)]
        approach, case_id = self._services.approach, self._tab.case_id
        self._confirm(
            "consentBox",
            self.tr("The pupil's consent"),
            self.tr(
                "Record that %1 agrees that you approach the bully? Only do this after you "
                "asked the pupil in person."
            ).replace("%1", name),
            lambda: approach.record_consent(case_id, pid, True),
        )

    def set_policy_location(self) -> None:
        """Ask for the link or file of the school's anti-bullying policy and keep it."""
        if not self._services.settings.may_change:  # a school setting: administrators only
            box = QMessageBox(QMessageBox.Icon.Information,
                              self.tr("The school's anti-bullying policy"),
                              who_may_change(self._services.settings.administrators()),
                              QMessageBox.StandardButton.Ok, self._tab)  # fmt: skip
            box.setObjectName("policyReadOnlyBox")
            box.finished.connect(box.deleteLater)
            box.open()
            return
        data = self._tab.data
        text, ok = QInputDialog.getText(
            self._tab,
            self.tr("The school's anti-bullying policy"),
            self.tr("Link or document path of the school's anti-bullying policy:"),
            text=data.policy_location if data else "",
        )
        if not ok:
            return
        settings = self._services.settings

        def work() -> None:
            from dataclasses import replace

            settings.update(replace(settings.get(), policy_location=text.strip()))

        self._runner.run_in_background(
            work, lambda _r: self._tab.refresh(), self._tab.show_error, owner=self._tab
        )


def _today() -> Any:
    from datetime import date

    return date.today()
