"""Confidential ("afgeschermde") cases, enforced by encryption rather than by the interface.

Sealing a case encrypts its whole content (every record: people and their names, notes, report,
conversation answers, agreements, follow-ups, evidence descriptions and evidence file keys, and
its drafts) under a fresh per-case key, stores that one ciphertext, wraps the case key for each
colleague who may open the case (their X25519 public key, `vault.box_keys`) and then removes
the plain rows (`sealing.py`). What stays readable for everyone who unlocks the vault: the
`cases` row with reference, status and dates (no title), a search row with the reference only,
and who may open it. Without their own private key (sealed in their key slot under their
passphrase), another colleague can not read it, even with the vault's data key.

An allowed colleague works on a sealed case by opening it for work (`open_for_work`, audited as
a view): its rows come back in plain form while it stays confidential, and `reseal` seals it
again under a new case key when its screen closes, when the vault locks, before a backup or an
archive export, and at the next unlock if the program died meanwhile (`reseal_open_cases`:
only public keys are needed, so any colleague who unlocks reseals it without seeing it).
Granting and revoking access are audited; revoking re-encrypts the content under a new key.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import AuditAction, CaseStatus, UserRole
from ehbc_desktop.services.archive.record_json import ArchivedRecord
from ehbc_desktop.services.errors import CaseNotFoundError, InvalidInputError
from ehbc_desktop.services.rights import sealing
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit, loader
from ehbc_desktop.store import models as m
from ehbc_desktop.vault import box_keys
from ehbc_desktop.vault.errors import NotAllowedError

_log = logging.getLogger(__name__)

@dataclass(frozen=True)
class ConfidentialState:
    """Whether a case is confidential, sealed or open for work, and who may open it."""

    case_id: str
    reference: str
    sealed: bool
    """Its content is only ciphertext now."""
    allowed: tuple[str, ...]
    can_open: bool
    open_for_work: bool = False
    """Confidential, but an allowed colleague has its rows in plain form to work on it."""
    status: CaseStatus = CaseStatus.OPEN
    opened_on: date | None = None
    closed_on: date | None = None

    @property
    def confidential(self) -> bool:
        """Sealed, or open for work and sealed again when it closes."""
        return self.sealed or self.open_for_work


class ConfidentialService:
    """Seal, read, open for work, reseal, grant, revoke and unseal confidential cases (audited)."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    # -- reading --------------------------------------------------------------------------------
    def state(self, case_id: str) -> ConfidentialState:
        """The confidentiality of one case (no content is read)."""
        with self._vs.unit() as s:
            return self._state(s, case_id)

    def _state(self, s: Session, case_id: str) -> ConfidentialState:
        case = s.get(m.Case, case_id)
        if case is None:
            raise CaseNotFoundError(case_id)
        allowed = tuple(sealing.allowed_users(s, case_id))
        sealed = s.get(m.SealedCase, case_id) is not None
        return ConfidentialState(case_id, case.reference, sealed, allowed,
                                 self._vs.user in allowed, bool(allowed) and not sealed,
                                 case.status, case.opened_on, case.closed_on)

    def look(self, case_id: str) -> ConfidentialState:
        """The state of a case someone opens; for a sealed case they may not open, the attempt
        is audited (the audit log records it as refused: they see only its public facts)."""
        with self._vs.unit() as s:
            state = self._state(s, case_id)
            if state.sealed and not state.can_open:
                audit.record(s, self._vs.user, AuditAction.VIEW, f"case:{case_id}", case_id)
            return state

    def sealed_case_ids(self) -> set[str]:
        """The ids of every sealed case."""
        with self._vs.unit() as s:
            return set(s.execute(select(m.SealedCase.case_id)).scalars())

    def open_record(self, case_id: str) -> ArchivedRecord:
        """The decrypted content of a confidential case, for a colleague who may open it (audited).

        Raises:
            NotAllowedError: the current user has no access; CaseNotFoundError.
        """
        with self._vs.unit() as s:
            if s.get(m.SealedCase, case_id) is None and self._own_access(s, case_id):
                record = ArchivedRecord(loader.load_case_record(s, case_id),
                                        loader.load_amendments(s, case_id))
            else:
                record = sealing.decode_record(self._payload(s, case_id))
            audit.record(s, self._vs.user, AuditAction.VIEW, f"case:{case_id}", case_id,
                         "confidential")
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

    def sealed_by_default(self) -> bool:
        """True for a CLB worker: the cases they open are confidential from the start."""
        return self._vs.vault.role is UserRole.CLB_WORKER

    def colleagues(self) -> list[str]:
        """Every colleague who could be given access, the current user first."""
        names = [u.name for u in self._vs.vault.user_entries() if u.name != self._vs.user]
        return [self._vs.user, *names]

    def record_not_sealed(self, case_id: str) -> None:
        """Audit that a CLB worker opened a case without sealing it (the reason is in a note)."""
        self._vs.audit(AuditAction.EDIT, f"case:{case_id}", case_id, "not-sealed")

    # -- sealing ----------------------------------------------------------------------------------
    def seal(self, case_id: str, allowed: Sequence[str]) -> None:
        """Encrypt the case's content for these colleagues (the current user always included).

        Raises:
            InvalidInputError("user"): a colleague without a key pair (they must unlock once);
            InvalidInputError("case"): already confidential; CaseNotFoundError.
        """
        users = sorted({*allowed, self._vs.user})
        publics = self._vs.vault.box_public_keys()
        if any(u not in publics for u in users):
            raise InvalidInputError("user")
        with self._vs.unit() as s:
            if s.get(m.Case, case_id) is None:
                raise CaseNotFoundError(case_id)
            if sealing.allowed_users(s, case_id):
                raise InvalidInputError("case")
            sealing.seal_rows(s, self._vs.vault, self._vs.user, case_id, users=users,
                              publics=publics)
            audit.record(s, self._vs.user, AuditAction.EDIT, f"case:{case_id}", case_id,
                         f"sealed;allowed={len(users)}")
            for user in users:
                audit.record(s, self._vs.user, AuditAction.USER, f"case_access:{case_id}",
                             case_id, f"granted;user={user}")
        self._vs.vault.checkpoint()

    def open_for_work(self, case_id: str) -> ConfidentialState:
        """Decrypt a sealed case into plain rows so an allowed colleague can work on it.

        It stays confidential (who may open it is kept) and is sealed again by `reseal`. A case
        that is not sealed, or that the current user may not open, is left as it is. Audited
        as a view.
        """
        with self._vs.unit() as s:
            state = self._state(s, case_id)
            if not (state.sealed and state.can_open):
                return state
            payload = self._payload(s, case_id)
            access = [(a.user, a.ephemeral_public, a.nonce, a.wrapped, a.granted_by, a.granted_at)
                      for a in s.execute(select(m.CaseAccess)
                                         .where(m.CaseAccess.case_id == case_id)).scalars()]
            sealing.restore_rows(s, case_id, payload)
            for user, ephemeral, nonce, wrapped, by, at in access:
                s.add(m.CaseAccess(case_id=case_id, user=user, ephemeral_public=ephemeral,
                                   nonce=nonce, wrapped=wrapped, granted_by=by, granted_at=at))
            audit.record(s, self._vs.user, AuditAction.VIEW, f"case:{case_id}", case_id,
                         "confidential;open-for-work")
            return self._state(s, case_id)

    def reseal(self, case_id: str, why: str) -> bool:
        """Seal a case that is open for work again, under a new case key (public keys only).

        `why` says what triggered it (closed, lock, backup, archive, unlock). Returns False when
        the case was not open for work. No plaintext of it stays behind: its rows and search
        row are deleted with secure_delete on and the WAL is checkpointed and emptied.
        """
        publics = self._vs.vault.box_public_keys()
        with self._vs.unit() as s:
            users = sealing.allowed_users(s, case_id)
            if not users or s.get(m.SealedCase, case_id) is not None:
                return False
            if not any(u in publics for u in users):
                _log.warning("a confidential case can not be resealed: no colleague has a key")
                return False
            s.execute(delete(m.CaseAccess).where(m.CaseAccess.case_id == case_id))
            s.flush()
            wrapped = sealing.seal_rows(s, self._vs.vault, self._vs.user, case_id, users=users,
                                        publics=publics)
            audit.record(s, self._vs.user, AuditAction.EDIT, f"case:{case_id}", case_id,
                         f"resealed;why={why};allowed={len(wrapped)}")
        self._vs.vault.checkpoint()
        return True

    def reseal_open_cases(self, why: str) -> list[str]:
        """Reseal every case that is open for work; returns their ids."""
        with self._vs.unit() as s:
            open_ids = sealing.open_case_ids(s)
        return [case_id for case_id in open_ids if self.reseal(case_id, why)]

    @contextmanager
    def sealed_during(self, why: str) -> Iterator[None]:
        """Reseal every open case for the block (a backup, an export), then reopen this user's."""
        resealed = self.reseal_open_cases(why)
        try:
            yield
        finally:
            if not self._vs.closed:
                for case_id in resealed:
                    self.open_for_work(case_id)

    def unseal(self, case_id: str) -> None:
        """Lift the sealing: the rows come back and every colleague can open the case again.

        Raises:
            NotAllowedError: no access; CaseNotFoundError.
        """
        with self._vs.unit() as s:
            if s.get(m.SealedCase, case_id) is None and self._own_access(s, case_id):
                s.execute(delete(m.CaseAccess).where(m.CaseAccess.case_id == case_id))
            else:
                sealing.restore_rows(s, case_id, self._payload(s, case_id))
            audit.record(s, self._vs.user, AuditAction.EDIT, f"case:{case_id}", case_id,
                         "unsealed")

    # -- access ---------------------------------------------------------------------------------
    def grant(self, case_id: str, user: str) -> None:
        """Let another colleague open the confidential case (the current user must have access).

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
            sealing.wrap_for(s, self._vs.vault, self._vs.user, case_id, case_key=case_key,
                             user=user, public=publics[user])
            audit.record(s, self._vs.user, AuditAction.USER, f"case_access:{case_id}", case_id,
                         f"granted;user={user}")

    def revoke(self, case_id: str, user: str) -> None:
        """Take a colleague's access away; the content is re-encrypted under a new case key.

        While the case is open for work, the new key comes when it is resealed.

        Raises:
            NotAllowedError; InvalidInputError("user"): the last colleague with access.
        """
        with self._vs.unit() as s:
            self._case_key(s, case_id)  # the current user must have access
            remaining = [u for u in sealing.allowed_users(s, case_id) if u != user]
            if not remaining:
                raise InvalidInputError("user")
            if s.get(m.SealedCase, case_id) is None:  # open for work
                s.execute(delete(m.CaseAccess).where(m.CaseAccess.case_id == case_id,
                                                     m.CaseAccess.user == user))
            else:
                self._rekey(s, case_id, remaining)
            audit.record(s, self._vs.user, AuditAction.USER, f"case_access:{case_id}", case_id,
                         f"revoked;user={user};rekeyed")

    # -- helpers ----------------------------------------------------------------------------------
    def _rekey(self, s: Session, case_id: str, users: list[str]) -> None:
        publics = self._vs.vault.box_public_keys()
        payload = self._payload(s, case_id)
        s.execute(delete(m.CaseAccess).where(m.CaseAccess.case_id == case_id))
        s.execute(delete(m.SealedCase).where(m.SealedCase.case_id == case_id))
        s.flush()
        case_key = sealing.store(s, self._vs.vault, self._vs.user, case_id, payload)
        for other in users:
            if other in publics:
                sealing.wrap_for(s, self._vs.vault, self._vs.user, case_id,
                                 case_key=case_key, user=other, public=publics[other])

    def _own_access(self, s: Session, case_id: str) -> bool:
        """True when the current user may open the case. Raises NotAllowedError otherwise."""
        if s.get(m.Case, case_id) is None:
            raise CaseNotFoundError(case_id)
        if s.get(m.CaseAccess, (case_id, self._vs.user)) is None:
            raise NotAllowedError()
        return True

    def _case_key(self, s: Session, case_id: str) -> bytes:
        self._own_access(s, case_id)
        own = s.get(m.CaseAccess, (case_id, self._vs.user))
        assert own is not None
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
                                         sealing.content_aad(self._vs.vault.vault_id, case_id))
        payload: dict[str, Any] = json.loads(plain)
        return payload


def reseal_open_cases(session: VaultSession, why: str) -> list[str]:
    """Reseal every case left open for work (at unlock and at lock); returns their ids."""
    return ConfidentialService(session).reseal_open_cases(why)


__all__ = ["ConfidentialService", "ConfidentialState", "reseal_open_cases"]
