"""Real vaults for tests: a new vault, the story case written into it, and single store rows.

Every vault is created with fast key derivation (`kdf=FAST_TEST_PARAMS`). Records are written
through the store's writer (`insert_case_records`), the path the archive import takes; the few
`add_*` helpers write one row straight to the store models for tests that need just that row.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from ehbc_desktop.domain.enums import AgreementStatus, Classification, Role
from ehbc_desktop.services.access import access
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from ehbc_desktop.store.writer import insert_case_records
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.builders.story import SCHOOL, make_record, story_amendment

USER = "juf.an"
PASSPHRASE = "een lange geheime zin voor de test"
# A 1x1 PNG: enough for ReportLab to place a picture.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)


def new_vault(
    folder: Path, *, school: str = SCHOOL, user: str = USER, passphrase: str = PASSPHRASE
) -> VaultSession:
    """A new, empty real vault with `user` as its administrator; returns the open session."""
    session, _code = access.create(folder, school, user, passphrase, kdf=FAST_TEST_PARAMS)
    return session


def settle(session: VaultSession) -> None:
    """One read: the first read after a write sets SQLite's read marks in the -shm index.

    Done before a "before" snapshot so that before/after hashes compare what the code under
    test did, the -shm file included.
    """
    with session.unit() as s:
        s.execute(text("SELECT count(*) FROM cases")).scalar()


@dataclass(frozen=True)
class DocumentCase:
    """The ids of the story case in a vault."""

    case_id: str
    reference: str
    conversation_id: str
    evidence_id: str
    victim_id: str
    bully_id: str


def build_case(vs: VaultSession, *, conversations: int = 1) -> DocumentCase:
    """Write the story case (`tests.builders.story.make_record`) into the vault."""
    record = make_record(conversations=conversations)
    with vs.unit() as s:
        insert_case_records(s, [record], [story_amendment()])
    roles = {p.role: p.id for p in record.participants}
    return DocumentCase(
        record.case.id, record.case.reference, record.conversations[0].id,
        record.evidence[0].id, roles[Role.VICTIM], roles[Role.BULLY],
    )  # fmt: skip


def add_follow_up(
    vs: VaultSession,
    case_id: str,
    planned_on: date,
    *,
    held_on: date | None = None,
    step: str = "",
) -> str:
    """One follow-up row written straight to the store; returns its id."""
    with vs.sessions.begin() as s:
        row = m.FollowUp(
            case_id=case_id, planned_on=planned_on, held_on=held_on, step=step, with_whom="",
            note="",
        )  # fmt: skip
        s.add(row)
        s.flush()
        return row.id


def add_agreement(
    vs: VaultSession,
    case_id: str,
    due: date,
    *,
    status: AgreementStatus = AgreementStatus.OPEN,
    what: str = "blokkeert het account",
) -> str:
    """One agreement row written straight to the store; returns its id."""
    with vs.sessions.begin() as s:
        row = m.Agreement(
            case_id=case_id, who="Tibo", what=what, due=due, status=status, status_note=""
        )
        s.add(row)
        s.flush()
        return row.id


def add_triage(
    vs: VaultSession, case_id: str, classification: Classification, *, minutes: int = 0
) -> None:
    """One triage row written straight to the store, `minutes` after a fixed moment."""
    decided_at = datetime(2026, 1, 10, 9, 0, tzinfo=UTC) + timedelta(minutes=minutes)
    with vs.sessions.begin() as s:
        s.add(
            m.Triage(
                case_id=case_id, decided_at=decided_at, criteria={}, digital=True, features=[],
                proposed=classification, classification=classification, override_reason="",
                note="", decided_by=USER,
            )
        )  # fmt: skip
