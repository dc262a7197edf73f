"""What the step plan tab shows, loaded in one go on the worker, and the services it writes with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ehbc_desktop.domain.enums import Role

if TYPE_CHECKING:
    from ehbc_desktop.domain.entities import CaseRecord
    from ehbc_desktop.domain.group_methods import SequenceProgress
    from ehbc_desktop.domain.stepplan import StepPlan
    from ehbc_desktop.formspec import FormSet
    from ehbc_desktop.services.followup.followups import FollowUpService
    from ehbc_desktop.services.session import VaultSession
    from ehbc_desktop.services.settings import SettingsService
    from ehbc_desktop.services.steps.approach import ApproachService
    from ehbc_desktop.services.steps.drafts import DraftService
    from ehbc_desktop.services.steps.intake import IntakeService
    from ehbc_desktop.services.steps.step_forms import StepFormService
    from ehbc_desktop.services.steps.stepplan import StepPlanService


@dataclass(frozen=True)
class StepServices:
    """The services the step screens call (all over one open session)."""

    session: VaultSession
    plans: StepPlanService
    forms: StepFormService
    drafts: DraftService
    approach: ApproachService
    intake: IntakeService
    follow_ups: FollowUpService
    settings: SettingsService

    @classmethod
    def over(cls, session: VaultSession) -> StepServices:
        """Build every service over `session`."""
        from ehbc_desktop.services.followup.followups import FollowUpService
        from ehbc_desktop.services.settings import SettingsService
        from ehbc_desktop.services.steps.approach import ApproachService
        from ehbc_desktop.services.steps.drafts import DraftService
        from ehbc_desktop.services.steps.intake import IntakeService
        from ehbc_desktop.services.steps.step_forms import StepFormService
        from ehbc_desktop.services.steps.stepplan import StepPlanService

        return cls(
            session,
            StepPlanService(session),
            StepFormService(session),
            DraftService(session),
            ApproachService(session),
            IntakeService(session),
            FollowUpService(session),
            SettingsService(session),
        )


@dataclass(frozen=True)
class PlanData:
    """The plan, the record behind it, the school's policy location and the forms."""

    plan: StepPlan
    record: CaseRecord
    policy_location: str
    forms: FormSet
    today: date
    sequence: SequenceProgress | None = None  # the chosen group method's stages

    def victims(self) -> list[tuple[str, str]]:
        """(participant id, full name) of every bullied pupil of the case."""
        found = []
        for participant in self.record.participants:
            if participant.role is Role.VICTIM:
                person = self.record.people.get(participant.person_id)
                found.append((participant.id, person.full_name if person else "?"))
        return found


def load_plan_data(services: StepServices, case_id: str, today: date) -> PlanData:
    """Everything the tab shows (runs on the worker)."""
    from ehbc_desktop.services.case.casewrite import load_record
    from ehbc_desktop.services.steps.forms_source import forms_for

    plan = services.plans.plan_for_case(case_id, today)
    with services.session.unit() as s:
        record = load_record(s, case_id)
    from ehbc_desktop.domain.group_methods import sequence_progress
    from ehbc_desktop.services.steps.thermometer import ThermometerService

    policy = services.settings.get().policy_location
    measured = frozenset(
        (m.moment.value, m.taken_on)
        for m in ThermometerService(services.session).measurements(case_id)
    )
    sequence = sequence_progress(record, today, measured)
    return PlanData(plan, record, policy, forms_for(services.session), today, sequence)
