"""Whole case records written in bulk come back exactly as they went in."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ehbc_desktop.domain.entities import Participant
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.store import models as m
from ehbc_desktop.store.loader import load_case_record
from ehbc_desktop.store.schema import upgrade_to_head
from ehbc_desktop.store.search import matching_case_ids
from ehbc_desktop.store.writer import insert_case_records
from ehbc_desktop.vault.database import make_engine
from tests.builders.rows import fill_every_record


def test_records_round_trip_into_another_vault(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    with sessions.begin() as s:
        case_id = fill_every_record(s)
    with sessions() as s:
        original = load_case_record(s, case_id)
    # A parent listed before the pupil it belongs to must still go in.
    victim = original.participants[0]
    parent = Participant("p" * 32, case_id, victim.person_id, Role.PARENT, related_to=victim.id)
    original = replace(original, participants=(parent, *original.participants))

    other = make_engine(tmp_path / "other.db", os.urandom(32))
    upgrade_to_head(other)
    other_sessions = sessionmaker(other, expire_on_commit=False)
    with other_sessions.begin() as s:
        insert_case_records(s, [original])
    with other_sessions.begin() as s:
        insert_case_records(
            s,
            [
                replace(
                    original,
                    case=replace(original.case, id="c" * 32, reference="2026-0002"),
                    participants=(),
                    report=None,
                    triages=(),
                    severities=(),
                    care_team=(),
                    external=(),
                    consents=(),
                    parent_wishes=(),
                    parent_overrides=(),
                    approach_decisions=(),
                    conversations=(),
                    agreements=(),
                    repair_agreements=(),
                    follow_ups=(),
                    observations=(),
                    evidence=(),
                    notes=(),
                )
            ],
        )
    with other_sessions() as s:
        copied = load_case_record(s, case_id)
        people = s.execute(select(func.count()).select_from(m.Person)).scalar()
        hits = sorted(matching_case_ids(s, "jan") or ())
    other.dispose()
    assert copied == original
    assert people == 1  # the known person is not written twice
    assert hits == [case_id]
