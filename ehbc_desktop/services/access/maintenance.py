"""Vault maintenance for administrators: the full check behind `ehbc vault check` and its repair.

The check covers every database page, the audit chain, the commit record, every evidence file
(present, the right size and, unless quick, authenticated against its key and SHA-256), and
what does not belong: evidence files no row refers to (orphans) and temporary files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit
from ehbc_desktop.store import models as m
from ehbc_desktop.store.stats import row_counts
from ehbc_desktop.vault import housekeeping
from ehbc_desktop.vault.blobs import BlobStore, plaintext_size_bound
from ehbc_desktop.vault.errors import NotAllowedError

# Kinds of finding, each worded by the CLI.
DATABASE_PAGE = "database"
AUDIT_CHAIN = "audit-chain"
COMMIT_RECORD = "commit-record"
EVIDENCE_MISSING = "evidence-missing"
EVIDENCE_SIZE = "evidence-size"
EVIDENCE_DAMAGED = "evidence-damaged"
ORPHAN_BLOB = "orphan-blob"
TEMP_FILE = "temp-file"
REMOVABLE = (ORPHAN_BLOB, TEMP_FILE)


@dataclass(frozen=True)
class Finding:
    """One problem: its kind and what it is about (an id or a file name, never a person)."""

    kind: str
    subject: str


@dataclass(frozen=True)
class CheckReport:
    """What a vault check found: row counts, and problems (empty when all is well)."""

    counts: dict[str, int]
    findings: list[Finding] = field(default_factory=list)
    removed_at_unlock: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """Every finding as "kind: subject"."""
        return [f"{f.kind}: {f.subject}" for f in self.findings]

    @property
    def removable(self) -> list[Finding]:
        """The findings `repair` may remove (orphaned evidence files and temporary files)."""
        return [f for f in self.findings if f.kind in REMOVABLE]


def check_vault(session: VaultSession, *, quick: bool = False) -> CheckReport:
    """Check everything; `quick` skips decrypting the evidence files (size checks remain)."""
    vault = session.vault
    findings = [Finding(DATABASE_PAGE, problem) for problem in vault.integrity_errors()]
    findings += [Finding(COMMIT_RECORD, code) for code in vault.commit_record_problems()]
    blobs = BlobStore(vault.folder)
    with session.unit() as db:
        findings += [Finding(AUDIT_CHAIN, problem) for problem in audit.verify_chain(db)]
        counts = row_counts(db)
        rows = db.execute(
            select(m.EvidenceItem.id, m.EvidenceItem.blob_id, m.EvidenceItem.blob_key,
                   m.EvidenceItem.sha256, m.EvidenceItem.size)
            .where(m.EvidenceItem.blob_id.is_not(None))
        ).all()  # fmt: skip
    referenced: set[str] = set()
    for item_id, blob_id, key, sha256, size in rows:
        if blob_id is None:
            continue
        referenced.add(blob_id)
        findings += _check_blob(blobs, item_id, blob_id, key, sha256, size, quick=quick)
    findings += [
        Finding(ORPHAN_BLOB, f"blobs/{name}") for name in blobs.list_ids() if name not in referenced
    ]
    findings += [
        Finding(TEMP_FILE, str(path.relative_to(vault.folder)))
        for path in housekeeping.temp_files(vault.folder)
    ]
    session.audit(
        AuditAction.VIEW,
        "vault:check",
        detail=f"problems={len(findings)};quick={int(quick)}",
    )
    return CheckReport(counts, findings, list(vault.removed_at_unlock))


def _check_blob(  # noqa: PLR0917 - one evidence row's columns
    blobs: BlobStore,
    item_id: str,
    blob_id: str,
    key: bytes | None,
    sha256: str,
    size: int,
    *,
    quick: bool,
) -> list[Finding]:
    subject = f"evidence:{item_id} (blobs/{blob_id})"
    if not blobs.exists(blob_id):
        return [Finding(EVIDENCE_MISSING, subject)]
    if plaintext_size_bound(blobs.sealed_size(blob_id)) != size:
        return [Finding(EVIDENCE_SIZE, subject)]
    if not quick and (key is None or not blobs.verify(blob_id, key, sha256)):
        return [Finding(EVIDENCE_DAMAGED, subject)]
    return []


def repair(session: VaultSession, findings: list[Finding]) -> list[str]:
    """Remove the orphaned evidence files and temporary files among `findings` (admins only).

    Returns the names removed. Everything else is left alone: a damaged database or evidence
    file needs a backup, not a repair.

    Raises:
        NotAllowedError: the user is not an administrator of the vault.
    """
    if not session.is_admin:
        raise NotAllowedError()
    folder = session.vault.folder
    removed = []
    for finding in findings:
        if finding.kind not in REMOVABLE:
            continue
        path = folder / Path(finding.subject)
        if path.parent not in (folder, folder / "blobs") or not path.is_file():
            continue
        path.unlink(missing_ok=True)
        removed.append(finding.subject)
    session.audit(AuditAction.DELETE, "vault:repair", detail=f"removed={len(removed)}")
    return removed
