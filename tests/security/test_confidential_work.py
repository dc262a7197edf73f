"""Working on a sealed case while it stays confidential: an allowed colleague opens it for work,
its rows come back in plain form, and it is sealed again (public keys only) when it is closed,
when the vault locks, before a backup or an archive export, and at the next unlock after the
program died. Afterwards the database file, decrypted page by page with the data key, holds
only ciphertext of it."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from ehbc_desktop.domain.enums import Role, UserRole
from ehbc_desktop.domain.thermometer import STATEMENTS, Moment
from ehbc_desktop.services.access import access
from ehbc_desktop.services.archive.archive_export import ArchiveExportService
from ehbc_desktop.services.archive.backup import backup_vault
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.case.dashboard import DashboardService
from ehbc_desktop.services.errors import CaseConfidentialError
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.services.followup.followups import FollowUpService
from ehbc_desktop.services.rights.confidential import ConfidentialService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.drafts import DraftService
from ehbc_desktop.services.steps.thermometer import ThermometerService
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.security.sqlcipher_pages import decrypted_pages

PASSPHRASE = "lange geheime zin voor de test"
NAMES = ("Xandrijntje", "Quaghebeur", "Zwavelkruidnotitie")
NEW_NOTE = "Bramenstruikverhaal"  # written while the case was open for work
TODAY = date.today()
ROOT = Path(__file__).resolve().parents[2]


def _setup(folder: Path) -> str:
    session, _ = access.create(folder, "School", "an", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    session.vault.add_user("bart", PASSPHRASE, role=UserRole.MEMBER)
    session.vault.add_user("clb", PASSPHRASE, role=UserRole.CLB_WORKER)
    cases = CaseService(session)
    secret = cases.create_case(f"Zaak {NAMES[1]}", [
        ParticipantInput(NAMES[0], NAMES[1], "3B", Role.VICTIM)], opened_on=TODAY)  # fmt: skip
    cases.add_note(secret, f"notitie {NAMES[2]}")
    FollowUpService(session).plan(secret, TODAY + timedelta(days=3), with_whom=NAMES[0])
    cases.create_case("Gewoon", [ParticipantInput("Mila", "Peeters", "3B", Role.VICTIM)],
                      opened_on=TODAY)
    ConfidentialService(session).seal(secret, ["clb"])
    session.close()
    for user in ("bart", "clb"):  # every colleague unlocks once: their key pair exists
        access.unlock(folder, user, PASSPHRASE).close()
    return secret


def _work_on(session: VaultSession, case_id: str) -> None:
    """Open the sealed case for work and add a note, a draft and an evidence item."""
    state = ConfidentialService(session).open_for_work(case_id)
    assert state.open_for_work and not state.sealed and state.confidential
    cases = CaseService(session)
    cases.add_note(case_id, f"nieuw {NEW_NOTE}")
    DraftService(session).save(case_id, "victim", 1, {"what_happened": NEW_NOTE})
    EvidenceService(session).add_stream(case_id, io.BytesIO(b"foto" * 40),
                                        EvidenceInput(f"bewijs {NEW_NOTE}"))
    assert [r.id for r in cases.list_cases(text=NEW_NOTE)] == [case_id]  # plain while open


def _only_ciphertext(folder: Path, key: bytes) -> None:
    """No name of the case in the database (every page decrypted) nor in any other file."""
    wal = folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and emptied
    plain = decrypted_pages(folder / "vault.db", key)
    assert b"Mila" in plain  # the decryption works
    for name in (*NAMES, NEW_NOTE):
        assert name.encode() not in plain and name.encode("utf-16-le") not in plain, name
    for path in folder.rglob("*"):
        if path.is_file() and path.name != "vault.db":
            data = path.read_bytes()
            assert not any(n.encode() in data for n in (*NAMES, NEW_NOTE)), path.name


def _sees_no_names(session: VaultSession) -> None:
    cases = CaseService(session)
    shown = repr(cases.list_cases()) + repr(DashboardService(session).summary(TODAY))
    shown += repr(FollowUpService(session).agenda(TODAY - timedelta(days=30),
                                                  TODAY + timedelta(days=30), TODAY))
    with session.unit() as s:
        shown += repr(s.execute(text("SELECT * FROM case_search")).all())
    for name in (*NAMES, NEW_NOTE):
        assert name not in shown
        assert cases.list_cases(text=name) == []


def _clb_reads_everything(folder: Path, case_id: str) -> None:
    clb = access.unlock(folder, "clb", PASSPHRASE)
    record = ConfidentialService(clb).open_record(case_id).record
    assert any(NEW_NOTE in n.text for n in record.notes)
    ConfidentialService(clb).open_for_work(case_id)
    (item,) = EvidenceService(clb).list_for_case(case_id)
    assert EvidenceService(clb).read_for_view(item.id) == b"foto" * 40  # its key came back
    assert DraftService(clb).load(case_id, "victim") is not None
    clb.close()


def _details(session: VaultSession, case_id: str) -> list[str]:
    with session.unit() as s:
        return [e.detail for e in s.execute(select(m.AuditEvent).where(
            m.AuditEvent.case_id == case_id)).scalars()]  # fmt: skip


def test_an_allowed_colleague_works_on_a_sealed_case_and_it_is_sealed_again(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    secret = _setup(folder)
    an = access.unlock(folder, "an", PASSPHRASE)
    _work_on(an, secret)
    assert ConfidentialService(an).reseal(secret, "closed")
    state = ConfidentialService(an).state(secret)
    assert state.sealed and not state.open_for_work and state.allowed == ("an", "clb")
    with pytest.raises(CaseConfidentialError):
        CaseService(an).add_note(secret, "read-only again")
    _only_ciphertext(folder, an.vault._key())  # while the vault is still open
    assert "confidential;open-for-work" in _details(an, secret)
    assert "resealed;why=closed;allowed=2" in _details(an, secret)
    an.close()
    bart = access.unlock(folder, "bart", PASSPHRASE)
    _sees_no_names(bart)
    bart.close()
    _clb_reads_everything(folder, secret)


def test_locking_reseals_a_case_open_for_work(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    secret = _setup(folder)
    an = access.unlock(folder, "an", PASSPHRASE)
    _work_on(an, secret)
    key = an.vault._key()
    an.close()
    _only_ciphertext(folder, key)
    bart = access.unlock(folder, "bart", PASSPHRASE)
    assert ConfidentialService(bart).state(secret).sealed
    assert "resealed;why=lock;allowed=2" in _details(bart, secret)
    bart.close()


_CHILD = """
import sys, time
from pathlib import Path
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.rights.confidential import ConfidentialService
folder, case_id, passphrase, note = sys.argv[1:5]
session = access.unlock(Path(folder), "an", passphrase)
ConfidentialService(session).open_for_work(case_id)
CaseService(session).add_note(case_id, note)
print("open", flush=True)
time.sleep(600)
"""


def test_a_killed_program_leaves_a_case_that_the_next_colleague_reseals_unseen(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    secret = _setup(folder)
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(folder), secret, PASSPHRASE, f"nieuw {NEW_NOTE}"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    bart = access.unlock(folder, "bart", PASSPHRASE)  # bart has no access to the case
    state = ConfidentialService(bart).state(secret)
    assert state.sealed and not state.can_open
    _sees_no_names(bart)
    assert "resealed;why=unlock;allowed=2" in _details(bart, secret)
    key = bart.vault._key()
    bart.close()
    _only_ciphertext(folder, key)
    clb = access.unlock(folder, "clb", PASSPHRASE)
    record = ConfidentialService(clb).open_record(secret).record
    assert any(NEW_NOTE in n.text for n in record.notes)  # nothing saved was lost
    clb.close()


def test_a_backup_made_while_a_case_is_open_for_work_holds_no_plaintext_of_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    secret = _setup(folder)
    an = access.unlock(folder, "an", PASSPHRASE)
    _work_on(an, secret)
    before = CaseService(an).get_case(secret)
    info = backup_vault(an, tmp_path / "backups")
    assert CaseService(an).get_case(secret) == before  # sealed and opened again: all there
    plain = decrypted_pages(info.path / "vault.db", an.vault._key())
    assert b"Mila" in plain
    for name in (*NAMES, NEW_NOTE):
        assert name.encode() not in plain, name
    assert ConfidentialService(an).state(secret).open_for_work  # opened again after it
    CaseService(an).add_note(secret, "after the backup")
    with pytest.raises(CaseConfidentialError):
        ArchiveExportService(an).export([secret], tmp_path / "a.age", "een lange zin hier goed")
    assert ConfidentialService(an).state(secret).open_for_work
    assert "resealed;why=backup;allowed=2" in _details(an, secret)
    an.close()
    restored = access.unlock(info.path, "clb", PASSPHRASE)
    record = ConfidentialService(restored).open_record(secret).record
    assert any(NEW_NOTE in n.text for n in record.notes)
    restored.close()


def test_access_changes_while_open_take_effect_when_it_is_sealed_again(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    secret = _setup(folder)
    an = access.unlock(folder, "an", PASSPHRASE)
    service = ConfidentialService(an)
    service.open_for_work(secret)
    ThermometerService(an).record(secret, class_name="3B", taken_on=TODAY, moment=Moment.BEFORE,
                                  respondents=20, counts={s.id: (5, 5, 5, 5) for s in STATEMENTS})
    service.grant(secret, "bart")
    service.revoke(secret, "clb")
    assert service.state(secret).allowed == ("an", "bart")
    an.close()
    bart = access.unlock(folder, "bart", PASSPHRASE)
    assert NAMES[2] in " ".join(n.text for n in
                                ConfidentialService(bart).open_record(secret).record.notes)
    assert ThermometerService(bart).measurements(secret) == ()  # sealed with the case
    ConfidentialService(bart).open_for_work(secret)
    (measured,) = ThermometerService(bart).measurements(secret)  # and back with it
    assert measured.respondents == 20
    bart.close()
    clb = access.unlock(folder, "clb", PASSPHRASE)
    assert not ConfidentialService(clb).state(secret).can_open
    clb.close()
