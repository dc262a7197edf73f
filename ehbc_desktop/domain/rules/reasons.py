"""Reason codes and the verdict type shared by the rules; the UI translates the codes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RuleReason(StrEnum):
    """Why a rule allows or refuses something; stable codes, never user text."""

    # Consent of the victim before the bully is approached (seed 000).
    CONSENT_GIVEN = "consent_given"
    NO_CONSENT_RECORDED = "no_consent_recorded"
    CONSENT_REFUSED = "consent_refused"
    CONSENT_WITHDRAWN = "consent_withdrawn"  # latest record refuses after an earlier consent
    # The 12+ parent rule (DOMAIN 2.5).
    PARENTS_NO_WISH = "parents_no_wish"
    PARENTS_WISH_WITHDRAWN = "parents_wish_withdrawn"
    PARENTS_UNDER_12 = "parents_under_12"
    PARENTS_NOT_COMPETENT = "parents_not_competent"
    PARENTS_OVERRIDDEN = "parents_overridden"
    PARENTS_WISH_STANDS = "parents_wish_stands"
    # The wish of a 12+ pupil whose competence nobody judged yet: it stands until someone does.
    PARENTS_NOT_YET_JUDGED = "parents_not_yet_judged"
    # Restorative conversation preconditions (DOMAIN 2.8).
    RESTORATIVE_READY = "restorative_ready"
    RESTORATIVE_VICTIM_NOT_WILLING = "restorative_victim_not_willing"
    RESTORATIVE_VICTIM_NOT_ASKED = "restorative_victim_not_asked"
    RESTORATIVE_BULLY_NO_ACKNOWLEDGEMENT = "restorative_bully_no_acknowledgement"
    RESTORATIVE_BULLY_NOT_WILLING = "restorative_bully_not_willing"
    RESTORATIVE_BULLY_NOT_ASKED = "restorative_bully_not_asked"


@dataclass(frozen=True, slots=True)
class RuleVerdict:
    """Whether something is allowed, with every reason that applies (the first is the main one)."""

    allowed: bool
    reasons: tuple[RuleReason, ...]

    @property
    def reason(self) -> RuleReason:
        """The main reason (the first one)."""
        return self.reasons[0]
