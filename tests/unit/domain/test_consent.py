"""The victim's consent before the bully is approached: the latest record counts."""

from __future__ import annotations

from ehbc_desktop.domain.rules import RuleReason, bully_contact_verdict, consent_verdict
from tests.builders.records import CaseBuilder, days


def test_no_consent_recorded_is_not_allowed() -> None:
    verdict = consent_verdict([])
    assert not verdict.allowed
    assert verdict.reason is RuleReason.NO_CONSENT_RECORDED


def test_consent_allows_contact() -> None:
    record = CaseBuilder().victim().consent(True).build()
    verdict = consent_verdict(record.consents)
    assert verdict.allowed
    assert verdict.reason is RuleReason.CONSENT_GIVEN


def test_refusal_is_not_allowed() -> None:
    record = CaseBuilder().victim().consent(False).build()
    verdict = consent_verdict(record.consents)
    assert not verdict.allowed
    assert verdict.reason is RuleReason.CONSENT_REFUSED


def test_later_refusal_withdraws_consent() -> None:
    record = CaseBuilder().victim().consent(True, days(0)).consent(False, days(3)).build()
    verdict = consent_verdict(record.consents)
    assert not verdict.allowed
    assert verdict.reason is RuleReason.CONSENT_WITHDRAWN


def test_latest_counts_regardless_of_input_order() -> None:
    record = CaseBuilder().victim().consent(False, days(5)).consent(True, days(1)).build()
    assert not consent_verdict(record.consents).allowed
    record = CaseBuilder().victim().consent(True, days(5)).consent(False, days(1)).build()
    assert consent_verdict(record.consents).allowed


def test_consent_given_again_after_refusal() -> None:
    record = CaseBuilder().victim().consent(False, days(0)).consent(True, days(2)).build()
    assert consent_verdict(record.consents).allowed


def test_every_victim_of_the_case_must_consent() -> None:
    record = CaseBuilder().victim("v1").victim("v2").consent(True, victim="v1").build()
    verdict = bully_contact_verdict(record)
    assert not verdict.allowed
    assert verdict.reasons == (RuleReason.NO_CONSENT_RECORDED,)
    assert bully_contact_verdict(record, "v1").allowed
    assert not bully_contact_verdict(record, "v2").allowed


def test_all_victims_consenting_allows_contact() -> None:
    record = (
        CaseBuilder()
        .victim("v1")
        .victim("v2")
        .consent(True, victim="v1")
        .consent(True, victim="v2")
        .build()
    )
    assert bully_contact_verdict(record).allowed


def test_one_victims_consent_does_not_count_for_another() -> None:
    record = CaseBuilder().victim("v1").consent(True, victim="other").build()
    assert not bully_contact_verdict(record).allowed


def test_case_without_victim_participants_uses_latest_record() -> None:
    record = CaseBuilder().consent(True).build()
    assert bully_contact_verdict(record).allowed
    assert not bully_contact_verdict(CaseBuilder().build()).allowed
