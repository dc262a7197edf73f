"""The rows of a confidential case, to and from one encrypted document (no audit, no access check).

`seal_rows` gathers every record of a case into one JSON document, encrypts it under a fresh
case key, wraps that key for each allowed colleague with their X25519 PUBLIC key and removes the
plain rows (the `cases` row is replaced by a placeholder with reference, status and dates only).
It needs no private key, so whoever has the vault open can reseal a case that an allowed
colleague left open for work. `restore_rows` puts the decrypted document back as plain rows.

A case is "open for work" when it has `case_access` rows but no `sealed_cases` row: an allowed
colleague decrypted it to work on it, and it must be sealed again (`open_case_ids`).
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ehbc_desktop.services.archive.record_json import ArchivedRecord, decode_records, encode_records
from ehbc_desktop.services.archive.thermometer_rows import insert_measurements, load_measurements
from ehbc_desktop.services.errors import CaseNotFoundError
from ehbc_desktop.store import loader
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow
from ehbc_desktop.store.search import reindex_case
from ehbc_desktop.store.writer import insert_case_records
from ehbc_desktop.vault import box_keys

if TYPE_CHECKING:
    from ehbc_desktop.vault.vault import OpenVault

PAYLOAD_FORMAT = "ehbc-sealed-case"
_PLACEHOLDER_COLUMNS = ("id", "reference", "status", "opened_on", "closed_on", "retention_until",
                        "created_at", "updated_at")  # fmt: skip


def content_aad(vault_id: str, case_id: str) -> bytes:
    """The associated data that binds a sealed document to its vault and case."""
    return f"ehbc-sealed-case\x00{vault_id}\x00{case_id}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def allowed_users(s: Session, case_id: str) -> list[str]:
    """The colleagues who may open the case (empty for an ordinary case)."""
    return list(s.execute(select(m.CaseAccess.user).where(m.CaseAccess.case_id == case_id)
                          .order_by(m.CaseAccess.user)).scalars())  # fmt: skip


def open_case_ids(s: Session) -> list[str]:
    """Confidential cases whose content is in plain rows now (opened for work)."""
    sealed = select(m.SealedCase.case_id)
    return list(s.execute(select(m.CaseAccess.case_id).distinct()
                          .where(m.CaseAccess.case_id.not_in(sealed))).scalars())  # fmt: skip


def seal_rows(s: Session, vault: OpenVault, by: str, case_id: str, *, users: Sequence[str],
              publics: Mapping[str, bytes]) -> list[str]:
    """Encrypt the case's rows for `users` (those with a public key) and remove the plain rows.

    Returns the colleagues it was wrapped for. Raises CaseNotFoundError.
    """
    case = s.get(m.Case, case_id)
    if case is None:
        raise CaseNotFoundError(case_id)
    payload = collect(s, case_id)
    placeholder = {c: getattr(case, c) for c in _PLACEHOLDER_COLUMNS}
    people = list(s.execute(select(m.Participant.person_id)
                            .where(m.Participant.case_id == case_id)).scalars())  # fmt: skip
    s.execute(update(m.Participant).where(m.Participant.case_id == case_id)
              .values(related_to=None))
    # Explicit, not only by the cascade (as retention does): the class thermometer counts.
    s.execute(delete(m.ThermometerMeasurement).where(m.ThermometerMeasurement.case_id == case_id))
    s.execute(delete(m.Case).where(m.Case.id == case_id))  # cascades to every row
    s.flush()
    _drop_orphans(s, people)
    s.add(m.Case(title="", close_note="", close_overrides=[], **placeholder))
    s.flush()
    case_key = store(s, vault, by, case_id, payload)
    wrapped = [u for u in users if u in publics]
    for user in wrapped:
        wrap_for(s, vault, by, case_id, case_key=case_key, user=user, public=publics[user])
    reindex_case(s, case_id)
    return wrapped


def restore_rows(s: Session, case_id: str, payload: dict[str, Any]) -> None:
    """Put a decrypted document back as the case's plain rows (the placeholder is replaced).

    The `case_access` rows go with the placeholder; the caller adds them back if the case stays
    confidential.
    """
    (record,) = decode_records(payload["records"].encode())
    s.execute(delete(m.Case).where(m.Case.id == case_id))
    s.flush()
    reindex_case(s, case_id)  # the placeholder's search row and key go first
    insert_case_records(s, [record.record], record.amendments)
    insert_measurements(s, case_id, record.thermometer)
    for evidence_id, (blob_id, key) in payload["blob_keys"].items():
        s.execute(update(m.EvidenceItem).where(m.EvidenceItem.id == evidence_id)
                  .values(blob_id=blob_id, blob_key=base64.b64decode(key)))
    for export in payload.get("evidence_exports", ()):
        s.add(m.EvidenceExport(
            id=export["id"], evidence_id=export["evidence_id"], case_id=case_id,
            exported_at=datetime.fromisoformat(export["exported_at"]),
            exported_by=export["exported_by"], reason_kind=export["reason_kind"],
            reason=export["reason"]))
    for draft in payload["drafts"]:
        s.add(m.Draft(case_id=case_id, form_id=draft["form_id"],
                      form_version=draft["form_version"], payload=draft["payload"]))
    s.flush()
    reindex_case(s, case_id)


def decode_record(payload: dict[str, Any]) -> ArchivedRecord:
    """The case record held in a decrypted document."""
    (record,) = decode_records(payload["records"].encode())
    return record


def collect(s: Session, case_id: str) -> dict[str, Any]:
    """Every record of the case (with its class thermometer counts) as one JSON-ready document.

    The export log's rows are removed here; the rest goes with the `cases` row's cascade.
    """
    record = loader.load_case_record(s, case_id)
    amendments = loader.load_amendments(s, case_id)
    items = s.execute(select(m.EvidenceItem).where(m.EvidenceItem.case_id == case_id)).scalars()
    blob_keys = {row.id: [row.blob_id, _b64(row.blob_key)]
                 for row in items if row.blob_id and row.blob_key}  # fmt: skip
    drafts = [{"form_id": d.form_id, "form_version": d.form_version, "payload": d.payload}
              for d in s.execute(select(m.Draft).where(m.Draft.case_id == case_id)).scalars()]
    exports = [{"id": e.id, "evidence_id": e.evidence_id, "exported_at": e.exported_at
                .isoformat(), "exported_by": e.exported_by, "reason_kind": e.reason_kind,
                "reason": e.reason}
               for e in s.execute(select(m.EvidenceExport).where(
                   m.EvidenceExport.case_id == case_id)).scalars()]  # fmt: skip
    # The export log's free-text reasons may hold names: they go into the sealed content.
    s.execute(delete(m.EvidenceExport).where(m.EvidenceExport.case_id == case_id))
    thermometer = load_measurements(s, case_id)
    records = encode_records([ArchivedRecord(record, amendments, thermometer)]).decode()
    return {"format": PAYLOAD_FORMAT, "records": records, "blob_keys": blob_keys,
            "drafts": drafts, "evidence_exports": exports}


def store(s: Session, vault: OpenVault, by: str, case_id: str, payload: dict[str, Any]) -> bytes:
    """Encrypt the document under a fresh case key into `sealed_cases`; returns the key."""
    case_key = os.urandom(box_keys.KEY_BYTES)
    plain = json.dumps(payload, ensure_ascii=False).encode()
    nonce, ciphertext = box_keys.encrypt_content(case_key, plain,
                                                 content_aad(vault.vault_id, case_id))
    s.add(m.SealedCase(case_id=case_id, nonce=nonce, ciphertext=ciphertext, sealed_by=by,
                       sealed_at=utcnow()))
    return case_key


def wrap_for(s: Session, vault: OpenVault, by: str, case_id: str, *, case_key: bytes,
             user: str, public: bytes) -> None:
    """Wrap the case key for one colleague's public key into `case_access`."""
    item = box_keys.wrap_case_key(case_key, public, vault_id=vault.vault_id, case_id=case_id,
                                  user=user)
    s.add(m.CaseAccess(case_id=case_id, user=user, ephemeral_public=item.ephemeral_public,
                       nonce=item.nonce, wrapped=item.wrapped, granted_by=by,
                       granted_at=utcnow()))


def _drop_orphans(s: Session, people: list[str]) -> None:
    used = set(s.execute(select(m.Participant.person_id)
                         .where(m.Participant.person_id.in_(people))).scalars())  # fmt: skip
    orphans = [p for p in people if p not in used]
    if orphans:
        s.execute(delete(m.Person).where(m.Person.id.in_(orphans)))


__all__ = ["PAYLOAD_FORMAT", "allowed_users", "collect", "content_aad", "decode_record",
           "open_case_ids", "restore_rows", "seal_rows", "store", "wrap_for"]
