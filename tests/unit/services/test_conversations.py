"""Finishing conversations: the rules of each form, the records they leave, amendments."""

from __future__ import annotations

from datetime import date

import pytest

from ehbc_desktop.domain.enums import (
    AuditAction,
    ConversationKind,
    FollowUpKind,
    FollowUpOutcome,
    GroupMethod,
)
from ehbc_desktop.domain.rules import AgreementPart, RuleReason
from ehbc_desktop.formspec import AnswerProblem
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.errors import (
    AgreementIncompleteError,
    AnswersInvalidError,
    GridIncompleteError,
    InvalidInputError,
    NotFoundError,
    RuleRefusedError,
)
from ehbc_desktop.services.followup.followups import FollowUpService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.approach import ApproachService
from ehbc_desktop.services.steps.drafts import DraftService
from tests.unit.services.records_helpers import (
    agreement_row,
    assert_no_names_in_audit,
    audit_events,
    bully_answers,
    day,
    form,
    open_case,
    restorative_answers,
    victim_answers,
)


def test_victim_conversation_keeps_wording_and_leaves_its_records(
    vault_session: VaultSession,
) -> None:
    c = open_case(vault_session)
    drafts = DraftService(vault_session)
    drafts.save(c.case_id, "victim", 1, {"what_happened": "half"})
    spec = form("victim")

    done = ConversationService(vault_session).finish(c.case_id, spec, victim_answers(c))

    record = CaseService(vault_session).get_case(c.case_id)
    (conv,) = record.conversations
    expected = (ConversationKind.VICTIM, "victim", spec.version)
    assert (conv.kind, conv.form_id, conv.form_version) == expected
    assert conv.finished and conv.held_on == day(1) and conv.next_date == day(8)
    assert conv.participant_ids == (c.victim,)
    asked = {a.field_id: a for a in conv.answers}
    assert asked["what_happened"].question == spec.field("what_happened").label.nl  # type: ignore[union-attr]
    assert asked["participants"].value == "Noé Janssens"
    (agreement,) = record.agreements
    assert (agreement.who, agreement.due, agreement.conversation_id) == ("Noé", day(7), conv.id)
    (follow_up,) = record.follow_ups
    assert follow_up.planned_on == day(8) and follow_up.id in done.follow_up_ids
    assert [x.consents for x in record.consents] == [True]
    assert drafts.load(c.case_id, "victim") is None
    assert CaseService(vault_session).list_cases(text="klasgroep")[0].id == c.case_id
    assert_no_names_in_audit(vault_session)


