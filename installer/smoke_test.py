"""Smoke test of a built bundle: version, a demo vault, rendered PDFs, the window in Dutch.

Usage: python installer/smoke_test.py dist/EHBC-Desktop
Runs the bundle's own executable (on Windows the console twin `ehbc.exe` as well, since the
GUI executable has no standard output there) from a temporary folder, with a clean environment,
and exits non-zero with the reason when a check fails. Uses only the standard library.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "een rustige zin om de kluis te openen"
NAME = "EHBC-Desktop"


def _executables(bundle: Path) -> tuple[Path, Path]:
    """(the main executable, the one whose output can be read)."""
    suffix = ".exe" if os.name == "nt" else ""
    main = bundle / f"{NAME}{suffix}"
    console = bundle / f"ehbc{suffix}" if os.name == "nt" else main
    for path in (main, console):
        if not path.is_file():
            raise SystemExit(f"missing executable: {path}")
    return main, console


def _env(work: Path, **extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items()
            if not k.startswith(("PYTHON", "EHBC_", "QT_", "LD_LIBRARY_PATH"))}  # fmt: skip
    return {**keep, "QT_QPA_PLATFORM": "offscreen", "HOME": str(work),
            "APPDATA": str(work), "LOCALAPPDATA": str(work), **extra}  # fmt: skip


def _run(exe: Path, work: Path, *args: str, **extra: str) -> str:
    result = subprocess.run(
        [str(exe), *args], cwd=work, env=_env(work, **extra), capture_output=True, text=True,
        encoding="utf-8", errors="replace", timeout=300, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"FAILED: {exe.name} {' '.join(args)}\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _check_pdf(path: Path) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"DejaVuSans" not in data:
        raise SystemExit(f"FAILED: {path.name} is not a PDF with the embedded DejaVu fonts")


def smoke(bundle: Path, expected_version: str | None = None) -> None:
    """Run every check against the bundle folder."""
    _main, cli = _executables(bundle)
    with tempfile.TemporaryDirectory(prefix="ehbc-smoke-") as folder:
        work = Path(folder)
        (work / "passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
        version = _run(cli, work, "--version").strip()
        print(f"ok  version: {version}")
        if expected_version and version != f"ehbc {expected_version}":
            raise SystemExit(f"FAILED: expected version {expected_version}, got {version!r}")
        access = ("--vault", "demo", "--user", "demo", "--passphrase-file", "passphrase.txt")
        _run(cli, work, "demo", "--vault", "demo", "--passphrase-file", "passphrase.txt",
             "--cases", "3")  # fmt: skip
        reference = _run(cli, work, "cases", "list", *access).split()[0]
        print(f"ok  demo vault with case {reference}")
        _run(cli, work, "render", "case-summary", "--case", reference, "--out", "summary.pdf",
             *access)  # fmt: skip
        _check_pdf(work / "summary.pdf")
        _run(cli, work, "render", "pupil-handout", "--out", "handout.pdf", *access)
        _check_pdf(work / "handout.pdf")
        print("ok  rendered case-summary and pupil-handout")
        shown = _run(cli, work, EHBC_VAULT_DIR=str(work / "demo"), EHBC_EXIT_WHEN_SHOWN="1")
        buttons = next((ln for ln in shown.splitlines() if ln.startswith("buttons:")), "")
        if "shown: unlock" not in shown or "Ontgrendelen" not in buttons:
            raise SystemExit(f"FAILED: the window did not show the Dutch unlock screen\n{shown}")
        print(f"ok  window offscreen in Dutch ({buttons})")


if __name__ == "__main__":
    smoke(Path(sys.argv[1]).resolve(), sys.argv[2] if len(sys.argv) > 2 else None)
    print("smoke test passed")
