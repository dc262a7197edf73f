"""Regenerates resources/i18n/*.ts from the source strings with pyside6-lupdate.

Usage: python scripts/update_translations.py [--ts OUT.ts]
Without --ts it updates the committed Dutch catalogue in place (translations are kept);
with --ts it writes a fresh catalogue elsewhere (the test compares the two).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["ehbc_desktop/ui", "ehbc_desktop/app.py"]
CATALOGUE = ROOT / "resources" / "i18n" / "ehbc_nl_BE.ts"


def lupdate_command(ts: Path) -> list[str]:
    """The pyside6-lupdate call that extracts every source string into `ts`."""
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    return [
        tool or "pyside6-lupdate",
        "-extensions", "py",
        "-locations", "none",
        "-no-obsolete",
        "-source-language", "en",
        "-target-language", "nl_BE",
        *[str(ROOT / source) for source in SOURCES],
        "-ts", str(ts),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run lupdate; return its exit code."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ts", type=Path, default=CATALOGUE)
    args = parser.parse_args(argv)
    return subprocess.run(lupdate_command(args.ts), check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