def test_bully_conversation_needs_the_victims_consent(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    service = ConversationService(vault_session)
    with pytest.raises(RuleRefusedError) as refused:
        service.finish(c.case_id, form("bully"), bully_answers(c))
    assert refused.value.reasons == (RuleReason.NO_CONSENT_RECORDED,)
    with pytest.raises(RuleRefusedError):
        service.check_start(c.case_id, form("bully"), day(2))

    approach = ApproachService(vault_session)
    approach.record_consent(c.case_id, c.victim, True)
    service.check_start(c.case_id, form("bully"), day(2))
    approach.withdraw_consent(c.case_id, c.victim)
    with pytest.raises(RuleRefusedError) as withdrawn:
        service.finish(c.case_id, form("bully"), bully_answers(c))
    assert withdrawn.value.reasons == (RuleReason.CONSENT_WITHDRAWN,)
    assert CaseService(vault_session).get_case(c.case_id).conversations == ()


def test_agreement_rows_must_be_complete(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    values = victim_answers(c, agreements=[agreement_row(), agreement_row(what=" ")])
    with pytest.raises(AgreementIncompleteError) as refused:
        ConversationService(vault_session).finish(c.case_id, form("victim"), values)
    assert (refused.value.row, refused.value.missing) == (1, (AgreementPart.WHAT,))


def test_required_answers_and_next_date(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    service = ConversationService(vault_session)
    with pytest.raises(InvalidInputError) as no_date:
        service.finish(c.case_id, form("victim"), victim_answers(c, next_date=None))
    assert no_date.value.field == "next_date"
    with pytest.raises(AnswersInvalidError) as invalid:
        service.finish(c.case_id, form("victim"), victim_answers(c, feelings=""))
    assert invalid.value.problems == {"feelings": (AnswerProblem.REQUIRED,)}
    with pytest.raises(NotFoundError):
        service.finish(c.case_id, form("victim"), victim_answers(c, participants=["nobody"]))


def test_restorative_preconditions_and_grid(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    service = ConversationService(vault_session)
    not_willing = restorative_answers(c, victim_wants=False)
    with pytest.raises(RuleRefusedError) as refused:
        service.finish(c.case_id, form("restorative"), not_willing)
    assert refused.value.reasons == (RuleReason.RESTORATIVE_VICTIM_NOT_WILLING,)

    grid = restorative_answers(c)["round"]
    grid[c.bully]["how_to_make_right"] = "  "
    with pytest.raises(GridIncompleteError) as gaps:
        service.finish(c.case_id, form("restorative"), restorative_answers(c, round=grid))
    assert [(g.participant_id, g.question.value) for g in gaps.value.gaps] == [
        (c.bully, "how_to_make_right")
    ]
    assert CaseService(vault_session).get_case(c.case_id).conversations == ()


def test_restorative_conversation_makes_repair_agreement_and_step3(
    vault_session: VaultSession,
) -> None:
    c = open_case(vault_session)
    done = ConversationService(vault_session).finish(
        c.case_id, form("restorative"), restorative_answers(c)
    )
    record = CaseService(vault_session).get_case(c.case_id)
    (repair,) = record.repair_agreements
    assert repair.id == done.repair_agreement_id
    assert repair.engagements == ("biedt excuses aan", "verwijdert de foto's")
    assert repair.bully_participant_ids == (c.bully,)
    assert (repair.term, repair.evaluation_on) == (day(17), day(24))
    assert repair.support_figures[0].name == "meester Jan"
    kinds = sorted((f.kind.value, f.planned_on) for f in record.follow_ups)
    # Held on Thursday 5 March; the school's default of 7 days gives Thursday 12 March.
    assert kinds == [
        ("general", day(24)),
        ("restorative_bully", date(2026, 3, 12)),
        ("restorative_victim", date(2026, 3, 12)),
    ]


def test_group_conversation_records_its_method(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    values = {
        "method": "support_group",
        "group_name": "klas 2B",
        "held_on": day(4),
        "what_came_out": "steun",
        "agreements": [agreement_row("klas", "nemen Noé mee")],
        "next_date": day(11),
    }
    done = ConversationService(vault_session).finish(c.case_id, form("group"), values)
    record = CaseService(vault_session).get_case(c.case_id)
    assert record.conversations[0].group_method is GroupMethod.SUPPORT_GROUP
    assert [f.kind for f in record.follow_ups] == [FollowUpKind.GROUP]
    assert done.follow_up_ids == (record.follow_ups[0].id,)


def test_follow_up_form_marks_the_planned_follow_up_held(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    planned = FollowUpService(vault_session).plan(c.case_id, day(7)).follow_up_id
    values = {
        "held_on": day(8),
        "participants": [c.victim],
        "how_it_goes": "beter",
        "agreements_kept": "all",
        "outcome": "stopped",
        "next_date": day(22),
    }
    done = ConversationService(vault_session).finish(c.case_id, form("follow_up"), values)
    assert done.held_follow_up_id == planned
    record = CaseService(vault_session).get_case(c.case_id)
    held = next(f for f in record.follow_ups if f.id == planned)
    assert (held.held_on, held.outcome) == (day(8), FollowUpOutcome.STOPPED)
    assert [f.planned_on for f in record.follow_ups if f.held_on is None] == [day(22)]


def test_amendment_keeps_the_original(vault_session: VaultSession) -> None:
    c = open_case(vault_session)
    service = ConversationService(vault_session)
    done = service.finish(c.case_id, form("victim"), victim_answers(c))
    before = service.get(done.conversation_id).conversation
    amendment_id = service.add_amendment(done.conversation_id, "Het was dinsdag, niet maandag.")
    after = service.get(done.conversation_id)
    assert after.conversation == before
    assert [a.id for a in after.amendments] == [amendment_id]
    assert after.amendments[0].text == "Het was dinsdag, niet maandag."
    with pytest.raises(InvalidInputError):
        service.add_amendment(done.conversation_id, "  ")
    actions = [(e.action, e.target.split(":")[0]) for e in audit_events(vault_session)]
    assert (AuditAction.CREATE, "amendment") in actions
