"""Confidential ("afgeschermde") cases, enforced by encryption rather than by the interface.

Sealing a case encrypts its whole content (every record: people and their names, notes, report,
conversation answers, agreements, follow-ups, evidence descriptions and evidence file keys, and
its drafts) under a fresh per-case key, stores that one ciphertext, wraps the case key for each
colleague who may open the case (their X25519 public key, `vault.box_keys`) and then removes
the plain rows. What stays readable for everyone who unlocks the vault: the `cases` row with
reference, status and dates (no title), a search row with the reference only, and who may open
it. Without their own private key (sealed in their key slot under their passphrase), another
colleague can not read it, even with the vault's data key.

A sealed case is read-only: allowed colleagues read it (`open_record`, audited) and print its
summary; to work on it again they lift the sealing (`unseal`), which puts the rows back.
Granting and revoking access are audited; revoking re-encrypts the content under a new key.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.archive.record_json import ArchivedRecord, decode_records, encode_records
from ehbc_desktop.services.errors import CaseNotFoundError, InvalidInputError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit, loader
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow
from ehbc_desktop.store.search import reindex_case
from ehbc_desktop.store.writer import insert_case_records
from ehbc_desktop.vault import box_keys
from ehbc_desktop.vault.errors import NotAllowedError

PAYLOAD_FORMAT = "ehbc-sealed-case"


@dataclass(frozen=True)
class ConfidentialState:
    """Whether a case is sealed, who may open it, and whether the current user may."""

    case_id: str
    reference: str
    sealed: bool
    allowed: tuple[str, ...]
    can_open: bool


def _aad(vault_id: str, case_id: str) -> bytes:
    return f"ehbc-sealed-case\x00{vault_id}\x00{case_id}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class ConfidentialService:
    """Seal, read, grant, revoke and unseal confidential cases (every step audited)."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    # -- reading --------------------------------------------------------------------------------
    def state(self, case_id: str) -> ConfidentialState:
        """The confidentiality of one case (no content is read)."""
        with self._vs.unit() as s:
            case = s.get(m.Case, case_id)
            if case is None:
                raise CaseNotFoundError(case_id)
            allowed = tuple(s.execute(select(m.CaseAccess.user)
                                      .where(m.CaseAccess.case_id == case_id)
                                      .order_by(m.CaseAccess.user)).scalars())  # fmt: skip
            sealed = s.get(m.SealedCase, case_id) is not None
            return ConfidentialState(case_id, case.reference, sealed, allowed,
                                     self._vs.user in allowed)

    def sealed_case_ids(self) -> set[str]:
        """The ids of every sealed case."""
        with self._vs.unit() as s:
            return set(s.execute(select(m.SealedCase.case_id)).scalars())

    def open_record(self, case_id: str) -> ArchivedRecord:
        """The decrypted content of a sealed case, for a colleague who may open it (audited).

        Raises:
            NotAllowedError: the current user has no access; CaseNotFoundError.
        """
        with self._vs.unit() as s:
            payload = self._payload(s, case_id)
            audit.record(s, self._vs.user, AuditAction.VIEW, f"case:{case_id}", case_id,
                         "confidential")
        (record,) = decode_records(payload["records"].encode())
        return record

    def summary_pdf(self, case_id: str, lang: str = "nl", *, pseudonymise: bool = False) -> bytes:
        """The case summary of a sealed case, from its decrypted content (in memory; audited).

        Raises:
            NotAllowedError: no access.
        """
        from datetime import date

        from ehbc_desktop.reports import case_summary
        from ehbc_desktop.services.documents.document_inputs import (
            case_summary_input,
            load_school_details,
        )

        found = self.open_record(case_id)
        with self._vs.unit() as s:
            school = load_school_details(s, self._vs.vault.info.school)
            audit.record(s, self._vs.user, AuditAction.VIEW, "document:case-summary", case_id,
                         f"confidential;lang={lang};pseudonymised={int(pseudonymise)}")
        data = case_summary_input(found.record, found.amendments, school, date.today(),
                                  pseudonymise, {}, "")
        return case_summary.render(data, lang)

    # -- sealing ----------------------------------------------------------------------------------
    def seal(self, case_id: str, allowed: Sequence[str]) -> None:
        """Encrypt the case's content for these colleagues (the current user always included).

        Raises:
            InvalidInputError("user"): a colleague without a key pair (they must unlock once);
            InvalidInputError("case"): already sealed; CaseNotFoundError.
        """
        users = sorted({*allowed, self._vs.user})
        publics = self._vs.vault.box_public_keys()
        if any(u not in publics for u in users):
            raise InvalidInputError("user")
        with self._vs.unit() as s:
            case = s.get(m.Case, case_id)
            if case is None:
                raise CaseNotFoundError(case_id)
            if s.get(m.SealedCase, case_id) is not None:
                raise InvalidInputError("case")
            payload = self._collect(s, case_id)
            placeholder = {c: getattr(case, c) for c in
                           ("id", "reference", "status", "opened_on", "closed_on",
                            "retention_until", "created_at", "updated_at")}  # fmt: skip
            people = self._people_of(s, case_id)
            s.execute(update(m.Participant).where(m.Participant.case_id == case_id)
                      .values(related_to=None))
            s.execute(delete(m.Case).where(m.Case.id == case_id))  # cascades to every row
            s.flush()
            self._drop_orphans(s, people)
            s.add(m.Case(title="", close_note="", close_overrides=[], **placeholder))
            s.flush()
            case_key = self._store(s, case_id, payload)
            for user in users:
                self._wrap_for(s, case_id, case_key, user, publics[user])
            reindex_case(s, case_id)
            audit.record(s, self._vs.user, AuditAction.EDIT, f"case:{case_id}", case_id,
                         f"sealed;allowed={len(users)}")
            for user in users:
                audit.record(s, self._vs.user, AuditAction.USER, f"case_access:{case_id}",
                             case_id, f"granted;user={user}")

    def unseal(self, case_id: str) -> None:
        """Lift the sealing: the rows come back and every colleague can open the case again.

        Raises:
            NotAllowedError: no access; CaseNotFoundError.
        """
        with self._vs.unit() as s:
            payload = self._payload(s, case_id)
            (record,) = decode_records(payload["records"].encode())
            s.execute(delete(m.Case).where(m.Case.id == case_id))
            s.flush()
            reindex_case(s, case_id)  # the placeholder's search row and key go first
            insert_case_records(s, [record.record], record.amendments)
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
            reindex_case(s, case_id)
            audit.record(s, self._vs.user, AuditAction.EDIT, f"case:{case_id}", case_id,
                         "unsealed")

    # -- access ---------------------------------------------------------------------------------
    def grant(self, case_id: str, user: str) -> None:
        """Let another colleague open the sealed case (the current user must have access).

        Raises:
            NotAllowedError; InvalidInputError("user"): no such colleague or no key pair.
        """
        publics = self._vs.vault.box_public_keys()
        if user not in publics:
            raise InvalidInputError("user")
        with self._vs.unit() as s:
            case_key = self._case_key(s, case_id)
            s.execute(delete(m.CaseAccess).where(m.CaseAccess.case_id == case_id,
                                                 m.CaseAccess.user == user))
            self._wrap_for(s, case_id, case_key, user, publics[user])
            audit.record(s, self._vs.user, AuditAction.USER, f"case_access:{case_id}", case_id,
                         f"granted;user={user}")

    def revoke(self, case_id: str, user: str) -> None:
        """Take a colleague's access away; the content is re-encrypted under a new case key.

        Raises:
            NotAllowedError; InvalidInputError("user"): the last colleague with access.
        """
        publics = self._vs.vault.box_public_keys()
        with self._vs.unit() as s:
            payload = self._payload(s, case_id)
            remaining = [u for u in s.execute(select(m.CaseAccess.user).where(
                m.CaseAccess.case_id == case_id)).scalars() if u != user]  # fmt: skip
            if not remaining:
                raise InvalidInputError("user")
            s.execute(delete(m.CaseAccess).where(m.CaseAccess.case_id == case_id))
            s.execute(delete(m.SealedCase).where(m.SealedCase.case_id == case_id))
            s.flush()
            case_key = self._store(s, case_id, payload)
            for other in remaining:
                if other in publics:
                    self._wrap_for(s, case_id, case_key, other, publics[other])
            audit.record(s, self._vs.user, AuditAction.USER, f"case_access:{case_id}", case_id,
                         f"revoked;user={user};rekeyed")

    # -- helpers ----------------------------------------------------------------------------------
    def _collect(self, s: Session, case_id: str) -> dict[str, Any]:
        record = loader.load_case_record(s, case_id)
        amendments = loader.load_amendments(s, case_id)
        items = s.execute(
            select(m.EvidenceItem).where(m.EvidenceItem.case_id == case_id)
        ).scalars()
        blob_keys = {
            row.id: [row.blob_id, _b64(row.blob_key)]
            for row in items
            if row.blob_id and row.blob_key
        }
        drafts = [{"form_id": d.form_id, "form_version": d.form_version, "payload": d.payload}
                  for d in s.execute(select(m.Draft).where(m.Draft.case_id == case_id)).scalars()]
        exports = [{"id": e.id, "evidence_id": e.evidence_id, "exported_at": e.exported_at
                    .isoformat(), "exported_by": e.exported_by, "reason_kind": e.reason_kind,
                    "reason": e.reason}
                   for e in s.execute(select(m.EvidenceExport).where(
                       m.EvidenceExport.case_id == case_id)).scalars()]  # fmt: skip
        # The export log's free-text reasons may hold names: they go into the sealed content.
        s.execute(delete(m.EvidenceExport).where(m.EvidenceExport.case_id == case_id))
        records = encode_records([ArchivedRecord(record, amendments)]).decode()
        return {"format": PAYLOAD_FORMAT, "records": records, "blob_keys": blob_keys,
                "drafts": drafts, "evidence_exports": exports}

    def _store(self, s: Session, case_id: str, payload: dict[str, Any]) -> bytes:
        import os

        case_key = os.urandom(box_keys.KEY_BYTES)
        plain = json.dumps(payload, ensure_ascii=False).encode()
        nonce, ciphertext = box_keys.encrypt_content(case_key, plain,
                                                     _aad(self._vs.vault.vault_id, case_id))
        s.add(m.SealedCase(case_id=case_id, nonce=nonce, ciphertext=ciphertext,
                           sealed_by=self._vs.user, sealed_at=utcnow()))
        return case_key

    def _wrap_for(self, s: Session, case_id: str, case_key: bytes, user: str,
                  public: bytes) -> None:
        item = box_keys.wrap_case_key(case_key, public, vault_id=self._vs.vault.vault_id,
                                      case_id=case_id, user=user)
        s.add(m.CaseAccess(case_id=case_id, user=user, ephemeral_public=item.ephemeral_public,
                           nonce=item.nonce, wrapped=item.wrapped, granted_by=self._vs.user,
                           granted_at=utcnow()))

    def _case_key(self, s: Session, case_id: str) -> bytes:
        if s.get(m.Case, case_id) is None:
            raise CaseNotFoundError(case_id)
        own = s.get(m.CaseAccess, (case_id, self._vs.user))
        if own is None:
            raise NotAllowedError()
        item = box_keys.WrappedCaseKey(own.ephemeral_public, own.nonce, own.wrapped)
        return box_keys.unwrap_case_key(item, self._vs.vault.box_private_key(),
                                        vault_id=self._vs.vault.vault_id, case_id=case_id,
                                        user=self._vs.user)

    def _payload(self, s: Session, case_id: str) -> dict[str, Any]:
        case_key = self._case_key(s, case_id)
        sealed = s.get(m.SealedCase, case_id)
        if sealed is None:
            raise InvalidInputError("case")
        plain = box_keys.decrypt_content(case_key, sealed.nonce, sealed.ciphertext,
                                         _aad(self._vs.vault.vault_id, case_id))
        payload: dict[str, Any] = json.loads(plain)
        return payload

    @staticmethod
    def _people_of(s: Session, case_id: str) -> list[str]:
        return list(s.execute(select(m.Participant.person_id)
                              .where(m.Participant.case_id == case_id)).scalars())  # fmt: skip

    @staticmethod
    def _drop_orphans(s: Session, people: list[str]) -> None:
        used = set(s.execute(select(m.Participant.person_id)
                             .where(m.Participant.person_id.in_(people))).scalars())  # fmt: skip
        orphans = [p for p in people if p not in used]
        if orphans:
            s.execute(delete(m.Person).where(m.Person.id.in_(orphans)))


__all__ = ["ConfidentialService", "ConfidentialState"]
