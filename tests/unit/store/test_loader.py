"""Every stored record comes back as its domain dataclass, with enums and tuples restored."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy.orm import Session, sessionmaker

from ehbc_desktop.domain import entities as e
from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ApproachReason,
    BullyingForm,
    CaseStatus,
    Confidentiality,
    CriterionAnswer,
    CyberFeature,
    Flag,
    FollowUpKind,
    KeyCriterion,
    LegalCheck,
    Medium,
    WarningSign,
)
from ehbc_desktop.store import models as m
from ehbc_desktop.store.loader import CaseNotFoundError, load_amendments, load_case_record
from tests.builders.rows import AT, fill_every_record


def test_every_record_maps_back(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        case_id = fill_every_record(s)
    with sessions() as s:
        r = load_case_record(s, case_id)
        amendments = load_amendments(s, case_id)
    assert r.case.status is CaseStatus.OPEN
    assert r.people[r.participants[0].person_id].full_name == "Noé Janssens"
    assert r.report is not None and r.report.media == (Medium.SOCIAL_MEDIA,)
    assert r.report.forms == (BullyingForm.EXCLUSION,)
    triage = r.triages[0]
    assert triage.criteria == {KeyCriterion.INTENT: CriterionAnswer.YES}
    assert triage.features == (CyberFeature.ANONYMOUS,)
    assert triage.decided_at == AT  # aware UTC, to the microsecond
    assert r.severities[0].legal_checks == (LegalCheck.DUTY_TO_REPORT,)
    assert r.severities[0].flag is Flag.RED
    assert r.approach_decisions[0].reasons == (ApproachReason.NC_RECENT,)
    assert r.conversations[0].answers == (e.Answer("what", "Wat is er gebeurd?", "x"),)
    assert r.agreements[0].status is AgreementStatus.OPEN
    assert r.repair_agreements[0].support_figures == (e.SupportFigure("A", "b"),)
    assert r.follow_ups[0].kind is FollowUpKind.GENERAL
    assert r.observations[0].signs == (WarningSign.LOW_MOOD,)
    assert r.evidence[0].confidentiality is Confidentiality.CARE_TEAM
    assert len(r.care_team) == len(r.external) == len(r.consents) == 1
    assert len(r.parent_wishes) == len(r.parent_overrides) == len(r.notes) == 1
    assert [a.text for a in amendments] == ["a"]


def test_a_missing_case_raises(sessions: sessionmaker[Session]) -> None:
    with sessions() as s, pytest.raises(CaseNotFoundError):
        load_case_record(s, "0" * 32)


def test_naive_times_are_refused(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(Exception, match="naive"), sessions.begin() as s:
        s.add(m.CaseNote(case_id="x", written_at=datetime(2026, 1, 1), text="", written_by=""))
        s.flush()
