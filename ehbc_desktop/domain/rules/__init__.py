"""The rules of the method (DOMAIN.md 2.1-2.12), re-exported from their modules."""

from ehbc_desktop.domain.rules.agreements import (
    AgreementPart,
    AgreementStanding,
    agreement_missing_parts,
    agreement_standing,
    is_overdue,
    is_settled,
    open_agreements,
    overdue_agreements,
    repair_agreement_missing_parts,
)
from ehbc_desktop.domain.rules.closing import (
    ClosingGap,
    aftercare_done,
    bullying_stopped,
    closing_gaps,
    victim_parents_handled,
)
from ehbc_desktop.domain.rules.consent import bully_contact_verdict, consent_verdict, latest_consent
from ehbc_desktop.domain.rules.escalation import (
    EscalationAdvice,
    EscalationProposal,
    escalation_advice,
)
from ehbc_desktop.domain.rules.followups import (
    is_held,
    latest_decision,
    latest_held,
    next_follow_up,
    no_next_step_planned,
    overdue_follow_ups,
)
from ehbc_desktop.domain.rules.parents import (
    PARENT_RULE_AGE,
    ParentVerdict,
    age_on,
    blocked_pupils,
    latest_wish,
    override_reason_valid,
    parent_verdict,
    parent_verdicts_for_kind,
    wish_history,
)
from ehbc_desktop.domain.rules.reasons import RuleReason, RuleVerdict
from ehbc_desktop.domain.rules.restorative import (
    GridGap,
    restorative_grid_complete,
    restorative_grid_gaps,
    restorative_preconditions,
)

__all__ = [
    "PARENT_RULE_AGE",
    "AgreementPart",
    "AgreementStanding",
    "ClosingGap",
    "EscalationAdvice",
    "EscalationProposal",
    "GridGap",
    "ParentVerdict",
    "RuleReason",
    "RuleVerdict",
    "aftercare_done",
    "age_on",
    "agreement_missing_parts",
    "agreement_standing",
    "blocked_pupils",
    "bully_contact_verdict",
    "bullying_stopped",
    "closing_gaps",
    "consent_verdict",
    "escalation_advice",
    "is_held",
    "is_overdue",
    "is_settled",
    "latest_consent",
    "latest_decision",
    "latest_held",
    "latest_wish",
    "next_follow_up",
    "no_next_step_planned",
    "open_agreements",
    "overdue_agreements",
    "overdue_follow_ups",
    "override_reason_valid",
    "parent_verdict",
    "parent_verdicts_for_kind",
    "repair_agreement_missing_parts",
    "restorative_grid_complete",
    "restorative_grid_gaps",
    "restorative_preconditions",
    "victim_parents_handled",
    "wish_history",
]
