"""Agreements and repair agreements; closing (gaps, overrides, retention), read-only, reopening."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from ehbc_desktop.domain.entities import SupportFigure
from ehbc_desktop.domain.enums import (
    AgreementStatus,
    AuditAction,
    CaseStatus,
    ConversationKind,
    FollowUpOutcome,
)
from ehbc_desktop.domain.rules import AgreementPart, AgreementStanding, ClosingGap
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.case.closing import ClosingService
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.errors import (
    AgreementIncompleteError,
    CaseClosedError,
    ClosingGapsError,
    InvalidInputError,
)
from ehbc_desktop.services.followup.agreements import AgreementService
from ehbc_desktop.services.followup.followups import FollowUpService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.settings import SchoolSettings, SettingsService
from ehbc_desktop.services.steps.approach import ApproachService
from ehbc_desktop.services.steps.assessment import AssessmentService
from ehbc_desktop.services.steps.drafts import DraftService
from ehbc_desktop.store import models as m
from tests.unit.services.records_helpers import (
    audit_events,
    day,
    form,
    open_case,
    victim_answers,
)


def test_agreements_of_a_case_and_across_cases(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    done = ConversationService(vault_session).finish(c.case_id, form("victim"), victim_answers(c))
    service = AgreementService(vault_session)
    loose = service.add(c.case_id, "school", "praat met de klas", day(2))
    with pytest.raises(AgreementIncompleteError) as incomplete:
        service.add(c.case_id, "", "iets", None)
    assert incomplete.value.missing == (AgreementPart.WHO, AgreementPart.DUE)

    views = service.for_case(c.case_id, today=day(5))
    assert [(v.id, v.overdue, v.standing) for v in views] == [
        (loose, True, AgreementStanding.OVERDUE),
        (done.agreement_ids[0], False, AgreementStanding.OPEN),
    ]
    assert views[1].conversation_kind is ConversationKind.VICTIM
    assert views[1].conversation_held_on == day(1)
    service.set_status(loose, AgreementStatus.DONE, day(3), "gedaan")
    (settled,) = [v for v in service.across_cases(day(5)) if v.id == loose]
    assert (settled.status, settled.status_changed_on, settled.overdue) == (
        AgreementStatus.DONE,
        day(3),
        False,
    )
    assert [v.id for v in service.across_cases(day(5), {AgreementStatus.OPEN})] == [
        done.agreement_ids[0]
    ]


def test_repair_agreement_outside_a_restorative_conversation(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    service = AgreementService(vault_session)
    with pytest.raises(AgreementIncompleteError) as incomplete:
        service.draft_repair_agreement(
            c.case_id, [c.bully], ["excuses"], support_figures=[], term=day(10), evaluation_on=None
        )
    assert incomplete.value.missing == (
        AgreementPart.SUPPORT_FIGURES,
        AgreementPart.EVALUATION_DATE,
    )
    repair = service.draft_repair_agreement(
        c.case_id,
        [c.bully],
        ["excuses", " "],
        support_figures=[SupportFigure("Jan", "coach")],
        term=day(10),
        evaluation_on=day(14),
    )
    service.mark_repair_signed(repair, day(4))
    (stored,) = CaseService(vault_session).get_case(c.case_id).repair_agreements
    assert (stored.engagements, stored.signed_on, stored.conversation_id) == (
        ("excuses",),
        day(4),
        None,
    )


def test_closing_refuses_gaps_without_reason(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    AssessmentService(vault_session).record_triage(c.case_id, {}, True, False)
    closing = ClosingService(vault_session)
    gaps = closing.checklist(c.case_id, day(30)).gaps
    assert gaps == (
        ClosingGap.BULLYING_NOT_STOPPED,
        ClosingGap.AFTERCARE_MISSING,
        ClosingGap.PARENTS_NOT_INFORMED,
    )
    with pytest.raises(ClosingGapsError) as refused:
        closing.close(c.case_id, day(30), {ClosingGap.BULLYING_NOT_STOPPED: "verhuisd"})
    assert refused.value.gaps == (ClosingGap.AFTERCARE_MISSING, ClosingGap.PARENTS_NOT_INFORMED)
    assert CaseService(vault_session).get_case(c.case_id).case.status is CaseStatus.OPEN


def test_close_with_overrides_then_read_only_then_reopen(vault_session: VaultSession) -> None:
    SettingsService(vault_session).update(SchoolSettings(retention_school_years=3))
    c = open_case(vault_session)
    follow_ups = FollowUpService(vault_session)
    held = follow_ups.plan(c.case_id, day(7)).follow_up_id
    follow_ups.record_outcome(held, day(7), FollowUpOutcome.STOPPED)
    closing = ClosingService(vault_session)
    closing.set_aftercare_not_needed(c.case_id, True)
    reasons = {ClosingGap.PARENTS_NOT_INFORMED: "ouders onbereikbaar"}
    closed = closing.close(c.case_id, date(2028, 2, 29), reasons, note="klaar")
    assert (closed.retention_until, closed.overridden) == (
        date(2031, 8, 31),  # closed in school year 2027-28: three school years later
        (ClosingGap.PARENTS_NOT_INFORMED,),
    )
    case = CaseService(vault_session).get_case(c.case_id).case
    assert case.status is CaseStatus.CLOSED and case.aftercare_not_needed
    assert case.close_overrides == (("parents_not_informed", "ouders onbereikbaar"),)
    overrides = [e for e in audit_events(vault_session) if e.action is AuditAction.OVERRIDE]
    assert [e.detail for e in overrides] == ["gaps=parents_not_informed"]

    writes: list[Callable[[], Any]] = [
        lambda: FollowUpService(vault_session).plan(c.case_id, day(40)),
        lambda: AgreementService(vault_session).add(c.case_id, "a", "b", day(40)),
        lambda: ApproachService(vault_session).record_consent(c.case_id, c.victim, True),
        lambda: AssessmentService(vault_session).record_triage(c.case_id, {}, True, False),
        lambda: DraftService(vault_session).save(c.case_id, "victim", 1, {}),
        lambda: ConversationService(vault_session).finish(
            c.case_id, form("victim"), victim_answers(c)
        ),
        lambda: follow_ups.record_outcome(held, day(8), FollowUpOutcome.WORSE),
        lambda: closing.close(c.case_id, day(50)),
    ]
    for write in writes:
        with pytest.raises(CaseClosedError):
            write()

    with pytest.raises(InvalidInputError):
        closing.reopen(open_case(vault_session).case_id)
    closing.reopen(c.case_id)
    reopened = CaseService(vault_session).get_case(c.case_id).case
    assert (reopened.status, reopened.closed_on, reopened.retention_until) == (
        CaseStatus.OPEN,
        None,
        None,
    )
    assert audit_events(vault_session)[-2].detail == "status=open;reopened"
    FollowUpService(vault_session).plan(c.case_id, day(40))


def test_idle_cases(vault_session: VaultSession) -> None:
    idle = open_case(vault_session).case_id
    busy = open_case(vault_session).case_id
    with vault_session.unit() as s:
        case = s.get(m.Case, idle)
        assert case is not None
        case.updated_at = datetime(2026, 1, 5, tzinfo=UTC)
    today = datetime.now(UTC).date()
    assert [r.id for r in ClosingService(vault_session).idle_cases(today)] == [idle]
    assert busy not in {r.id for r in ClosingService(vault_session).idle_cases(today, weeks=1)}
    assert ClosingService(vault_session).idle_cases(date(2026, 1, 20), weeks=4) == []
