"""Power cuts, kills inside a checkpoint, a damaged WAL and an older vault.db put back.

The child edits a real vault through the services while `io_recorder.c` (LD_PRELOAD) logs
every write and fsync of SQLCipher and of our own writers; `powerloss.durable_states` rebuilds
what a power cut would leave at a crash point. Each random seed is in the failure message.
"""

from __future__ import annotations

import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from ehbc_desktop.cli.main import run_cli
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.vault.errors import (
    JournalDamagedError,
    VaultRolledBackError,
    WrongCredentialsError,
)
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from ehbc_desktop.vault.wal_check import inspect_wal
from tests.stress import powerloss as pl
from tests.stress.vault_checks import check_vault, saved_labels

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        sys.platform != "linux" or pl.compiler() is None,
        reason="the write recorder is an LD_PRELOAD library built with the C compiler",
    ),
]

PASSPHRASE = "begin zin lang genoeg"
WORKLOAD = str(Path(__file__).resolve().parents[1] / "stress" / "service_workload.py")


@dataclass
class Recorded:
    folder: Path
    before: Path
    ops: list[pl.Op]
    lines: list[str]
    seed: int


def _new_vault(folder: Path) -> None:
    session, _code = access.create(folder, "Testschool", "anna", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    session.close()


def _record(tmp: Path, seed: int, edits: int) -> Recorded:
    folder = tmp / "vault"
    _new_vault(folder)
    pl.copy_folder(folder, tmp / "before")
    log = tmp / "io.log"
    done = pl.run_recorded([WORKLOAD, str(folder), PASSPHRASE, str(seed), str(edits)], folder, log)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [
        line for line in done.stdout.splitlines() if line.startswith(("saved ", "passphrase "))
    ]
    return Recorded(folder, tmp / "before", pl.read_log(log), lines, seed)


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Recorded:
    seed = random.randrange(2**32)
    return _record(tmp_path_factory.mktemp("recorded"), seed, edits=8)


def test_a_power_cut_at_any_fsync_loses_no_saved_edit_and_raises_no_alarm(
    recorded: Recorded, tmp_path: Path
) -> None:
    rng = random.Random(recorded.seed)
    fsyncs = pl.fsync_points(recorded.ops)
    points = [*sorted(rng.sample(fsyncs, min(24, len(fsyncs)))), len(recorded.ops) - 1]
    report = pl.replay_and_check(
        recorded.folder, recorded.before, recorded.ops, recorded.lines, PASSPHRASE, points, tmp_path
    )
    where = f"seed {recorded.seed}"
    assert report.points >= 20, where
    assert report.refused == [], where  # no false alarm after a power cut
    assert report.lost == [], where
    assert report.problems == [], where
    assert len(saved_labels(recorded.lines)) >= 5, where


def _recorded_points(recorded: Recorded) -> list[tuple[int, dict[str, bytes]]]:
    """Crash points right after the record advanced past a commit that is still in the WAL."""
    ops = recorded.ops
    candidates = [
        index
        for index in pl.fsync_points(ops)
        if ops[index].path.endswith("/vault.commit") and _last_sync_was_the_wal(ops, index)
    ]
    found = []
    for point, files in pl.durable_states(recorded.folder, recorded.before, ops, candidates):
        if _committed_bytes(recorded.folder.parent, files.get("vault.db-wal", b"")):
            found.append((point, files))
    return found


def _last_sync_was_the_wal(ops: list[pl.Op], index: int) -> bool:
    """The last database fsync before `index` was the WAL's: a commit, not a checkpoint."""
    for op in reversed(ops[:index]):
        if op.kind == pl.FSYNC and op.path.endswith(("/vault.db", "/vault.db-wal")):
            return op.path.endswith("-wal")
    return False


def _committed_bytes(work: Path, wal: bytes) -> int:
    """How many bytes of `wal` belong to valid committed frames (0: none)."""
    probe = work / "probe-wal"
    probe.write_bytes(wal)
    state = inspect_wal(probe)
    if not state.transactions:
        return 0
    page_size = int.from_bytes(wal[8:12], "big")
    return 32 + state.committed_frames * (24 + page_size)


def _flip(wal: bytes, end: int, rng: random.Random) -> bytes:
    # One bit somewhere in the committed frames (after the 32-byte WAL header).
    at = rng.randrange(32, end)
    return wal[:at] + bytes([wal[at] ^ (1 << rng.randrange(8))]) + wal[at + 1 :]


@pytest.mark.parametrize("damage", ["flip", "truncate", "delete"])
def test_a_damaged_wal_that_holds_a_recorded_commit_is_refused(
    recorded: Recorded, tmp_path: Path, damage: str
) -> None:
    rng = random.Random(recorded.seed)
    recorded_points = _recorded_points(recorded)
    assert recorded_points, f"seed {recorded.seed}: no recorded commit in the WAL"
    for point, state in rng.sample(recorded_points, min(4, len(recorded_points))):
        wal = state["vault.db-wal"]
        end = _committed_bytes(tmp_path, wal)
        files = {name: data for name, data in state.items() if name != "vault.db-wal"}
        if damage == "flip":
            files["vault.db-wal"] = _flip(wal, end, rng)
        elif damage == "truncate":
            files["vault.db-wal"] = wal[: rng.randrange(1, end)]
        target = tmp_path / f"{damage}-{point}"
        pl.write_folder(files, target)
        where = f"seed {recorded.seed}, point {point}"
        keys = pl.passphrase_candidates(recorded.ops, recorded.lines, PASSPHRASE, point)
        detail, key = _refusal(target, keys)
        assert detail in {"journal-damaged", "journal-missing"}, where
        key_file = _passphrase_file(tmp_path, key)
        code = run_cli(["vault", "check", "--vault", str(target), "--user", "anna",
                        "--passphrase-file", str(key_file)])  # fmt: skip
        assert code == 1, where


def _refusal(folder: Path, keys: list[str]) -> tuple[str, str]:
    """(refusal detail, key) with the first key that is not wrong (detail "" if it opened)."""
    for key in keys:
        try:
            access.unlock(folder, "anna", key).close()
        except WrongCredentialsError:
            continue
        except (JournalDamagedError, VaultRolledBackError) as exc:
            return exc.detail, key
        return "", key
    return "no key", ""


def test_the_same_states_undamaged_open_with_every_saved_edit(
    recorded: Recorded, tmp_path: Path
) -> None:
    pending = _recorded_points(recorded)
    report = pl.replay_and_check(
        recorded.folder,
        recorded.before,
        recorded.ops,
        recorded.lines,
        PASSPHRASE,
        [point for point, _files in pending],
        tmp_path,
    )
    assert report.refused == [] and report.lost == [], f"seed {recorded.seed}"


def _passphrase_file(tmp_path: Path, passphrase: str = PASSPHRASE) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(passphrase + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("nth_write", [2, 9])
def test_a_kill_inside_a_checkpoint_loses_nothing_saved(tmp_path: Path, nth_write: int) -> None:
    """In WAL mode only checkpoints write vault.db: kill just before its n-th write."""
    folder = tmp_path / "vault"
    _new_vault(folder)
    seed = random.randrange(2**32)
    done = pl.run_recorded(
        [WORKLOAD, str(folder), PASSPHRASE, str(seed), "6"],
        folder,
        tmp_path / "io.log",
        kill_at=nth_write,
        kill_suffix="/vault.db",
    )
    assert done.returncode == -9, f"seed {seed}: the kill did not happen ({done.returncode})"
    lines = [
        line for line in done.stdout.splitlines() if line.startswith(("saved ", "passphrase "))
    ]
    from tests.stress.vault_checks import passphrases

    candidates = [*reversed(passphrases(lines)), PASSPHRASE]
    outcome = check_vault(folder, candidates, saved_labels(lines))
    assert outcome.opened, f"seed {seed}: {outcome.refusal}"
    assert outcome.missing == [] and outcome.problems == [], f"seed {seed}"


def test_an_older_vault_db_put_back_is_refused_by_unlock_and_by_check(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    session, _code = access.create(folder, "Testschool", "anna", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    case_id = CaseService(session).create_case("Eerste dossier")
    session.close()
    shutil.copy2(folder / "vault.db", tmp_path / "old.db")

    session = access.unlock(folder, "anna", PASSPHRASE)
    CaseService(session).add_note(case_id, "gesprek van vorige week")
    session.close()
    shutil.copy2(tmp_path / "old.db", folder / "vault.db")

    def contents() -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in folder.iterdir() if p.name.startswith("vault.")}

    before = contents()
    with pytest.raises(VaultRolledBackError) as refused:
        access.unlock(folder, "anna", PASSPHRASE)
    assert refused.value.detail == "database-older"
    after = contents()
    # Nothing of the refused vault was written (the lock file names its last holder).
    assert {k: v for k, v in after.items() if k != "vault.lock"} == {
        k: v for k, v in before.items() if k != "vault.lock"
    }
    passphrase = _passphrase_file(tmp_path)
    args = ["vault", "check", "--vault", str(folder), "--user", "anna"]
    assert run_cli([*args, "--passphrase-file", str(passphrase)]) == 1


def test_an_older_vault_db_message_names_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "vault"
    _new_vault(folder)
    shutil.copy2(folder / "vault.db", tmp_path / "old.db")
    session = access.unlock(folder, "anna", PASSPHRASE)
    CaseService(session).create_case("Nieuw dossier")
    session.close()
    shutil.copy2(tmp_path / "old.db", folder / "vault.db")
    args = ["vault", "check", "--vault", str(folder), "--user", "anna"]
    assert run_cli([*args, "--passphrase-file", str(_passphrase_file(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert "oudere kopie" in err and "back-up" in err
    assert "in orde" not in err


CRASHING_PROGRAM = """
import sys
from pathlib import Path
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
session = access.unlock(Path(sys.argv[1]), "anna", sys.argv[2])
case_id = CaseService(session).create_case("Dossier")
print(case_id, flush=True)
raise RuntimeError("an unhandled error ends the program; nobody locks the vault")
"""


def test_a_program_ended_by_an_unhandled_error_leaves_a_vault_that_opens(tmp_path: Path) -> None:
    """Python closes the connection while it shuts down: that close checkpoints in step."""
    import os
    import subprocess

    folder = tmp_path / "vault"
    _new_vault(folder)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_PROGRAM, str(folder), PASSPHRASE],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 1 and "RuntimeError" in done.stderr
    outcome = check_vault(folder, [PASSPHRASE], [f"case:{done.stdout.strip()}"])
    assert outcome.opened, outcome.refusal
    assert outcome.missing == []
