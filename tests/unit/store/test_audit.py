"""The audit log: entries chain by hash, tampering is found, SQL refuses updates and deletes."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.store import audit
from ehbc_desktop.store.models import AuditEvent


def _write(sessions: sessionmaker[Session], count: int) -> None:
    with sessions.begin() as s:
        for i in range(count):
            audit.record(s, "juf.an", AuditAction.VIEW, f"case:{i}", f"c{i}", "")


def _drop_triggers(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_events_no_update"))
        conn.execute(text("DROP TRIGGER audit_events_no_delete"))


def test_entries_link_to_the_one_before(sessions: sessionmaker[Session]) -> None:
    _write(sessions, 3)
    with sessions() as s:
        rows = s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars().all()
        assert [r.seq for r in rows] == [1, 2, 3]
        assert rows[0].prev_hash == audit.GENESIS_HASH
        assert rows[1].prev_hash == rows[0].hash
        assert rows[2].prev_hash == rows[1].hash
        assert audit.verify_chain(s) == []


def test_update_and_delete_are_refused_by_sql(
    sessions: sessionmaker[Session], engine: Engine
) -> None:
    _write(sessions, 2)
    with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET user = 'x' WHERE seq = 1"))
    with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq = 1"))
    with sessions() as s:
        assert s.execute(select(func.count()).select_from(AuditEvent)).scalar() == 2


def test_an_edited_row_is_found(sessions: sessionmaker[Session], engine: Engine) -> None:
    _write(sessions, 3)
    _drop_triggers(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET target = 'case:other' WHERE seq = 2"))
    with sessions() as s:
        problems = audit.verify_chain(s)
    assert problems == ["entry 2: content does not match its hash"]


def test_a_deleted_row_is_found(sessions: sessionmaker[Session], engine: Engine) -> None:
    _write(sessions, 4)
    _drop_triggers(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    with sessions() as s:
        problems = audit.verify_chain(s)
    assert any("entry 3" in p and "sequence" in p for p in problems)
    assert any("entry 3" in p and "link" in p for p in problems)


def test_reordered_rows_are_found(sessions: sessionmaker[Session], engine: Engine) -> None:
    _write(sessions, 3)
    _drop_triggers(engine)
    with engine.begin() as conn:  # swap the contents of entries 1 and 2
        conn.execute(text("UPDATE audit_events SET seq = 100 WHERE seq = 1"))
        conn.execute(text("UPDATE audit_events SET seq = 1 WHERE seq = 2"))
        conn.execute(text("UPDATE audit_events SET seq = 2 WHERE seq = 100"))
    with sessions() as s:
        problems = audit.verify_chain(s)
    assert problems
    assert any("link" in p for p in problems)


def test_a_rewritten_action_that_is_no_longer_valid_is_found(
    sessions: sessionmaker[Session], engine: Engine
) -> None:
    _write(sessions, 2)
    _drop_triggers(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET at = 'not a time' WHERE seq = 1"))
    with sessions() as s:
        assert audit.verify_chain(s) == ["entry 1: content does not match its hash"]
