"""The demo vault holds conversations of every kind, made through the real forms."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from ehbc_desktop.demo.vault import DEMO_USER, create_demo_vault
from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import ConversationKind, FollowUpKind
from ehbc_desktop.formspec import FieldType, load_forms
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.drafts import DraftService
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

TODAY = date(2026, 11, 21)
PASSPHRASE = "demo wachtzin voor de gesprekken"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VaultSession]:
    """A small demo vault, opened."""
    folder: Path = tmp_path_factory.mktemp("demo") / "vault"
    create_demo_vault(folder, PASSPHRASE, cases=12, today=TODAY, kdf=FAST_TEST_PARAMS)
    session = access.unlock(folder, DEMO_USER, PASSPHRASE)
    yield session
    session.close()


def _records(session: VaultSession) -> list[CaseRecord]:
    with session.unit() as s:
        ids = list(s.execute(select(m.Case.id)).scalars())
    cases = CaseService(session)
    return [cases.get_case(i) for i in ids]


def test_one_case_holds_a_finished_conversation_of_every_kind(demo: VaultSession) -> None:
    showcase = [r for r in _records(demo) if len({c.form_id for c in r.conversations}) == 9]
    assert len(showcase) == 1
    record = showcase[0]
    forms = load_forms(None)
    for conv in record.conversations:
        assert conv.finished
        assert conv.held_on <= TODAY
        spec = forms.get(conv.form_id)
        labels = {f.id: f.label.get("nl") for f in spec.fields if f.type is not FieldType.GRID}
        asked = {a.field_id: a.question for a in conv.answers if a.field_id in labels}
        assert asked, conv.form_id
        assert all(asked[k] == labels[k] for k in asked)  # the forms' own wording, in Dutch
    assert {c.kind for c in record.conversations} == set(ConversationKind)


def test_the_restorative_conversation_has_its_repair_agreement_and_step_3(
    demo: VaultSession,
) -> None:
    record = next(r for r in _records(demo) if len(r.conversations) >= 9)
    talk = next(c for c in record.conversations if c.kind is ConversationKind.RESTORATIVE)
    (repair,) = [a for a in record.repair_agreements if a.conversation_id == talk.id]
    assert len(repair.engagements) == 3
    assert repair.support_figures
    kinds = [f.kind for f in record.follow_ups]
    assert FollowUpKind.RESTORATIVE_BULLY in kinds
    assert FollowUpKind.RESTORATIVE_VICTIM in kinds
    assert any(f.held_on is not None and f.step for f in record.follow_ups)


def test_one_unfinished_conversation_waits_as_a_draft(demo: VaultSession) -> None:
    drafts = DraftService(demo)
    found = [(r.case.id, drafts.list_drafts(r.case.id)) for r in _records(demo)]
    waiting = [(case_id, d) for case_id, d in found if d]
    assert len(waiting) == 1
    case_id, [(form_id, _at)] = waiting[0]
    draft = drafts.load(case_id, form_id)
    assert draft is not None
    assert draft.values["how_it_goes"]
    assert draft.values["_page"] == "talk"
