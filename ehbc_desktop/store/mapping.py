"""Which table stores each record of domain.entities, and the columns a record does not carry.

The conversion itself is derived from the records' type hints and the models' columns
(`store.row_mapper`): a new field needs the entity, the model and a migration, nothing here.
Rows never leave the store; `to_record` hands out immutable records.
"""

from __future__ import annotations

import typing
from typing import Any, NamedTuple, TypeVar

from ehbc_desktop.domain import entities as e
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import Base
from ehbc_desktop.store.codec import type_hints
from ehbc_desktop.store.row_mapper import Row, RowMapper, Table

T = TypeVar("T")

RECORDS = RowMapper({
    e.Case: Table(m.Case, row_only={
        "created_at": "when the row was made; the writer takes the opening day",
        "updated_at": "the case list's last activity, bumped by every service write",
    }),
    e.Person: Table(m.Person, row_only={
        "name_key": "the folded name the people look-up matches on, made from the name",
    }),
    e.Participant: Table(m.Participant, row_only={
        "position": "the order of entry; a record keeps it as the order of its tuple",
    }),
    e.Report: Table(m.Report),
    e.Triage: Table(m.Triage),
    e.SeverityAssessment: Table(m.SeverityAssessment),
    e.CareTeamConsultation: Table(m.CareTeamConsultation),
    e.ExternalContact: Table(m.ExternalContact),
    e.VictimConsent: Table(m.VictimConsent),
    e.ParentInvolvementWish: Table(m.ParentInvolvementWish),
    e.ParentOverride: Table(m.ParentOverride),
    e.ApproachDecision: Table(m.ApproachDecision),
    e.Conversation: Table(m.Conversation),
    e.Amendment: Table(m.Amendment),
    e.Agreement: Table(m.Agreement),
    e.RepairAgreement: Table(m.RepairAgreement),
    e.FollowUp: Table(m.FollowUp),
    e.Observation: Table(m.Observation),
    e.EvidenceItem: Table(m.EvidenceItem, row_only={
        "blob_id": "where the encrypted bytes are: vault code only, never in a record",
        "blob_key": "the bytes' own key: vault code only, never in a record",
    }),
    e.CaseNote: Table(m.CaseNote),
    e.AuditEvent: Table(m.AuditEvent),
})  # fmt: skip


class CaseRecordField(NamedTuple):
    """One per-case field of CaseRecord: its name, record type, table, and whether a tuple."""

    name: str
    record_type: type[Any]
    model: type[Base]
    many: bool


def _case_record_field(name: str, hint: Any) -> CaseRecordField:
    many = typing.get_origin(hint) is tuple
    record_type = next(a for a in typing.get_args(hint) if a not in {type(None), Ellipsis})
    return CaseRecordField(name, record_type, RECORDS.model(record_type), many)


#: The per-case fields of a CaseRecord, in the order CaseRecord declares them; that order
#: satisfies the foreign keys (conversations first, then the agreements that point to them).
CASE_RECORD_FIELDS: tuple[CaseRecordField, ...] = tuple(
    _case_record_field(name, hint)
    for name, hint in type_hints(e.CaseRecord).items()
    if name not in {"case", "people", "participants"}
)


def to_record(cls: type[T], row: Base) -> T:
    """The immutable record of type `cls` held by the ORM `row`."""
    return RECORDS.to_record(cls, row)


def to_row(record: Any) -> Row:
    """The column values of a record (row-only columns left out; the caller adds them)."""
    return RECORDS.to_row(record)
