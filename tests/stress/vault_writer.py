"""Child process for the kill tests: unlocks a vault and writes until it is killed.

Usage (run with the project root on PYTHONPATH):
    python vault_writer.py insert FOLDER PASSPHRASE FIRST_SEQ
        commits one row per sequence number and prints each number once it is committed;
    python vault_writer.py passphrase FOLDER PASSPHRASE BASE FIRST_INDEX
        sets the passphrase to BASE-<i> for i = FIRST_INDEX, ... and prints i once it is set.
"""

from __future__ import annotations

import itertools
import os
import random
import sys
from pathlib import Path

from sqlalchemy import text

from ehbc_desktop.vault.vault import unlock_vault


def _insert(folder: Path, passphrase: str, first: int) -> None:
    vault = unlock_vault(folder, "anna", passphrase)
    print("ready", flush=True)
    rng = random.Random(first)
    for seq in itertools.count(first):
        with vault.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO kill_log (seq, payload) VALUES (:seq, :payload)"),
                {"seq": seq, "payload": os.urandom(rng.randint(50, 6000))},
            )
            if seq % 7 == 0:
                # Rewrite older pages too, so a kill can land in the middle of a page update.
                conn.execute(
                    text("UPDATE kill_log SET payload = :p WHERE seq = :old"),
                    {"p": os.urandom(rng.randint(50, 3000)), "old": rng.randint(0, seq)},
                )
        print(seq, flush=True)


def _passphrase(folder: Path, passphrase: str, base: str, first: int) -> None:
    vault = unlock_vault(folder, "anna", passphrase)
    print("ready", flush=True)
    for index in itertools.count(first):
        vault.change_passphrase(f"{base}-{index}")
        print(index, flush=True)


def main(argv: list[str]) -> None:
    """Dispatch on the mode named in `argv`."""
    mode, folder = argv[1], Path(argv[2])
    if mode == "insert":
        _insert(folder, argv[3], int(argv[4]))
    elif mode == "passphrase":
        _passphrase(folder, argv[3], argv[4], int(argv[5]))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main(sys.argv)
