"""SIGKILL at random moments: every committed row survives and the vault stays whole."""

from __future__ import annotations

import random
import signal
from pathlib import Path

import pytest

from tests.stress.kill_harness import insert_kills, new_vault, passphrase_kills
from tests.stress.service_kills import new_vault as service_new_vault
from tests.stress.service_kills import service_kills

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def test_kills_during_inserts_lose_nothing_committed(tmp_path: Path) -> None:
    seed = random.randrange(2**32)
    folder = tmp_path / "vault"
    new_vault(folder)
    report = insert_kills(folder, kills=20, rng=random.Random(seed), max_delay=0.15)
    assert report.problems == [], f"seed {seed}"
    assert report.kills == 20
    assert report.rows_confirmed > 0, f"seed {seed}: the writer never got to commit"


def test_kills_during_passphrase_changes_keep_the_slot_file_whole(tmp_path: Path) -> None:
    seed = random.randrange(2**32)
    folder = tmp_path / "vault"
    new_vault(folder)
    report = passphrase_kills(folder, kills=4, rng=random.Random(seed), max_delay=0.1)
    assert report.problems == [], f"seed {seed}"
    assert report.kills == 4


def test_kills_through_the_services_lose_no_saved_edit(tmp_path: Path) -> None:
    """New cases, notes, conversations, evidence, archive imports and passphrase changes."""
    seed = random.randrange(2**32)
    folder = tmp_path / "vault"
    service_new_vault(folder)
    report = service_kills(folder, tmp_path, kills=5, rng=random.Random(seed), max_delay=1.5)
    assert report.problems == [], f"seed {seed}"
    assert report.kills == 5
    assert report.saved > 0, f"seed {seed}: the workload never got to save"
