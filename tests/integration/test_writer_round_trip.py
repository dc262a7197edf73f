"""Bulk-inserted case records load back equal, are searchable, and share people across cases."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from ehbc_desktop.domain.entities import (
    Amendment,
    Answer,
    CaseNote,
    CaseRecord,
    EvidenceItem,
    ExternalContact,
    Participant,
    Person,
    RepairAgreement,
    SupportFigure,
)
from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ApproachChoice,
    ApproachReason,
    CaseStatus,
    Confidentiality,
    ConversationKind,
    ExternalBody,
    Flag,
    FollowUpKind,
    FollowUpOutcome,
    GroupMethod,
    ReporterKind,
    Role,
    WarningSign,
)
from ehbc_desktop.store import loader
from ehbc_desktop.store import models as m
from ehbc_desktop.store.schema import upgrade_to_head
from ehbc_desktop.store.search import matching_case_ids
from ehbc_desktop.store.writer import insert_case_records
from ehbc_desktop.vault.database import make_engine
from tests.builders.records import DAY0, CaseBuilder, at, days


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    """A fresh encrypted database at the newest schema."""
    engine: Engine = make_engine(tmp_path / "vault.db", os.urandom(32))
    upgrade_to_head(engine)
    yield sessionmaker(engine, expire_on_commit=False)
    engine.dispose()


def _full_record(prefix: str, reference: str) -> CaseRecord:
    """A case with every record type (participant ids start with `prefix`)."""
    victim, bully = f"{prefix}v", f"{prefix}b"
    b = CaseBuilder(status=CaseStatus.CLOSED)
    b.victim(victim, birth_date=DAY0.replace(year=2012)).bully(bully)
    b.report(ReporterKind.PEER, personally=False).observation(days(1)).triage(on=days(2))
    b.severity(days(3)).consent(True, days(4), victim=victim).wish(victim, days(4))
    b.override(victim, days(4)).decision(
        ApproachChoice.NON_CONFRONTATIONAL_GROUP, days(5), (ApproachReason.NC_RECENT,)
    )
    b.conversation(ConversationKind.VICTIM, days(6), participants=(victim,))
    b.agreement(days(9), AgreementStatus.DONE).held(days(10), FollowUpOutcome.STOPPED)
    b.follow_up(days(12), kind=FollowUpKind.RESTORATIVE_BULLY)
    base = b.build()
    cid = base.case.id
    conv = replace(
        base.conversations[0],
        answers=(Answer("what_happened", "Wat gebeurde er?", "Berichten over Zoë"),),
        next_date=days(12),
        summary="kort",
        group_method=GroupMethod.PIKAS,
    )
    parent_person = Person(f"{prefix}pp", "Mireille", "Fonteyne", is_pupil=False)
    parent = Participant(f"{prefix}p", cid, parent_person.id, Role.PARENT, victim, "moeder")
    return replace(
        base,
        case=replace(
            base.case,
            reference=reference,
            closed_on=days(40),
            retention_until=days(2000),
            close_note="ok",
            aftercare_not_needed=True,
            close_overrides=(("parents_not_informed", "onbereikbaar"),),
        ),
        people={**base.people, parent_person.id: parent_person},
        # The parent comes first: its link to the pupil must still be stored.
        participants=(parent, *base.participants),
        severities=(
            replace(
                base.severities[0],
                sexual_or_transgressive=True,
                flag=Flag.YELLOW,
                flag_notes={"equality": "ongelijk"},
            ),
        ),
        conversations=(conv,),
        agreements=(
            replace(
                base.agreements[0],
                conversation_id=conv.id,
                status_changed_on=days(9),
                status_note="gedaan",
            ),
        ),
        external=(ExternalContact(f"{prefix}x", cid, ExternalBody.CLB, days(3), True, "r1", "n"),),
        repair_agreements=(
            RepairAgreement(
                f"{prefix}r",
                cid,
                (bully,),
                ("excuses",),
                (SupportFigure("Jan", "coach"),),
                days(20),
                days(25),
                conv.id,
                days(8),
            ),
        ),
        observations=(replace(base.observations[0], signs=(WarningSign.LOW_MOOD,), note="stil"),),
        evidence=(
            EvidenceItem(
                f"{prefix}e",
                cid,
                "schermafbeelding",
                "Lotte",
                days(1),
                "Instagram",
                Confidentiality.CARE_TEAM,
                "ab" * 32,
                "foto.png",
                123,
                "image/png",
                at(days(1)),
            ),
        ),
        notes=(CaseNote(f"{prefix}n", cid, at(days(7)), "Moeder belde", "juf.an"),),
    )


def _normalised(record: CaseRecord) -> CaseRecord:
    """The record with every list sorted by id (the loader orders by date, then id)."""
    changes = {}
    for item in dataclasses.fields(record):
        value = getattr(record, item.name)
        if isinstance(value, tuple):
            changes[item.name] = tuple(sorted(value, key=lambda r: r.id))
    return replace(record, **changes)


def test_every_record_type_round_trips(sessions: sessionmaker[Session]) -> None:
    first, second = _full_record("a", "2026-0001"), _full_record("c", "2026-0002")
    covered = [f.name for f in dataclasses.fields(first) if not getattr(first, f.name)]
    assert covered == [], "the test record must hold every record type"
    amendment = Amendment("am1", first.conversations[0].id, at(days(8)), "correctie", "juf.an")
    with sessions.begin() as s:
        assert insert_case_records(s, [first, second], [amendment]) == 2
    with sessions.begin() as s:
        for record in (first, second):
            loaded = loader.load_case_record(s, record.case.id)
            assert _normalised(loaded) == _normalised(record)
        assert loader.load_amendments(s, first.case.id) == (amendment,)
        assert matching_case_ids(s, "fonteyne") == {first.case.id, second.case.id}
        assert matching_case_ids(s, "zoe correctie") == {first.case.id}
        updated = s.execute(select(m.Case.updated_at).where(m.Case.id == first.case.id)).scalar()
        assert updated == datetime.combine(days(40), datetime.min.time(), UTC).replace(hour=12)


def test_people_already_in_the_vault_are_reused(sessions: sessionmaker[Session]) -> None:
    first = _full_record("a", "2026-0001")
    shared = next(iter(first.people))
    second = _full_record("c", "2026-0002")
    second = replace(
        second,
        people={**second.people, shared: first.people[shared]},
        participants=(
            *second.participants,
            Participant("cz", second.case.id, shared, Role.BYSTANDER),
        ),
    )
    with sessions.begin() as s:
        insert_case_records(s, [first])
    with sessions.begin() as s:
        insert_case_records(s, [second])
        # Three people each; the shared one was stored with the first case only.
        assert s.execute(select(func.count()).select_from(m.Person)).scalar() == 6
        assert _normalised(loader.load_case_record(s, second.case.id)) == _normalised(second)
