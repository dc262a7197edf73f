"""No pupil name or note text is readable in any file the program leaves on disk."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from ehbc_desktop.domain.enums import Role
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

# Fictitious and distinctive, so a hit can only come from this test.
SECRETS = ("Xandrijntje", "Quaghebeurlaan", "Zwavelkruidnotitie", "Ploegsteertgeheim")
MAX_BYTES = 64 * 1024 * 1024


def _files(root: Path, since: float) -> list[Path]:
    found: list[Path] = []
    for path in root.rglob("*"):
        try:
            if path.is_file() and path.stat().st_mtime >= since and path.stat().st_size < MAX_BYTES:
                found.append(path)
        except OSError:
            continue  # other processes' files may vanish or be unreadable
    return found


def _hits(paths: list[Path]) -> list[str]:
    needles = [s.encode(enc) for s in SECRETS for enc in ("utf-8", "utf-16-le")]
    needles += [s.lower().encode() for s in SECRETS]
    hits: list[str] = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        hits += [f"{path.name}: {n!r}" for n in needles if n in data]
    return hits


def test_names_and_notes_are_not_in_any_file(tmp_path: Path) -> None:
    started = time.time() - 1
    folder = tmp_path / "vault"
    session, _ = access.create(
        folder, "School", "juf.an", "lange geheime zin hier", kdf=FAST_TEST_PARAMS
    )
    cases = CaseService(session)
    for i in range(3):
        case_id = cases.create_case(
            f"Zaak {SECRETS[3]} {i}",
            [
                ParticipantInput(SECRETS[0], SECRETS[1], "4C", Role.VICTIM),
                ParticipantInput(f"{SECRETS[0]}{i}", "Wuyts", "4C", Role.BULLY),
            ],
        )
        cases.add_note(case_id, f"{SECRETS[2]} en nog wat tekst over {SECRETS[0]}")
        assert cases.list_cases(text=SECRETS[0][:5])
    session.close()

    vault_files = _files(folder, 0)
    assert any(p.name.endswith(".db") or "db" in p.name for p in vault_files)
    assert _hits(vault_files) == []
    assert _hits(_files(Path(tempfile.gettempdir()), started)) == []
