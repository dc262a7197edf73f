"""A case past its retention date is listed and purged, and then found nowhere: not in the
database file (every page decrypted), not in the search index, not in blobs/, not in a fresh
backup; the audit keeps the reference, the dates, who and why, never a name."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from ehbc_desktop.domain.enums import AuditAction, Role
from ehbc_desktop.services.access import access
from ehbc_desktop.services.archive.backup import backup_vault
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.case.closing import ClosingService
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.services.rights.retention import RetentionService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.errors import NotAllowedError
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.security.sqlcipher_pages import decrypted_pages

PASSPHRASE = "lange geheime zin voor de test"
GONE = ("Xandrijntje", "Quaghebeur", "Zwavelkruidnotitie")  # fictitious, only in the purged case
KEPT = "Ploegsteertje"  # only in the case that stays: the positive control


def _case(cases: CaseService, first: str, last: str, note: str) -> str:
    case_id = cases.create_case(f"Zaak {note}", [ParticipantInput(first, last, "3B", Role.VICTIM)],
                                opened_on=date(2014, 10, 1))  # fmt: skip
    cases.add_note(case_id, note)
    return case_id


def _close_in(session: VaultSession, case_id: str, day: date) -> None:
    closing = ClosingService(session)
    gaps = closing.checklist(case_id, day).gaps
    closing.close(case_id, day, {gap: "test" for gap in gaps})


def _plain(path: Path, key: bytes) -> bytes:
    return decrypted_pages(path, key)


def test_a_purged_case_is_gone_from_every_file(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    session, _code = access.create(folder, "School", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    cases = CaseService(session)
    gone = _case(cases, GONE[0], GONE[1], GONE[2])
    kept = _case(cases, KEPT, "Maes", "gewone notitie")
    evidence = EvidenceService(session)
    info = EvidenceInput(description=f"schermafbeelding {GONE[2]}")
    evidence.add_stream(gone, io.BytesIO(b"\x89PNG fake" * 100), info)
    (gone_blob,) = {p.name for p in (folder / "blobs").iterdir()}
    evidence.add_stream(kept, io.BytesIO(b"\x89PNG other" * 100), EvidenceInput("andere"))
    (kept_blob,) = {p.name for p in (folder / "blobs").iterdir()} - {gone_blob}
    _close_in(session, gone, date(2015, 6, 1))  # kept until 2020 at the latest
    retention = RetentionService(session)
    today = date(2026, 12, 1)

    (listed,) = retention.expired(today)
    assert listed.case_id == gone and listed.closed_on == date(2015, 6, 1)
    with pytest.raises(InvalidInputError):
        retention.purge([kept], today)  # not on the list
    dry = retention.purge([gone], today, dry_run=True)
    assert dry.dry_run and dry.references == (listed.reference,) and dry.evidence_files == 1
    assert [c.id for c in cases.list_cases(text=GONE[0])] == [gone]  # nothing deleted yet

    result = retention.purge([gone], today)
    assert result.references == (listed.reference,)
    assert retention.expired(today) == []
    assert cases.list_cases(text=GONE[0]) == [] and cases.list_cases(text=GONE[2]) == []
    assert [c.id for c in cases.list_cases(text=KEPT)] == [kept]
    with session.unit() as s:
        fts = s.execute(text("SELECT count(*) FROM case_search WHERE case_search MATCH :q"),
                        {"q": f'"{GONE[0]}"'}).scalar_one()  # fmt: skip
        assert fts == 0
        assert s.execute(select(m.Person).where(m.Person.first_name == GONE[0])).first() is None
        (deleted,) = s.execute(select(m.AuditEvent).where(
            m.AuditEvent.action == AuditAction.DELETE)).scalars()  # fmt: skip
    assert f"reference={listed.reference}" in deleted.detail and "why=retention" in deleted.detail
    assert "closed=2015-06-01" in deleted.detail and deleted.user == "juf.an"
    assert not any(word.lower() in deleted.detail.lower() for word in GONE)
    blobs = {p.name for p in (folder / "blobs").iterdir()}
    assert gone_blob not in blobs and kept_blob in blobs
    key = session.vault._key()
    session.close()

    plain = _plain(folder / "vault.db", key)
    assert KEPT.encode() in plain  # the decryption works: the kept case is readable
    for word in GONE:
        assert word.encode() not in plain and word.encode("utf-16-le") not in plain
    assert not (folder / "vault.db-wal").exists() or (folder / "vault.db-wal").stat().st_size == 0

    session = access.unlock(folder, "juf.an", PASSPHRASE)
    backup = backup_vault(session, tmp_path / "backups")
    session.close()
    copy = _plain(backup.path / "vault.db", key)
    assert KEPT.encode() in copy
    assert not any(word.encode() in copy for word in GONE)
    assert {p.name for p in (backup.path / "blobs").iterdir()} == {kept_blob}


def test_a_case_opened_by_mistake_is_deleted_by_an_administrator_with_a_reason(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    session, _code = access.create(folder, "School", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    from ehbc_desktop.domain.enums import UserRole

    session.vault.add_user("bart", PASSPHRASE, role=UserRole.MEMBER)
    cases = CaseService(session)
    case_id = _case(cases, GONE[0], GONE[1], "dubbel")
    retention = RetentionService(session)
    with pytest.raises(InvalidInputError):
        retention.delete_mistake(case_id, "  ")
    retention.delete_mistake(case_id, f"Dubbel aangemaakt voor {GONE[0]} {GONE[1]}; zie 2026-0002")
    with session.unit() as s:
        (deleted,) = s.execute(select(m.AuditEvent).where(
            m.AuditEvent.action == AuditAction.DELETE)).scalars()  # fmt: skip
    assert "why=mistake" in deleted.detail and "Dubbel aangemaakt voor" in deleted.detail
    assert GONE[0] not in deleted.detail and GONE[1] not in deleted.detail
    assert cases.list_cases() == []
    session.close()
    member = access.unlock(folder, "bart", PASSPHRASE)
    other = _case(CaseService(member), KEPT, "Maes", "x")
    with pytest.raises(NotAllowedError):
        RetentionService(member).delete_mistake(other, "per ongeluk")
    member.close()
