"""Stress: SIGKILL vault writers many times and check nothing committed is ever lost.

Run from the project root:
    python tests/stress/kill_stress.py --kills 500                 # raw inserts + services
    python tests/stress/kill_stress.py --mode services --kills 200 --seed 1234   # replay a seed

It prints its seed first; the same seed replays the same sequence of workloads and kill points
(kills at a time still depend on the machine's speed; kills inside a checkpoint do not).
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
from tests.stress.service_kills import new_vault as new_service_vault
from tests.stress.service_kills import service_kills


def _raw(kills: int, rng: random.Random, max_delay: float) -> list[str]:
    passphrase_share = max(1, kills // 10)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        new_vault(folder)
        inserts = insert_kills(folder, kills - passphrase_share, rng, max_delay)
        changes = passphrase_kills(folder, passphrase_share, rng, max_delay)
    print(
        f"raw insert kills: {inserts.kills} ({inserts.before_ready} before ready), "
        f"{inserts.rows_confirmed} confirmed rows all present"
    )
    print(f"raw passphrase kills: {changes.kills}, {changes.passphrase_changes} confirmed changes")
    return inserts.problems + changes.problems


def _services(kills: int, rng: random.Random, keep: Path | None) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        new_service_vault(folder)
        report = service_kills(folder, Path(tmp), kills, rng, keep=keep)
    print(
        f"service kills: {report.kills} ({report.early} during start-up or unlock, "
        f"{report.in_checkpoint} inside a checkpoint); {report.saved} saved edits all present; "
        f"{report.passphrase_changes} passphrase changes"
    )
    return report.problems


def main() -> int:
    """Run the kills; print a summary; exit 1 on any problem."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=500, help="number of SIGKILLs in total")
    parser.add_argument("--seed", type=int, default=None, help="replay this seed")
    parser.add_argument("--mode", choices=("raw", "services", "both"), default="both")
    parser.add_argument("--max-delay", type=float, default=0.3, help="seconds after ready (raw)")
    parser.add_argument("--keep", type=Path, default=None, help="copy a refused vault here")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    print(f"seed {seed}", flush=True)
    rng = random.Random(seed)
    start = time.perf_counter()
    problems: list[str] = []
    share = args.kills // 2 if args.mode == "both" else args.kills
    if args.mode in ("raw", "both"):
        problems += _raw(share, rng, args.max_delay)
    if args.mode in ("services", "both"):
        problems += _services(args.kills - share if args.mode == "both" else share, rng, args.keep)
    print(f"seed {seed}; {args.kills} kills in {time.perf_counter() - start:.0f} s")
    for problem in problems:
        print("PROBLEM:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
