"""The append-only, hash-chained audit log: write an entry, and verify the whole chain."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.store.base import utcnow
from ehbc_desktop.store.models import AuditEvent, CaseAccess, SealedCase

GENESIS_HASH = "0" * 64
# The newest entry (sequence number, hex hash): the vault keeps it in its commit record.
HEAD_SQL = "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"
# A look at a sealed case by a colleague without access: nothing of it was shown.
REFUSED = "refused"
# The loads of one refused opening (case, timeline, tabs) are one entry within this time.
_REFUSED_REPEAT = timedelta(seconds=60)


def hash_at(session: Session, seq: int) -> str | None:
    """The stored hash of entry `seq`, or None when there is no such entry."""
    return session.execute(select(AuditEvent.hash).where(AuditEvent.seq == seq)).scalar()


def entry_hash(
    *,
    seq: int,
    at: datetime,
    user: str,
    action: str,
    target: str,
    case_id: str | None,
    detail: str,
    prev_hash: str,
) -> str:
    """SHA-256 over the canonical JSON of an entry's fields and the previous entry's hash."""
    canonical = json.dumps(
        [seq, at.astimezone(UTC).isoformat(), user, action, target, case_id, detail, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record(  # noqa: PLR0917 - the documented store contract
    session: Session,
    user: str,
    action: AuditAction,
    target: str,
    case_id: str | None = None,
    detail: str = "",
) -> AuditEvent:
    """Append an audit entry in the caller's unit of work.

    Args:
        session: The open unit of work; the entry commits or rolls back with the change.
        user: Who did it.
        action: What kind of thing was done.
        target: What it was done to, as "kind:id" (never a name).
        case_id: The case concerned, if any.
        detail: Ids and kinds only; never a pupil's name or a note's text.

    A VIEW of a sealed case by a user who may not open it (other than of its access log, which
    is not sealed) is recorded as what it was, a refused attempt ("case:<id>", detail
    "refused"): they saw only its reference, status and dates. The same refusal again within a
    minute is not repeated (one opening loads several parts).
    """
    if not target.startswith("access_log:") and _refused_view(session, user, action, case_id):
        target, detail = f"case:{case_id}", REFUSED
        repeated = _repeated(session, user, target)
        if repeated is not None:
            return repeated
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    # Stored without sub-microsecond detail and read back as UTC: hash exactly what is stored.
    at = utcnow()
    event = AuditEvent(
        seq=seq,
        at=at,
        user=user,
        action=action,
        target=target,
        case_id=case_id,
        detail=detail,
        prev_hash=prev_hash,
        hash=entry_hash(
            seq=seq,
            at=at,
            user=user,
            action=action.value,
            target=target,
            case_id=case_id,
            detail=detail,
            prev_hash=prev_hash,
        ),
    )
    session.add(event)
    session.flush()
    return event


def _refused_view(session: Session, user: str, action: AuditAction, case_id: str | None) -> bool:
    """True for a VIEW of a sealed case by a user without access to it."""
    if action is not AuditAction.VIEW or case_id is None:
        return False
    return (session.get(SealedCase, case_id) is not None
            and session.get(CaseAccess, (case_id, user)) is None)


def _repeated(session: Session, user: str, target: str) -> AuditEvent | None:
    """The newest entry when it is this same refusal, less than a minute ago."""
    newest = session.execute(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).scalar()
    if newest is None or (newest.user, newest.target, newest.detail) != (user, target, REFUSED):
        return None
    at = newest.at if newest.at.tzinfo else newest.at.replace(tzinfo=UTC)
    now = utcnow()
    now = now if now.tzinfo else now.replace(tzinfo=UTC)
    return newest if now - at < _REFUSED_REPEAT else None


def verify_chain(session: Session) -> list[str]:
    """Check every entry of the log; return the problems found (empty when the chain is whole).

    A deleted row shows as a gap in the sequence and a broken link, an edited row as a hash that
    no longer matches, a reordered row as a broken link.
    """
    problems: list[str] = []
    expected_seq, prev_hash = 1, GENESIS_HASH
    # Raw values: a tampered row may no longer be a valid enum or time.
    rows = session.execute(
        text(
            "SELECT seq, at, user, action, target, case_id, detail, prev_hash, hash"
            " FROM audit_events ORDER BY seq"
        )
    )
    for seq, at, user, action, target, case_id, detail, linked, stored in rows:
        if seq != expected_seq:
            problems.append(f"entry {seq}: expected sequence number {expected_seq}")
        if linked != prev_hash:
            problems.append(f"entry {seq}: does not link to the entry before it")
        try:
            when = datetime.fromisoformat(str(at)).replace(tzinfo=UTC)
            computed = entry_hash(
                seq=seq,
                at=when,
                user=user,
                action=action,
                target=target,
                case_id=case_id,
                detail=detail,
                prev_hash=linked,
            )
        except (TypeError, ValueError):
            computed = ""
        if computed != stored:
            problems.append(f"entry {seq}: content does not match its hash")
        expected_seq, prev_hash = seq + 1, stored
    return problems
