"""Regenerates ehbc_desktop/resources/i18n/*.ts from the source strings with pyside6-lupdate.

Usage: python scripts/update_translations.py [--ts OUT.ts]
Without --ts it updates the committed catalogues in place (translations are kept): the Dutch
one with every string, the English one with only the plural forms ("%n case(s)" -> "1 case",
"2 cases"), as Qt recommends for a source language. With --ts it writes a fresh Dutch
catalogue elsewhere (the test compares the two).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["ehbc_desktop/ui", "ehbc_desktop/app.py"]
I18N = ROOT / "ehbc_desktop" / "resources" / "i18n"
CATALOGUE = I18N / "ehbc_nl_BE.ts"
PLURALS = I18N / "ehbc_en.ts"


def lupdate_command(ts: Path, language: str = "nl_BE", plural_only: bool = False) -> list[str]:
    """The pyside6-lupdate call that extracts the source strings into `ts`."""
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    return [
        tool or "pyside6-lupdate",
        "-extensions", "py",
        "-locations", "none",
        "-no-obsolete",
        *(["-pluralonly"] if plural_only else []),
        "-source-language", "en",
        "-target-language", language,
        *[str(ROOT / source) for source in SOURCES],
        "-ts", str(ts),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run lupdate; return its exit code."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ts", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.ts is not None:
        return subprocess.run(lupdate_command(args.ts), check=False).returncode
    code = subprocess.run(lupdate_command(CATALOGUE), check=False).returncode
    plurals = lupdate_command(PLURALS, language="en", plural_only=True)
    return code or subprocess.run(plurals, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
