"""Start-up of the bundle to the unlock screen, against a bare PySide6 window, in the same run.

Usage: python installer/bench_start.py dist/EHBC-Desktop [runs]
Run with the build environment's Python (it has the same PySide6 as the bundle). Each run is a
new process that quits as soon as its first window is on screen (offscreen platform): the
bundle over a small vault (EHBC_EXIT_WHEN_SHOWN=1, the unlock screen), and `python -c` showing
an empty QWidget. The two alternate, so both see the same machine load. Reported: the first run
of each (the coldest this script can make it without dropping the OS file cache), the medians,
and the ratio bundle / bare window. No fixed limit: the ratio is the figure.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = (
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget()\n"
    "w.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "app.exec()\n"
)


def _timed(command: list[str], env: dict[str, str], expect: str) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120,
                            check=False)  # fmt: skip
    elapsed = time.perf_counter() - start
    if result.returncode != 0 or expect not in result.stdout:
        raise SystemExit(f"{command[0]} failed:\n{result.stdout}\n{result.stderr}")
    return elapsed


def main(bundle: Path, runs: int) -> int:
    name = "ehbc.exe" if os.name == "nt" else "EHBC-Desktop"
    exe = bundle / name
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "EHBC_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="ehbc-bench-") as folder:
        work = Path(folder)
        (work / "pw.txt").write_text("een rustige zin om te meten\n", encoding="utf-8")
        subprocess.run([str(exe), "demo", "--vault", str(work / "vault"), "--passphrase-file",
                        str(work / "pw.txt"), "--cases", "1"], env=env, check=True,
                       capture_output=True)  # fmt: skip
        app_env = dict(env, EHBC_VAULT_DIR=str(work / "vault"), EHBC_EXIT_WHEN_SHOWN="1",
                       HOME=str(work))  # fmt: skip
        bundle_times, bare_times = [], []
        for _ in range(runs):
            bundle_times.append(_timed([str(exe)], app_env, "shown: unlock"))
            bare_times.append(_timed([sys.executable, "-c", BARE_WINDOW + "print('bare')"],
                                     env, "bare"))  # fmt: skip
    b, w = statistics.median(bundle_times), statistics.median(bare_times)
    print(f"bundle to unlock screen: first {bundle_times[0]:.2f} s, median {b:.2f} s "
          f"({runs} runs)")  # fmt: skip
    print(f"bare PySide6 window:     first {bare_times[0]:.2f} s, median {w:.2f} s")
    print(f"ratio bundle / bare window: first {bundle_times[0] / bare_times[0]:.2f}, "
          f"median {b / w:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve(), int(sys.argv[2]) if len(sys.argv) > 2 else 7))
