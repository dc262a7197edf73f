"""Vault maintenance for administrators: the full check behind `ehbc vault check`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit
from ehbc_desktop.store.stats import row_counts


@dataclass(frozen=True)
class CheckReport:
    """What a vault check found: row counts, and problems (empty when all is well)."""

    counts: dict[str, int]
    problems: list[str] = field(default_factory=list)


def check_vault(session: VaultSession) -> CheckReport:
    """Verify every database page and the audit chain, and count the records."""
    problems = list(session.vault.integrity_errors())
    with session.unit() as db:
        problems += audit.verify_chain(db)
        counts = row_counts(db)
    session.audit(AuditAction.VIEW, "vault:check", detail=f"problems={len(problems)}")
    return CheckReport(counts, problems)
