"""Worked examples for the practice case: the current step filled in as a teacher might.

A trainee who is stuck can ask the program to fill in the step for them and then read what
was recorded; every example goes through the same services and forms as the window's wizards.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ehbc_desktop.demo.conversations import form_values
from ehbc_desktop.demo.practice.practice_clock import move_back
from ehbc_desktop.domain.enums import ConversationKind, FollowUpOutcome, Role
from ehbc_desktop.domain.rules.followups import latest_decision
from ehbc_desktop.domain.stepplan import Step, build_step_plan
from ehbc_desktop.formspec import FormSet, load_forms
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.case.closing import ClosingService
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.followup.followups import FollowUpService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.approach import ApproachService
from ehbc_desktop.services.steps.step_forms import StepFormService

_TRIAGE = {
    "intent": "yes", "repetition": "yes", "power_imbalance": "yes",
    "intent_note": "De berichten zijn bedoeld om haar belachelijk te maken.",
    "repetition_note": "Al drie weken, bijna elke avond.",
    "power_imbalance_note": "Een groep tegen één leerling.",
    "digital": True, "also_offline": False,
    "features": ["endless_audience", "any_time_any_place"],
    "classification": "cyberbullying", "classification_note": "",
}  # fmt: skip
_SEVERITY = {
    "severity": "moderate",
    "rationale": "Drie weken lang, de hele klas ziet het; geen bedreigingen.",
    "sexual": False,
    "care_team_date": None,  # filled with the day
    "care_team_who": "vertrouwensleerkracht, zorgcoördinator, CLB-medewerker",
    "care_team_conclusion": "Eerst een gesprek met Fleur, dan samen de aanpak kiezen.",
    "police_contacted": False, "child_focus_contacted": False, "clb_contacted": False,
    "other_body_contacted": False, "legal_checks": ["staff_discretion"],
}  # fmt: skip
_CHOICE = {
    "nc_reasons": ["nc_recent", "nc_less_serious", "nc_teachers_support"],
    "c_reasons": [],
    "chosen": "non_confrontational_individual",
    "motivation": "Het pesten is recent en Fleur wil geen confrontatie voor de klas.",
    "group_method": None,
}  # fmt: skip


class PracticeExamples:
    """Fills in the practice case's current step with a worked example."""

    def __init__(self, session: VaultSession, forms: FormSet | None = None) -> None:
        self._vs = session
        self._forms = forms or load_forms(None)
        self._cases = CaseService(session)

    def fill_in(self, case_id: str, today: date) -> Step | None:
        """Record an example for the current step; returns the step it filled in (or None)."""
        record = self._cases.get_case(case_id)
        step = build_step_plan(record, today).current
        if step is None:
            return None
        handler = {
            Step.TRIAGE: lambda: self._step_form("triage", _TRIAGE, today, case_id),
            Step.SEVERITY: lambda: self._step_form("severity", _SEVERITY, today, case_id),
            Step.VICTIM_CONVERSATION: lambda: self._talk(ConversationKind.VICTIM, case_id, today),
            Step.PARENTS: lambda: self._talk(ConversationKind.PARENTS_VICTIM, case_id, today),
            Step.CHOICE: lambda: self._step_form("choice", _CHOICE, today, case_id),
            Step.INTERVENTION: lambda: self._talk(ConversationKind.BULLY, case_id, today),
            Step.AFTERCARE: lambda: ClosingService(self._vs).set_aftercare_not_needed(
                case_id, True
            ),
            Step.EVALUATION: lambda: self._evaluate(case_id, today),
            Step.CLOSE: lambda: self._close(case_id, today),
        }.get(step)
        if handler is None:
            return None
        handler()
        return step

    def _step_form(self, form_id: str, answers: dict[str, Any], today: date,
                   case_id: str) -> None:  # fmt: skip
        spec = self._forms.get(form_id)
        values = {**answers}
        if "care_team_date" in values:
            values["care_team_date"] = today.isoformat()
        service = StepFormService(self._vs)
        finish = {"triage": service.finish_triage, "severity": service.finish_severity,
                  "choice": service.finish_choice}[form_id]  # fmt: skip
        finish(case_id, spec, values)

    def _talk(self, kind: ConversationKind, case_id: str, today: date) -> None:
        record = self._cases.get_case(case_id)
        if kind is ConversationKind.PARENTS_VICTIM and not any(
            p.role is Role.PARENT for p in record.participants
        ):
            from ehbc_desktop.services.case.participants import ParticipantInput

            victim = next(p for p in record.participants if p.role is Role.VICTIM)
            last = record.people[victim.person_id].last_name
            self._cases.add_participant(
                case_id, ParticipantInput("Sofie", last, "", Role.PARENT, related_to=victim.id)
            )
            record = self._cases.get_case(case_id)
        if kind is ConversationKind.BULLY:
            victim = next(p for p in record.participants if p.role is Role.VICTIM)
            ApproachService(self._vs).record_consent(case_id, victim.id, True,
                                                     "Fleur gaat akkoord.")  # fmt: skip
            record = self._cases.get_case(case_id)
        spec = self._forms.get(kind.value)
        values = form_values(spec, record, today)
        ConversationService(self._vs).finish(case_id, spec, values, lang="nl")

    def _evaluate(self, case_id: str, today: date) -> None:
        record = self._cases.get_case(case_id)
        decision = latest_decision(record)
        if decision is not None and decision.decided_at.date() >= today:
            move_back(self._vs, case_id)  # an evaluation comes some time after the choice
            record = self._cases.get_case(case_id)
        service = FollowUpService(self._vs)
        planned = sorted((f for f in record.follow_ups if f.held_on is None),
                         key=lambda f: f.planned_on)  # fmt: skip
        ident = planned[0].id if planned else service.plan(case_id, today).follow_up_id
        service.record_outcome(ident, today, FollowUpOutcome.STOPPED,
                               "Fleur zegt dat er geen berichten meer komen.")  # fmt: skip

    def _close(self, case_id: str, today: date) -> None:
        service = ClosingService(self._vs)
        gaps = service.checklist(case_id, today).gaps
        reasons = {gap: "Oefendossier: afgesloten om de stap te tonen." for gap in gaps}
        service.close(case_id, today, reasons, "Het pesten is gestopt; opvolging afgerond.")
