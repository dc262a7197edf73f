"""The pupil's wish about the parents as a dated decision, and the 12+ rule acting on it."""

from __future__ import annotations

from datetime import date

import pytest

from ehbc_desktop.domain.enums import AuditAction, Competence, JudgeRole
from ehbc_desktop.domain.rules import RuleReason
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.documents.document_catalog import DocumentRequest
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.services.errors import InvalidInputError, RuleRefusedError
from ehbc_desktop.services.rights.access_log import AccessLogService
from ehbc_desktop.services.rights.pupil_wish import PupilWishService, WishInput
from ehbc_desktop.services.session import VaultSession
from tests.unit.services.records_helpers import (
    assert_no_names_in_audit,
    audit_events,
    day,
    form,
    open_case,
    parents_answers,
    victim_answers,
)

COMPETENT = WishInput(True, Competence.COMPETENT, "mevr. Dierickx", JudgeRole.CLB_WORKER,
                      date(2026, 3, 2), "overziet de gevolgen", "ook de klasgenoten niet")


def test_a_judgement_names_who_judged_and_in_which_role(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    wishes = PupilWishService(vault_session)
    with pytest.raises(InvalidInputError) as no_judge:
        wishes.record(c.case_id, c.victim, WishInput(True, Competence.COMPETENT))
    assert no_judge.value.field == "judged_by"
    with pytest.raises(InvalidInputError) as no_role:
        wishes.record(c.case_id, c.victim, WishInput(True, Competence.COMPETENT, "CLB"))
    assert no_role.value.field == "judge_role"
    with pytest.raises(InvalidInputError):  # a parent has no such wish of their own
        wishes.record(c.case_id, c.parent, WishInput(True))
    wishes.record(c.case_id, c.victim, WishInput(True))  # not judged yet: no judge needed


def test_history_is_kept_and_the_latest_entry_decides(vault_session: VaultSession) -> None:
    c = open_case(vault_session)  # the victim is 14
    wishes = PupilWishService(vault_session)
    wishes.record(c.case_id, c.victim, WishInput(True))
    (status,) = [s for s in wishes.statuses(c.case_id, day(1)) if s.participant_id == c.victim]
    assert status.verdict.blocked
    assert status.verdict.reason is RuleReason.PARENTS_NOT_YET_JUDGED

    wishes.record(c.case_id, c.victim, COMPETENT)
    (status,) = [s for s in wishes.statuses(c.case_id, day(1)) if s.participant_id == c.victim]
    assert status.verdict.reason is RuleReason.PARENTS_WISH_STANDS
    assert [w.effective_competence for w in status.history] == [
        Competence.NOT_JUDGED, Competence.COMPETENT]
    assert status.latest is not None and status.latest.judged_by == "mevr. Dierickx"
    assert status.latest.recorded_by == "juf.an"

    not_competent = WishInput(True, Competence.NOT_COMPETENT, "mevr. Dierickx",
                              JudgeRole.CLB_WORKER, reason="kan het nog niet overzien")
    wishes.record(c.case_id, c.victim, not_competent)
    assert not wishes.blocked(c.case_id, day(1))
    events = [e for e in audit_events(vault_session) if e.target.startswith("parent_wish:")]
    assert len(events) == 3
    assert "competence=not_competent;judge_role=clb_worker" in events[-1].detail
    assert_no_names_in_audit(vault_session)


def test_under_12_the_parents_are_informed(vault_session: VaultSession) -> None:
    c = open_case(vault_session, victim_born=date(2016, 1, 5))
    wishes = PupilWishService(vault_session)
    wishes.record(c.case_id, c.victim, COMPETENT)
    assert not wishes.blocked(c.case_id, day(1))


def test_the_victim_conversation_feeds_the_record(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    conversations = ConversationService(vault_session)
    answers = victim_answers(
        c, wish_parents_not_involved=True, wish_competence="competent",
        wish_judged_by="mevr. Dierickx", wish_judge_role="clb_worker",
        wish_reason="overziet het", wish_others="de klastitularis niet")
    done = conversations.finish(c.case_id, form("victim"), answers)
    assert len(done.wish_ids) == 1
    wishes = PupilWishService(vault_session)
    (blocked,) = wishes.blocked(c.case_id, day(3))
    assert blocked.participant_id == c.victim
    assert blocked.latest is not None
    assert (blocked.latest.judge_role, blocked.latest.others_note) == (
        JudgeRole.CLB_WORKER, "de klastitularis niet")
    with pytest.raises(RuleRefusedError) as refused:
        conversations.finish(c.case_id, form("parents_victim"), parents_answers(c))
    assert refused.value.reasons == (RuleReason.PARENTS_WISH_STANDS,)

    # A later conversation where the pupil no longer objects lifts it (a new dated entry).
    later = victim_answers(c, wish_parents_not_involved=False)
    assert len(conversations.finish(c.case_id, form("victim"), later).wish_ids) == 1
    assert not wishes.blocked(c.case_id, day(3))
    # A "no" without an earlier wish records nothing.
    assert conversations.finish(c.case_id, form("victim"), later).wish_ids == ()


def test_the_parent_handout_for_the_case_is_refused_until_an_override(
    vault_session: VaultSession,
) -> None:
    c = open_case(vault_session)
    wishes = PupilWishService(vault_session)
    wishes.record(c.case_id, c.victim, COMPETENT)
    documents = DocumentService(vault_session, today=lambda: day(3))
    handout = DocumentRequest("parent-handout", case_id=c.case_id)
    with pytest.raises(RuleRefusedError) as refused:
        documents.render(handout)
    assert (refused.value.reasons, refused.value.subject) == (
        (RuleReason.PARENTS_WISH_STANDS,), c.victim)
    # Without a case it is a general leaflet, addressed to nobody's parents.
    assert documents.render(DocumentRequest("parent-handout")).pdf.startswith(b"%PDF-")

    wishes.override(c.case_id, c.victim, "meldplicht")
    assert documents.render(handout).pdf.startswith(b"%PDF-")
    log = AccessLogService(vault_session).entries(c.case_id)
    kinds = [(e.action, e.target_kind) for e in log]
    assert (AuditAction.OVERRIDE, "parent_override") in kinds
    refusals = [e for e in log if e.target == "document:parent-handout" and "refused" in e.detail]
    assert len(refusals) == 1


def test_retention_follows_the_school_year_and_clb_files_keep_ten_years() -> None:
    from ehbc_desktop.domain.rules.retention import retention_until, school_year_end

    assert school_year_end(date(2026, 8, 31)) == date(2026, 8, 31)
    assert school_year_end(date(2026, 9, 1)) == date(2027, 8, 31)
    kept = retention_until(date(2026, 12, 6), clb_file=False, school_years=1, clb_years=10)
    assert kept == date(2028, 8, 31)  # closed in 2026-27: kept through the next school year
    clb = retention_until(date(2024, 2, 29), clb_file=True, school_years=1, clb_years=3)
    assert clb == date(2034, 2, 28)  # never fewer than ten years


def test_a_case_opened_by_a_clb_worker_is_a_clb_file(vault_session: VaultSession) -> None:
    from ehbc_desktop.domain.enums import UserRole
    from ehbc_desktop.services.access import access
    from ehbc_desktop.services.case.cases import CaseService
    from ehbc_desktop.services.case.closing import ClosingService

    vault_session.vault.add_user("clb", "lange zin van de clb", role=UserRole.CLB_WORKER)
    folder = vault_session.vault.folder
    vault_session.close()
    clb = access.unlock(folder, "clb", "lange zin van de clb")
    case_id = CaseService(clb).create_case("CLB-dossier", [], opened_on=date(2026, 10, 1))
    until, clb_file = ClosingService(clb).retention_date(case_id, date(2026, 12, 6))
    assert clb_file and until == date(2036, 12, 6)
    clb.close()


def test_the_bully_conversation_records_the_bullys_wish_not_yet_judged(
    vault_session: VaultSession,
) -> None:
    from ehbc_desktop.services.steps.approach import ApproachService
    from tests.unit.services.records_helpers import bully_answers

    c = open_case(vault_session)
    ApproachService(vault_session).record_consent(c.case_id, c.victim, True)
    answers = bully_answers(c, wish_parents_not_involved=True, wish_competence="not_judged")
    done = ConversationService(vault_session).finish(c.case_id, form("bully"), answers)
    assert len(done.wish_ids) == 1
    (blocked,) = PupilWishService(vault_session).blocked(c.case_id, day(3))
    assert blocked.participant_id == c.bully
    assert blocked.verdict.reason is RuleReason.PARENTS_NOT_YET_JUDGED
