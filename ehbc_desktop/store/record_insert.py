"""Writes a whole `CaseRecord` (from an archive) into the store as new rows, in FK order.

Columns are filled from the entity's fields of the same name; tuples and dicts become the JSON
the store keeps (enum values, objects for nested records). People that already exist (same id)
are reused, not overwritten. The caller owns the unit of work: nothing here commits.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from ehbc_desktop.domain.entities import Amendment, CaseRecord
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow

BlobRef = tuple[str, bytes]
"""(blob id, blob key) of an evidence file already written into the blob store."""


def _json(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {str(_json(k)): _json(v) for k, v in value.items()}
    return value


def _row(model: type[Any], entity: Any, **extra: Any) -> Any:
    values: dict[str, Any] = {}
    for column in model.__table__.columns:
        name = column.key
        if name in extra:
            values[name] = extra[name]
        elif hasattr(entity, name):
            raw = getattr(entity, name)
            values[name] = _json(raw) if isinstance(raw, (tuple, list, dict)) else raw
    return model(**values)


def _add_all(s: Session, rows: Sequence[Any]) -> None:
    s.add_all(rows)
    s.flush()


def insert_case_record(
    s: Session,
    record: CaseRecord,
    amendments: Sequence[Amendment],
    blobs: Mapping[str, BlobRef],
    reference: str | None = None,
) -> m.Case:
    """Insert every row of ``record``; ``blobs`` maps evidence ids to their stored blobs.

    Args:
        s: The caller's unit of work.
        record: The case and everything recorded for it (ids are kept as they are).
        amendments: The amendments of the case's conversations.
        blobs: Stored evidence bytes by evidence id (items missing here keep no bytes).
        reference: The case reference to use instead of the record's (a clash, a copy).
    """
    now = utcnow()
    case: m.Case = _row(
        m.Case,
        record.case,
        reference=reference or record.case.reference,
        created_at=now,
        updated_at=now,
    )
    _add_all(s, [case])
    new_people = [p for pid, p in record.people.items() if s.get(m.Person, pid) is None]
    _add_all(s, [_row(m.Person, p) for p in new_people])
    participants = [
        _row(m.Participant, p, related_to=None, position=i)
        for i, p in enumerate(record.participants)
    ]
    _add_all(s, participants)
    for row, p in zip(participants, record.participants, strict=True):
        row.related_to = p.related_to
    s.flush()
    _add_all(s, [_row(m.Report, record.report)] if record.report else [])
    for model, items in (
        (m.Triage, record.triages),
        (m.SeverityAssessment, record.severities),
        (m.CareTeamConsultation, record.care_team),
        (m.ExternalContact, record.external),
        (m.VictimConsent, record.consents),
        (m.ParentInvolvementWish, record.parent_wishes),
        (m.ParentOverride, record.parent_overrides),
        (m.ApproachDecision, record.approach_decisions),
        (m.Conversation, record.conversations),
        (m.Agreement, record.agreements),
        (m.RepairAgreement, record.repair_agreements),
        (m.FollowUp, record.follow_ups),
        (m.Observation, record.observations),
        (m.CaseNote, record.notes),
    ):
        _add_all(s, [_row(model, item) for item in items])
    _add_all(s, [_row(m.Amendment, a) for a in amendments])
    evidence = []
    for item in record.evidence:
        blob_id, key = blobs.get(item.id, (None, None))
        evidence.append(_row(m.EvidenceItem, item, blob_id=blob_id, blob_key=key))
    _add_all(s, evidence)
    return case
