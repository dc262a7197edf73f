"""Stress: SIGKILL vault writers many times and check nothing committed is ever lost.

Run from the project root:  python tests/stress/kill_stress.py --kills 500
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.stress.kill_harness import insert_kills, new_vault, passphrase_kills


def main() -> int:
    """Run the kills; print a summary; exit 1 on any problem."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=500, help="number of SIGKILLs in total")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--max-delay", type=float, default=0.3, help="seconds after ready")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    passphrase_share = max(1, args.kills // 10)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        new_vault(folder)
        inserts = insert_kills(folder, args.kills - passphrase_share, rng, args.max_delay)
        changes = passphrase_kills(folder, passphrase_share, rng, args.max_delay)
    elapsed = time.perf_counter() - start
    print(f"seed {seed}; {inserts.kills + changes.kills} kills in {elapsed:.0f} s")
    print(
        f"insert kills: {inserts.kills} ({inserts.before_ready} before ready), "
        f"{inserts.rows_confirmed} confirmed rows all present"
    )
    print(f"passphrase kills: {changes.kills}, {changes.passphrase_changes} confirmed changes")
    problems = inserts.problems + changes.problems
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
