"""Where the vault lives: the user data folder, a portable folder, or an explicit override."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "EHBC Desktop"
PORTABLE_MARKER = "portable.txt"
# The same folder the window uses (app.resolve_paths), so the CLI finds the portable vault.
PORTABLE_DATA = "EHBC-data"


def program_folder() -> Path:
    """The folder of the running program (the executable when frozen, else the project root)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def default_vault_dir() -> Path:
    """The vault folder: `EHBC_VAULT_DIR`, else portable mode, else the user data folder.

    Portable mode: a file `portable.txt` next to the program puts the data beside it, for
    schools that run the program from a USB stick.
    """
    override = os.environ.get("EHBC_VAULT_DIR")
    if override:
        return Path(override)
    folder = program_folder()
    if (folder / PORTABLE_MARKER).exists():
        return folder / PORTABLE_DATA / "vault"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "vault"
