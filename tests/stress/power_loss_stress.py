"""Stress: replay a power cut at many random fsyncs of real service workloads.

Run from the project root:  python tests/stress/power_loss_stress.py --points 200 [--seed N]

Each run records a workload (cases, notes, conversations, evidence, archive import, passphrase
changes) through the LD_PRELOAD write recorder, then rebuilds the folder as a power cut after
each chosen fsync would leave it: every replay must open (no false alarm) with every edit
reported as saved before that point.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.stress import powerloss as pl
from tests.stress.service_kills import (
    ARCHIVE_PASSPHRASE,
    PASSPHRASE,
    WORKLOAD,
    make_archive,
    new_vault,
)


def main() -> int:
    """Record, replay, print a summary; exit 1 on a lost edit or a false alarm."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--points", type=int, default=200, help="replayed crash points in all")
    parser.add_argument("--per-run", type=int, default=40, help="crash points per recording")
    parser.add_argument("--edits", type=int, default=14, help="edits per recording")
    parser.add_argument("--seed", type=int, default=None, help="replay this seed")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    print(f"seed {seed}", flush=True)
    rng = random.Random(seed)
    start = time.perf_counter()
    totals = pl.ReplayReport()
    saved = runs = 0
    with tempfile.TemporaryDirectory() as tmp:
        archive = make_archive(Path(tmp))
        while totals.points < args.points:
            work = Path(tmp) / f"run{runs}"
            work.mkdir()
            folder = work / "vault"
            new_vault(folder)
            pl.copy_folder(folder, work / "before")
            run_seed = rng.randrange(2**32)
            workload = [str(WORKLOAD), str(folder), PASSPHRASE, str(run_seed), str(args.edits)]
            done = pl.run_recorded(
                [*workload, str(archive), ARCHIVE_PASSPHRASE], folder, work / "io.log"
            )
            if done.returncode != 0:
                print(done.stderr[-3000:])
                return 1
            ops = pl.read_log(work / "io.log")
            lines = [
                line
                for line in done.stdout.splitlines()
                if line.startswith(("saved ", "passphrase "))
            ]
            saved += sum(1 for line in lines if line.startswith("saved "))
            fsyncs = pl.fsync_points(ops)
            count = min(args.per_run, len(fsyncs), args.points - totals.points)
            points = rng.sample(fsyncs, count)
            report = pl.replay_and_check(
                folder, work / "before", ops, lines, PASSPHRASE, points, work / "replays"
            )
            totals.points += report.points
            totals.opened += report.opened
            totals.refused += [f"run {runs} (seed {run_seed}) {r}" for r in report.refused]
            totals.lost += [f"run {runs} (seed {run_seed}) {r}" for r in report.lost]
            totals.problems += [f"run {runs} (seed {run_seed}) {r}" for r in report.problems]
            runs += 1
    print(
        f"seed {seed}: {totals.points} power cuts replayed over {runs} recordings "
        f"({saved} saved edits) in {time.perf_counter() - start:.0f} s; "
        f"opened {totals.opened}, false alarms {len(totals.refused)}, "
        f"lost edits {len(totals.lost)}"
    )
    for line in totals.refused + totals.lost + totals.problems:
        print("PROBLEM:", line)
    return 1 if totals.refused or totals.lost or totals.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
