"""Vault at 1,000 and 10,000 demo cases: search, one-edit commit, unlock, size (not a test).

Each figure is compared with a baseline measured in the same run on the same disk:
- search: the same FTS5 query on a plain (unencrypted) SQLite copy of the search rows;
- one edit: one durable commit (WAL, synchronous=FULL) of one row in a plain SQLite file;
- unlock without the KDF: the fast test KDF (8 MiB, 1 pass) stands in for Argon2id, which
  `test_bench_unlock.py` measures on its own.

Run: python -m pytest tests/bench/test_bench_vault_scale.py --benchmark-only -s
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from ehbc_desktop.demo.vault import DEMO_USER, create_demo_vault
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store.search import match_expression
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "benchmark passphrase for the demo vault"
TODAY = date(2026, 11, 21)
QUERIES = ("jan", "noé peet", "groepschat", "klastitularis")


def _median(work: Callable[[], object], rounds: int = 25) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@pytest.fixture(scope="module", params=[1_000, 10_000], ids=["1k", "10k"])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[
    tuple[int, Path, VaultSession]
]:
    count = int(request.param)
    folder = tmp_path_factory.mktemp(f"demo{count}") / "vault"
    create_demo_vault(folder, PASSPHRASE, cases=count, today=TODAY, kdf=FAST_TEST_PARAMS)
    session = access.unlock(folder, DEMO_USER, PASSPHRASE)
    yield count, folder, session
    session.close()


def _plain_search_copy(session: VaultSession, folder: Path) -> sqlite3.Connection:
    """The same search rows in a plain SQLite file, for the baseline."""
    plain = sqlite3.connect(folder.parent / "plain-search.db")
    plain.execute("DROP TABLE IF EXISTS s")
    plain.execute(
        "CREATE VIRTUAL TABLE s USING fts5(case_id UNINDEXED, reference, names, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    with session.unit() as db:
        rows = db.execute(text("SELECT case_id, reference, names, body FROM case_search")).all()
    plain.executemany("INSERT INTO s VALUES (?, ?, ?, ?)", [tuple(r) for r in rows])
    plain.commit()
    return plain


def test_search(benchmark, demo: tuple[int, Path, VaultSession]) -> None:  # type: ignore[no-untyped-def]
    count, folder, session = demo
    cases = CaseService(session)
    plain = _plain_search_copy(session, folder)
    for query in QUERIES:
        expression = match_expression(query)
        ours = _median(lambda q=query: cases.list_cases(text=q))
        base = _median(lambda e=expression: plain.execute(
            "SELECT case_id FROM s WHERE s MATCH ?", (e,)).fetchall())
        hits = len(cases.list_cases(text=query))
        print(f"\n[{count}] search {query!r}: {ours * 1000:.1f} ms for {hits} cases; "
              f"plain FTS5 {base * 1000:.2f} ms; ratio {ours / base:.0f}x")
    benchmark.extra_info["cases"] = count
    benchmark(lambda: cases.list_cases(text="noé peet"))


def test_one_edit_commit(benchmark, demo: tuple[int, Path, VaultSession]) -> None:  # type: ignore[no-untyped-def]
    count, folder, session = demo
    cases = CaseService(session)
    case_id = cases.list_cases()[0].id
    plain = sqlite3.connect(folder.parent / "plain-commit.db", isolation_level=None)
    plain.execute("PRAGMA journal_mode = WAL")
    plain.execute("PRAGMA synchronous = FULL")
    plain.execute("CREATE TABLE IF NOT EXISTS t (v TEXT)")

    def plain_commit() -> None:
        plain.execute("BEGIN")
        plain.execute("INSERT INTO t VALUES ('x')")
        plain.execute("COMMIT")

    ours = _median(lambda: cases.add_note(case_id, "Korte notitie na het gesprek."), 40)
    base = _median(plain_commit, 40)
    print(f"\n[{count}] one edit (note + audit + search row, durable): {ours * 1000:.2f} ms; "
          f"plain durable commit {base * 1000:.2f} ms; ratio {ours / base:.1f}x")
    benchmark.extra_info["cases"] = count
    benchmark(lambda: cases.add_note(case_id, "Nog een notitie."))


def test_search_as_you_type_page(benchmark, demo: tuple[int, Path, VaultSession]) -> None:  # type: ignore[no-untyped-def]
    """What the case list asks while typing: the newest 201 matches (it shows 200)."""
    count, _folder, session = demo
    cases = CaseService(session)
    for query in QUERIES:
        took = _median(lambda q=query: cases.list_cases(text=q, limit=201))
        print(f"\n[{count}] search-as-you-type {query!r} (newest 201): {took * 1000:.1f} ms")
    benchmark(lambda: cases.list_cases(text="klastitularis", limit=201))


# Last: it locks the module's session.
def test_unlock_without_kdf_and_size(benchmark, demo: tuple[int, Path, VaultSession]) -> None:  # type: ignore[no-untyped-def]
    count, folder, session = demo
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(f"\n[{count}] vault size {size / 1e6:.1f} MB ({size / count / 1000:.1f} kB per case)")
    session.close()

    def unlock_and_lock() -> None:
        access.unlock(folder, DEMO_USER, PASSPHRASE).close()

    took = _median(unlock_and_lock, 5)
    print(f"[{count}] unlock + lock with the fast test KDF (schema check, audit chain): "
          f"{took * 1000:.0f} ms")
    benchmark.extra_info["size_bytes"] = size
    benchmark.pedantic(unlock_and_lock, rounds=3)
