"""Row counts of the vault database, for `ehbc vault check`."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ehbc_desktop.store.models import (
    AuditEvent,
    Case,
    Conversation,
    EvidenceItem,
    FollowUp,
    Person,
)

COUNTED = {
    "cases": Case,
    "people": Person,
    "conversations": Conversation,
    "follow_ups": FollowUp,
    "evidence": EvidenceItem,
    "audit_events": AuditEvent,
}


def row_counts(session: Session) -> dict[str, int]:
    """How many rows each main table holds, keyed by a stable English label."""
    return {
        label: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for label, model in COUNTED.items()
    }
