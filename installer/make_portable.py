"""Zips the bundle folder with a portable.txt, so the vault lives next to the program (USB stick).

Usage: python installer/make_portable.py dist/EHBC-Desktop dist/EHBC-Desktop-<version>-portable.zip
The ZIP holds one folder, EHBC-Desktop/, with the program and portable.txt; the program then
keeps its vault and settings in EHBC-Desktop/EHBC-data/ (see ehbc_desktop/paths.py).
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

PORTABLE_TEXT = """\
EHBC Desktop - draagbare versie / portable version

Dit bestand zet EHBC Desktop in draagbare modus: de kluis met de dossiers en de instellingen
staan in de map EHBC-data naast het programma (bijvoorbeeld op een USB-stick), niet in je
gebruikersmap. Verwijder dit bestand niet zolang die kluis hier staat. Bewaar de stick veilig
en maak geregeld een back-up (menu Kluis > Nu een back-up maken).

This file puts EHBC Desktop in portable mode: the vault with the case files and the settings
live in the EHBC-data folder next to the program (for example on a USB stick), not in your
user folder. Keep this file while that vault is here. Keep the stick safe and back it up
(menu Vault > Back up now).
"""


def make(bundle: Path, target: Path) -> None:
    """Write `target`: every file of `bundle` under its folder name, plus portable.txt."""
    root = bundle.name
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, f"{root}/{path.relative_to(bundle).as_posix()}")
        archive.writestr(f"{root}/portable.txt", PORTABLE_TEXT)
    print(f"portable: {target} ({target.stat().st_size // 1_000_000} MB)")


if __name__ == "__main__":
    make(Path(sys.argv[1]), Path(sys.argv[2]))
