"""What the step plan tab shows, loaded in one go on the worker, and the services it writes with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ehbc_desktop.domain.enums import Role
from ehbc_desktop.services.container import Services

if TYPE_CHECKING:
    from ehbc_desktop.domain.entities import CaseRecord
    from ehbc_desktop.domain.group_methods import SequenceProgress
    from ehbc_desktop.domain.stepplan import StepPlan
    from ehbc_desktop.formspec import FormSet


#: The services the step screens call: the session's one container (built in app.py).
StepServices = Services


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
    from ehbc_desktop.domain.group_methods import sequence_progress

    plan, record = services.plans.plan_and_record(case_id, today)
    policy = services.settings.get().policy_location
    measured = frozenset(
        (m.moment.value, m.taken_on)
        for m in services.thermometer.measurements(case_id)
    )
    sequence = sequence_progress(record, today, measured)
    return PlanData(plan, record, policy, services.forms(), today, sequence)
