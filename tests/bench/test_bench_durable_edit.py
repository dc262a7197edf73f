"""One durable edit before and after the commit record, as ratios to a plain SQLCipher commit.

- plain: one row committed in a SQLCipher file (raw key, WAL, synchronous=FULL), same disk;
- before: `CaseService.add_note` (note + audit entry + search row) over an engine without the
  commit tracker and with SQLite's automatic checkpoints, as the vault was before;
- after: the same call over the vault as it opens now (counter, record pending, checkpoint,
  record clean on every commit).

The three run interleaved, round by round, so a busy machine slows all of them alike.
Run: python -m pytest tests/bench/test_bench_durable_edit.py -s
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import sqlcipher3

from ehbc_desktop.demo.vault import DEMO_USER, create_demo_vault
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.vault import database
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "benchmark passphrase for the demo vault"
ROUNDS = 60
CASES = 300


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _plain(folder: Path) -> Callable[[], None]:
    conn = sqlcipher3.connect(str(folder / "plain.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (v TEXT)")

    def commit() -> None:
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES ('x')")
        conn.execute("COMMIT")

    return commit


def test_one_durable_edit_before_and_after(tmp_path: Path) -> None:
    before_dir, after_dir = tmp_path / "before", tmp_path / "after"
    for folder in (before_dir, after_dir):
        create_demo_vault(
            folder, PASSPHRASE, cases=CASES, today=date(2026, 11, 21), kdf=FAST_TEST_PARAMS
        )
    after = access.unlock(after_dir, DEMO_USER, PASSPHRASE)
    before = access.unlock(before_dir, DEMO_USER, PASSPHRASE)
    # The old engine: no tracker, SQLite's own checkpoints every 1000 pages.
    opened = before.vault
    old = database.make_engine(before_dir / "vault.db", opened._key())
    with old.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 1000")
        conn.exec_driver_sql("PRAGMA cache_size = -65536")
    opened._engine.dispose()
    opened._engine = old
    before.sessions.configure(bind=old)
    plain = _plain(tmp_path)
    notes = {
        "before": (CaseService(before), CaseService(before).list_cases()[0].id),
        "after": (CaseService(after), CaseService(after).list_cases()[0].id),
    }
    times: dict[str, list[float]] = {"plain": [], "before": [], "after": []}
    try:
        for _ in range(ROUNDS):
            times["plain"].append(_timed(plain))
            for label, (service, case_id) in notes.items():
                times[label].append(_timed(lambda s=service, c=case_id: s.add_note(c, "Notitie.")))
    finally:
        before.close()
        after.close()
    median = {label: statistics.median(values) for label, values in times.items()}
    base = median["plain"]
    print(
        f"\none durable edit ({CASES} cases, median of {ROUNDS}): "
        f"plain SQLCipher commit {base * 1000:.2f} ms; "
        f"before {median['before'] * 1000:.2f} ms ({median['before'] / base:.0f}x plain); "
        f"after {median['after'] * 1000:.2f} ms ({median['after'] / base:.0f}x plain); "
        f"after/before {median['after'] / median['before']:.2f}"
    )
    assert median["after"] <= 1.5 * median["before"]
