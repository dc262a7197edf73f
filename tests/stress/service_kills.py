"""SIGKILL the real services at random moments; after each kill every saved edit must be there.

The child (`service_workload.py`) edits through the services the window uses: new case, note,
finished conversation, evidence file, archive import, passphrase change. Kills fall at a random
time (sometimes during start-up and unlock), or, when the write recorder can be built, just
before the n-th write to ``vault.db``: in WAL mode only a checkpoint writes there, so those are
kills inside a checkpoint. Everything follows one seed, printed by the callers.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.stress import powerloss as pl
from tests.stress.kill_harness import run_and_kill
from tests.stress.vault_checks import check_vault

ROOT = Path(__file__).resolve().parents[2]
WORKLOAD = Path(__file__).with_name("service_workload.py")
PASSPHRASE = "begin zin lang genoeg"
ARCHIVE_PASSPHRASE = "archief zin voor de kill test"


@dataclass
class ServiceKillReport:
    """Counts to print and problems to fail on."""

    kills: int = 0
    early: int = 0  # during start-up or unlock
    in_checkpoint: int = 0
    saved: int = 0
    passphrase_changes: int = 0
    problems: list[str] = field(default_factory=list)


def new_vault(folder: Path) -> None:
    """A vault for "anna" through the services."""
    from ehbc_desktop.services.access import access

    session, _code = access.create(
        folder, "Kill school", "anna", PASSPHRASE, kdf=FAST_TEST_PARAMS
    )
    session.close()


def make_archive(work: Path) -> Path:
    """An archive with one case and one evidence file, made in a vault of its own."""
    from ehbc_desktop.services.access import access
    from ehbc_desktop.services.archive.archive_export import ArchiveExportService
    from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
    from tests.unit.services.records_helpers import open_case

    session, _code = access.create(
        work / "source-vault", "Andere school", "bert", PASSPHRASE, kdf=FAST_TEST_PARAMS
    )
    try:
        case = open_case(session)
        EvidenceService(session).add_stream(
            case.case_id, io.BytesIO(os.urandom(70_000)), EvidenceInput("bericht")
        )
        target = work / "cases.ehbc"
        ArchiveExportService(session).export(
            [case.case_id], target, ARCHIVE_PASSPHRASE, include_documents=False, work_factor=10
        )
    finally:
        session.close()
    return target


def _checkpoint_kill(args: list[str], folder: Path, log: Path, nth: int) -> list[str]:
    done = pl.run_recorded(args, folder, log, kill_at=nth, kill_suffix="/vault.db")
    log.unlink(missing_ok=True)
    return done.stdout.splitlines()


def service_kills(
    folder: Path,
    work: Path,
    kills: int,
    rng: random.Random,
    *,
    max_delay: float = 2.0,
    checkpoint_share: float = 0.3,
    keep: Path | None = None,
) -> ServiceKillReport:
    """Kill the workload `kills` times; after each kill check every edit saved so far."""
    archive = make_archive(work)
    recorder = pl.compiler() is not None and sys.platform == "linux"
    report = ServiceKillReport()
    saved: list[str] = []
    current = PASSPHRASE
    for round_ in range(kills):
        seed = rng.randrange(2**32)
        args = [str(WORKLOAD), str(folder), current, str(seed), "0", str(archive)]
        args.append(ARCHIVE_PASSPHRASE)
        if recorder and rng.random() < checkpoint_share:
            lines = _checkpoint_kill(args, folder, work / "io.log", rng.randint(1, 40))
            report.in_checkpoint += 1
        else:
            lines, ready = run_and_kill(args, rng, max_delay, early_share=0.15)
            report.early += not ready
        report.kills += 1
        new_saved = [line.split(" ", 1)[1] for line in lines if line.startswith("saved ")]
        saved += new_saved
        report.saved += len(new_saved)
        confirmed = [line.split(" ", 1)[1] for line in lines if line.startswith("passphrase ")]
        announced = [line.split(" ", 1)[1] for line in lines if line.startswith("passphrase-next ")]
        report.passphrase_changes += len(confirmed)
        candidates = [*announced[-1:], *confirmed[-1:], current]
        outcome = check_vault(folder, list(dict.fromkeys(candidates)), saved)
        where = f"kill {round_} (child seed {seed})"
        if not outcome.opened:
            report.problems.append(f"{where}: refused after a kill: {outcome.refusal}")
            if keep is not None:
                kept = keep / f"refused-kill-{round_}"
                shutil.copytree(folder, kept)
                (kept.parent / f"{kept.name}.passphrases").write_text("\n".join(candidates))
            break
        report.problems += [f"{where}: lost {label}" for label in outcome.missing]
        report.problems += [f"{where}: {problem}" for problem in outcome.problems]
        current = outcome.passphrase or current
    return report
