"""The victim's consent before anyone approaches the bully (seed 000, DOMAIN 2.6)."""

from __future__ import annotations

from collections.abc import Iterable

from ehbc_desktop.domain.entities import CaseRecord, VictimConsent
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.domain.rules.reasons import RuleReason, RuleVerdict


def latest_consent(consents: Iterable[VictimConsent]) -> VictimConsent | None:
    """The consent record that counts: the most recently recorded one.

    Args:
        consents: Consent records, in any order.

    Returns:
        The latest record by ``recorded_at`` (ties: the later in the input), or None.
    """
    latest: VictimConsent | None = None
    for consent in consents:
        if latest is None or consent.recorded_at >= latest.recorded_at:
            latest = consent
    return latest


def consent_verdict(consents: Iterable[VictimConsent]) -> RuleVerdict:
    """Whether the consent records of one victim allow approaching the bully.

    The latest record counts, so a refusal after a consent withdraws it, and a new consent
    after a refusal gives it again.

    Args:
        consents: The consent records of one victim, in any order.

    Returns:
        Allowed with CONSENT_GIVEN, or refused with NO_CONSENT_RECORDED, CONSENT_REFUSED or
        CONSENT_WITHDRAWN (the latest refuses while an earlier record consented).
    """
    items = list(consents)
    latest = latest_consent(items)
    if latest is None:
        return RuleVerdict(False, (RuleReason.NO_CONSENT_RECORDED,))
    if latest.consents:
        return RuleVerdict(True, (RuleReason.CONSENT_GIVEN,))
    earlier_consent = any(c.consents and c.recorded_at <= latest.recorded_at for c in items)
    if earlier_consent:
        return RuleVerdict(False, (RuleReason.CONSENT_WITHDRAWN,))
    return RuleVerdict(False, (RuleReason.CONSENT_REFUSED,))


def bully_contact_verdict(
    record: CaseRecord, victim_participant_id: str | None = None
) -> RuleVerdict:
    """Whether the bully may be approached in this case.

    Args:
        record: The case.
        victim_participant_id: Check only this victim. Without it every victim of the case must
            consent (their own latest record counts); a case without victim participants uses
            the latest consent record of the case.

    Returns:
        The verdict; when refused, the reasons of every victim that does not consent.
    """
    if victim_participant_id is not None:
        victim_ids = [victim_participant_id]
    else:
        victim_ids = [p.id for p in record.participants if p.role is Role.VICTIM]
    if not victim_ids:
        return consent_verdict(record.consents)
    refusals: list[RuleReason] = []
    for victim_id in victim_ids:
        verdict = consent_verdict(
            c for c in record.consents if c.victim_participant_id == victim_id
        )
        if not verdict.allowed:
            refusals.append(verdict.reason)
    if refusals:
        return RuleVerdict(False, tuple(refusals))
    return RuleVerdict(True, (RuleReason.CONSENT_GIVEN,))
