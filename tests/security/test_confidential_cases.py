"""Confidential cases are protected by encryption: a colleague without access finds none of the
case's names anywhere (case list, search, dashboard, agenda, .ics, counts, files on disk) and can
not decrypt its content even with the vault's data key; granting and revoking are audited."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from ehbc_desktop.domain.enums import AgreementStatus, AuditAction, Role, UserRole
from ehbc_desktop.services.access import access
from ehbc_desktop.services.archive.archive_export import ArchiveExportService
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.case.dashboard import DashboardService
from ehbc_desktop.services.errors import CaseConfidentialError
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService, ExportReason
from ehbc_desktop.services.followup.followups import FollowUpService
from ehbc_desktop.services.rights.confidential import ConfidentialService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from ehbc_desktop.store.stats import row_counts
from ehbc_desktop.vault.errors import NotAllowedError
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.security.sqlcipher_pages import decrypted_pages

PASSPHRASE = "lange geheime zin voor de test"
NAMES = ("Xandrijntje", "Quaghebeur", "Zwavelkruidnotitie", "Ploegsteertafspraak")
TODAY = date.today()


def _setup(folder: Path) -> tuple[str, str]:
    session, _ = access.create(folder, "School", "an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    session.vault.add_user("bart", PASSPHRASE, role=UserRole.MEMBER)
    session.vault.add_user("clb", PASSPHRASE, role=UserRole.CLB_WORKER)
    cases = CaseService(session)
    secret = cases.create_case(f"Zaak {NAMES[1]}", [
        ParticipantInput(NAMES[0], NAMES[1], "3B", Role.VICTIM)], opened_on=TODAY)  # fmt: skip
    cases.add_note(secret, f"notitie {NAMES[2]}")
    FollowUpService(session).plan(secret, TODAY + timedelta(days=3), with_whom=NAMES[0])
    with session.unit() as s:
        s.add(m.Agreement(case_id=secret, who=NAMES[0], what=NAMES[3], due=TODAY,
                          status=AgreementStatus.OPEN, status_note=""))
    evidence = EvidenceService(session)
    item = evidence.add_stream(secret, io.BytesIO(b"beeld" * 50),
                               EvidenceInput(f"screenshot {NAMES[2]}"))  # fmt: skip
    evidence.export_to_open(item.id, folder.parent / "export.png", ExportReason.POLICE,
                            f"klacht van de ouders van {NAMES[0]}")
    (folder.parent / "export.png").unlink()
    ordinary = cases.create_case("Gewoon", [ParticipantInput("Mila", "Peeters", "3B",
                                                              Role.VICTIM)], opened_on=TODAY)
    ConfidentialService(session).seal(secret, ["clb"])
    with pytest.raises(CaseConfidentialError):
        cases.add_note(secret, "nog iets")  # read-only while sealed
    record = ConfidentialService(session).open_record(secret)
    assert record.record.people[record.record.participants[0].person_id].first_name == NAMES[0]
    session.close()
    return secret, ordinary


def _no_names(value: object) -> None:
    shown = repr(value)
    for name in NAMES:
        assert name not in shown


def test_a_colleague_without_access_finds_no_name_and_can_not_decrypt(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    secret, ordinary = _setup(folder)
    bart = access.unlock(folder, "bart", PASSPHRASE)
    cases = CaseService(bart)
    rows = {r.id: r for r in cases.list_cases()}
    assert set(rows) == {secret, ordinary}
    assert rows[secret].confidential_for == ("an", "clb")
    assert (rows[secret].title, rows[secret].victims) == ("", ())
    _no_names(rows)
    for name in NAMES:
        assert cases.list_cases(text=name) == []
    with bart.unit() as s:
        fts = s.execute(text("SELECT * FROM case_search")).all()
    _no_names(fts)
    _no_names(DashboardService(bart).summary(TODAY))
    agenda = FollowUpService(bart).agenda(TODAY - timedelta(days=30), TODAY + timedelta(days=30),
                                          TODAY)  # fmt: skip
    _no_names(agenda)
    ics = tmp_path / "agenda.ics"
    FollowUpService(bart).export_ics(agenda.items + agenda.overdue, ics)
    _no_names(ics.read_text(encoding="utf-8"))
    with bart.unit() as s:
        counts = row_counts(s)
    assert counts["cases"] == 2  # counted, nothing more
    _no_names(counts)
    with pytest.raises(NotAllowedError):
        ConfidentialService(bart).open_record(secret)
    with pytest.raises(NotAllowedError):
        ConfidentialService(bart).grant(secret, "bart")
    with pytest.raises(NotAllowedError):
        ArchiveExportService(bart).export([secret], tmp_path / "a.age", "een lange zin hier")
    key = bart.vault._key()
    with bart.unit() as s:
        sealed = s.get(m.SealedCase, secret)
        assert sealed is not None and len(sealed.ciphertext) > 100
        assert s.execute(select(m.Person).where(m.Person.first_name == NAMES[0])).first() is None
    bart.close()

    # Every page of the database, decrypted with the vault's data key: no name, no note.
    plain = decrypted_pages(folder / "vault.db", key)
    assert b"Mila" in plain and b"Peeters" in plain  # the decryption works
    for name in NAMES:
        assert name.encode() not in plain and name.encode("utf-16-le") not in plain
    for path in folder.rglob("*"):  # nor in any other file of the vault folder
        if path.is_file() and path.name != "vault.db":
            data = path.read_bytes()
            assert not any(name.encode() in data for name in NAMES), path.name


def test_access_is_granted_revoked_with_a_new_key_and_lifted(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    secret, _ordinary = _setup(folder)
    an = access.unlock(folder, "an", PASSPHRASE)
    ConfidentialService(an).grant(secret, "bart")
    an.close()
    bart = access.unlock(folder, "bart", PASSPHRASE)
    record = ConfidentialService(bart).open_record(secret)
    assert NAMES[2] in " ".join(n.text for n in record.record.notes)
    bart.close()
    clb = access.unlock(folder, "clb", PASSPHRASE)
    service = ConfidentialService(clb)
    with clb.unit() as s:
        before = s.get(m.SealedCase, secret).ciphertext  # type: ignore[union-attr]
    service.revoke(secret, "bart")
    with clb.unit() as s:
        after = s.get(m.SealedCase, secret).ciphertext  # type: ignore[union-attr]
    assert after != before  # re-encrypted under a new case key
    assert service.state(secret).allowed == ("an", "clb")
    clb.close()
    bart = access.unlock(folder, "bart", PASSPHRASE)
    with pytest.raises(NotAllowedError):
        ConfidentialService(bart).open_record(secret)
    bart.close()

    clb = _unseal(folder, secret)
    cases = CaseService(clb)
    assert [r.id for r in cases.list_cases(text=NAMES[0])] == [secret]
    record = cases.get_case(secret)
    assert record.case.title == f"Zaak {NAMES[1]}" and len(record.evidence) == 1
    (item,) = EvidenceService(clb).list_for_case(secret)
    assert EvidenceService(clb).read_for_view(item.id) == b"beeld" * 50  # the key came back
    cases.add_note(secret, "weer gewoon te bewerken")
    with clb.unit() as s:
        (export,) = s.execute(select(m.EvidenceExport)).scalars()
    assert export.case_id == secret and NAMES[0] in export.reason  # back from the sealed content
    with clb.unit() as s:
        details = [e.detail for e in s.execute(select(m.AuditEvent).where(
            m.AuditEvent.case_id == secret)).scalars()]  # fmt: skip
        actions = {e.action for e in s.execute(select(m.AuditEvent)).scalars()}
    assert "granted;user=bart" in details and "revoked;user=bart;rekeyed" in details
    assert "sealed;allowed=2" in details and "unsealed" in details
    assert AuditAction.USER in actions
    clb.close()


def _unseal(folder: Path, case_id: str) -> VaultSession:
    clb = access.unlock(folder, "clb", PASSPHRASE)
    ConfidentialService(clb).unseal(case_id)
    return clb
