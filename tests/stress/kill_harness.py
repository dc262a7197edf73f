"""SIGKILL a vault writer at random moments and check nothing committed was lost.

Shared by the kill tests in the normal run and by `kill_stress.py`.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from ehbc_desktop.vault.errors import VaultError, WrongCredentialsError
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from ehbc_desktop.vault.throttle import UnlockThrottle
from ehbc_desktop.vault.vault import create_vault, unlock_vault

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("vault_writer.py")
PASSPHRASE = "kill proef met gele tulpen"


@dataclass
class KillReport:
    """What the kills did: counts to assert on and to print."""

    kills: int = 0
    before_ready: int = 0
    rows_confirmed: int = 0
    passphrase_changes: int = 0
    problems: list[str] = field(default_factory=list)


def new_vault(folder: Path) -> None:
    """Create the vault (fast test KDF) with the table the writer fills."""
    vault, _ = create_vault(folder, "Kill school", "anna", PASSPHRASE, kdf=FAST_TEST_PARAMS)
    with vault.engine.begin() as conn:
        conn.execute(text("CREATE TABLE kill_log (seq INTEGER PRIMARY KEY, payload BLOB)"))
    vault.lock()


def _run_and_kill(args: list[str], rng: random.Random, max_delay: float) -> tuple[list[str], bool]:
    """Start the writer, SIGKILL it at a random moment; return its lines and if it was ready."""
    return run_and_kill([str(WRITER), *args], rng, max_delay)


def run_and_kill(
    argv: list[str], rng: random.Random, max_delay: float, early_share: float = 0.1
) -> tuple[list[str], bool]:
    """Run `python argv...`, SIGKILL it at a random moment; return its lines and if it was ready.

    A share of the kills falls while it is still starting or unlocking (before "ready").
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, *argv], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
        text=True,
    )  # fmt: skip
    assert child.stdout is not None
    try:
        early = rng.random() < early_share
        if early:
            # Sometimes kill while it is still starting or unlocking.
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            first = child.stdout.readline().strip()
            if first != "ready":
                raise RuntimeError(f"writer did not start: {first!r}")
            time.sleep(rng.uniform(0.0, max_delay))
        child.send_signal(signal.SIGKILL)
        rest = child.stdout.read()
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
    lines = [line for line in rest.splitlines() if line and line != "ready"]
    return lines, not early


def insert_kills(folder: Path, kills: int, rng: random.Random, max_delay: float) -> KillReport:
    """Kill an inserting writer `kills` times; after each, every printed row must be there."""
    report = KillReport()
    for _ in range(kills):
        vault = unlock_vault(folder, "anna", PASSPHRASE)
        with vault.engine.connect() as conn:
            before = set(conn.execute(text("SELECT seq FROM kill_log")).scalars())
        vault.lock()
        first = max(before, default=-1) + 1
        lines, ready = _run_and_kill(
            ["insert", str(folder), PASSPHRASE, str(first)], rng, max_delay
        )
        printed = {int(line) for line in lines}
        report.kills += 1
        report.before_ready += not ready
        report.rows_confirmed += len(printed)
        vault = unlock_vault(folder, "anna", PASSPHRASE)
        with vault.engine.connect() as conn:
            after = set(conn.execute(text("SELECT seq FROM kill_log")).scalars())
        problems = vault.integrity_errors()
        vault.lock()
        if problems:
            report.problems.append(f"integrity after kill {report.kills}: {problems}")
        if not printed <= after:
            report.problems.append(f"lost rows after kill {report.kills}: {printed - after}")
        extra = after - before - printed
        allowed = {max(printed, default=first - 1) + 1}
        if not extra <= allowed:
            report.problems.append(f"unexpected rows after kill {report.kills}: {extra}")
    return report


def passphrase_kills(folder: Path, kills: int, rng: random.Random, max_delay: float) -> KillReport:
    """Kill a writer that keeps changing the passphrase; the slot file must stay whole."""
    report = KillReport()
    current = PASSPHRASE
    for round_ in range(kills):
        base = f"round{round_}"
        lines, _ = _run_and_kill(["passphrase", str(folder), current, base, "0"], rng, max_delay)
        report.kills += 1
        report.passphrase_changes += len(lines)
        # The printed passphrase is set, or the next one if the kill fell between write and print.
        if lines:
            last = int(lines[-1])
            candidates = [f"{base}-{last}", f"{base}-{last + 1}"]
        else:
            candidates = [current, f"{base}-0"]
        opened = None
        for candidate in candidates:
            try:
                opened = unlock_vault(folder, "anna", candidate, throttle=UnlockThrottle())
            except WrongCredentialsError:
                continue
            except VaultError as exc:
                report.problems.append(f"kill {round_}: {type(exc).__name__}")
                break
            current = candidate
            break
        if opened is None:
            report.problems.append(f"kill {round_}: no expected passphrase opens the vault")
            break
        opened.lock()
    return report
