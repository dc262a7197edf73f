"""The names of the rules a form may ask the wizard to apply (the UI maps them to domain code)."""

from __future__ import annotations

from enum import StrEnum


class RuleName(StrEnum):
    """A rule a wizard applies on top of the per-field checks."""

    VICTIM_CONSENT_REQUIRED = "victim_consent_required"  # bully only approached with consent
    PARENTS_ALLOWED = "parents_allowed"  # a 12+ pupil's wish that parents stay out blocks
    RESTORATIVE_PRECONDITIONS = "restorative_preconditions"  # both preconditions before step 1
    RESTORATIVE_GRID_COMPLETE = "restorative_grid_complete"  # every party answered every question
    AGREEMENTS_COMPLETE = "agreements_complete"  # who, what, by when on every agreement
    NEXT_DATE_REQUIRED = "next_date_required"  # the conversation ends with a follow-up date


#: The rules that decide whether a form may be started at all, in the order they are asked.
START_RULES: tuple[RuleName, ...] = (RuleName.VICTIM_CONSENT_REQUIRED, RuleName.PARENTS_ALLOWED)

#: The rules a teacher may pass by recording a reason (an OVERRIDE in the audit log).
OVERRIDABLE_RULES: frozenset[RuleName] = frozenset({RuleName.PARENTS_ALLOWED})

#: Every rule name a form file may list.
KNOWN_RULES: frozenset[str] = frozenset(rule.value for rule in RuleName)
