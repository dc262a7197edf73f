"""Compiles the committed Qt Linguist sources (ehbc_desktop/resources/i18n/*.ts) into .qm files."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ehbc_desktop.package_data import i18n_dir


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return found or "pyside6-lrelease"


def build(folder: Path | None = None) -> list[Path]:
    """Compile every .ts file whose .qm is missing or older; return the .qm files written."""
    written: list[Path] = []
    for ts in sorted((folder or i18n_dir()).glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


if __name__ == "__main__":
    build()
