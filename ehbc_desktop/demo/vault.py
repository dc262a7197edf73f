"""Creates the demo vault: a new vault with the admin user `demo` and fictional cases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ehbc_desktop.demo.cases import generate_demo_cases
from ehbc_desktop.demo.conversations import add_demo_conversations
from ehbc_desktop.demo.evidence import add_demo_evidence
from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.access import access
from ehbc_desktop.store import audit
from ehbc_desktop.store.writer import insert_case_records
from ehbc_desktop.vault.kdf import KdfParams

DEMO_SCHOOL = "Demoschool Sint-Fictief (fictieve gegevens)"
DEMO_USER = "demo"
_BATCH = 500


def create_demo_vault(
    folder: Path,
    passphrase: str,
    *,
    cases: int = 40,
    today: date | None = None,
    seed: int = 2026,
    kdf: KdfParams | None = None,
) -> int:
    """Create a new vault in `folder` holding `cases` demo cases; return how many were made.

    `kdf`: see `access.create` (tests only).
    """
    day = today or date.today()
    session, _recovery_code = access.create(folder, DEMO_SCHOOL, DEMO_USER, passphrase, kdf=kdf)
    try:
        records = generate_demo_cases(cases, day, seed)
        for start in range(0, len(records), _BATCH):
            with session.sessions.begin() as db:
                insert_case_records(db, records[start : start + _BATCH])
        add_demo_evidence(session, records)
        with session.sessions.begin() as db:
            audit.record(db, DEMO_USER, AuditAction.IMPORT, "demo", None, f"{cases} demo cases")
        add_demo_conversations(session, day)  # through the real forms, after the cases exist
    finally:
        session.close()
    return len(records)
