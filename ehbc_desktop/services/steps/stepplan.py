"""The step plan of one case: the domain engine over everything recorded for it."""

from __future__ import annotations

from datetime import date

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.domain.stepplan import StepPlan, build_step_plan
from ehbc_desktop.services.case.casewrite import load_record
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit


class StepPlanService:
    """Builds the step plan the case screen shows (audited as a VIEW of the case)."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def plan_for_case(self, case_id: str, today: date) -> StepPlan:
        """What is done, current, next and overdue in the case today.

        Raises:
            NotFoundError: no such case.
        """
        with self._vs.unit() as s:
            plan = build_step_plan(load_record(s, case_id), today)
            audit.record(s, self._vs.user, AuditAction.VIEW, f"case:{case_id}", case_id, "plan")
            return plan
