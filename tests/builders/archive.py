"""Rich fictitious cases with evidence for the archive, backup and record-json tests.

`rich_record` builds on `CaseBuilder` (fresh vault-style ids each call, so several fit in one
vault); `vault_with_cases` writes them into a new vault with evidence files holding MARKER.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from pathlib import Path

from ehbc_desktop.domain.entities import (
    Amendment,
    Answer,
    CaseNote,
    CaseRecord,
    RepairAgreement,
    SupportFigure,
)
from ehbc_desktop.domain.enums import (
    ApproachChoice,
    ApproachReason,
    ConversationKind,
    FollowUpOutcome,
    ReporterKind,
)
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store.writer import insert_case_records
from tests.builders.records import DAY0, CaseBuilder, at, days
from tests.builders.vault import new_vault

ARCHIVE_PASSPHRASE = "molen-tulp-zeef-kaars-duin-vlag"
MARKER = b"ZZ-EVIDENCE-PLAINTEXT-MARKER-7f3a"
FAST_WORK_FACTOR = 10


def hexid() -> str:
    """A new id in the vault's form (uuid4 hex)."""
    return uuid.uuid4().hex


def rich_record(reference: str, tag: str) -> tuple[CaseRecord, tuple[Amendment, ...]]:
    """A case with most kinds of records, people with accents, and an amendment."""
    case_id = hexid()
    v, b = f"v{tag}{hexid()[:8]}", f"b{tag}{hexid()[:8]}"
    builder = (
        CaseBuilder(case_id=case_id)
        .victim(v)
        .bully(b)
        .report(ReporterKind.PARENT, personally=False)
        .triage()
        .severity()
        .consent(victim=v)
        .wish(pupil=v)
        .override(pupil=v)
        .decision(ApproachChoice.CONFRONTATIONAL, reasons=(ApproachReason.C_BIG_IMPACT,))
        .conversation(ConversationKind.VICTIM, participants=(v,))
        .agreement()
        .held(days(7), FollowUpOutcome.DECREASED)
        .observation()
    )
    record = builder.build()
    people = {
        pid: replace(p, first_name=f"Amélie-{tag}", last_name="Vandenbergh\u00e9", class_name="3B")
        for pid, p in record.people.items()
    }
    conversation = replace(
        record.conversations[0],
        answers=(Answer("what", "Wat gebeurde er?", "Berichten in de groepschat"),),
    )
    repair = RepairAgreement(
        hexid(), case_id, (b,), ("stopt met berichten",), (SupportFigure("Meester Jan", "leraar"),),
        days(14), days(21), conversation.id, days(2),
    )  # fmt: skip
    note = CaseNote(hexid(), case_id, at(DAY0, 12), "Moeder belde: ongerust", "juf.an")
    record = replace(
        record,
        case=replace(record.case, reference=reference, title=f"Groepschat {tag}"),
        people=people,
        conversations=(conversation,),
        repair_agreements=(repair,),
        notes=(note,),
    )
    amendment = Amendment(hexid(), conversation.id, at(days(1)), "aanvulling", "juf.an")
    return record, (amendment,)


def vault_with_cases(folder: Path, *, count: int = 2) -> tuple[VaultSession, list[str]]:
    """A new vault with ``count`` rich cases, each with two evidence files holding MARKER."""
    session = new_vault(folder)
    ids = []
    for n in range(count):
        record, amendments = rich_record(f"2026-{n + 1:04d}", str(n))
        with session.unit() as s:
            insert_case_records(s, [record], amendments)
        service = EvidenceService(session)
        for k in range(2):
            payload = MARKER + f" case {n} item {k} ".encode() + bytes(range(256)) * (40 + k)
            service.add_stream(
                record.case.id,
                io.BytesIO(payload),
                EvidenceInput(
                    f"schermafdruk {k}", "moeder", DAY0, "Instagram", original_name=f"s{k}.png"
                ),
            )
        ids.append(record.case.id)
    return session, ids
