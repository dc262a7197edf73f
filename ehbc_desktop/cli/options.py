"""Options shared by the commands: the vault, the user, the passphrase file and `--lang`."""

from __future__ import annotations

import argparse
from pathlib import Path

#: Said in the --help of every command that opens a vault.
NEEDS_VAULT = (
    "Needs the vault: --vault DIR (default: the program's own vault folder), --user NAME and "
    "the passphrase (--passphrase-file FILE, else a hidden prompt)."
)

#: The help of every `--case REF` option.
CASE_HELP = "case reference, such as 2026-0002 (`ehbc cases list` shows them)"

PASSPHRASE_FILE_HELP = (
    "file holding the passphrase; a byte-order mark and one final line break are ignored, "
    "everything else counts (else a hidden prompt)"
)


def lang_option(parser: argparse.ArgumentParser) -> None:
    """`--lang` after the command too; it only counts when given (the main one is the default)."""
    parser.add_argument(
        "--lang", choices=("nl", "en"), default=argparse.SUPPRESS,
        help="language of the messages (and of a rendered document)",
    )  # fmt: skip


def vault_options(parser: argparse.ArgumentParser, *, user: bool = True) -> None:
    """`--vault`, `--user` (required) and `--passphrase-file`."""
    from ehbc_desktop.paths import default_vault_dir

    parser.add_argument(
        "--vault", type=Path, default=None, help=f"vault folder (default: {default_vault_dir()})"
    )
    if user:
        parser.add_argument("--user", required=True, help="your user name in the vault")
    parser.add_argument(
        "--passphrase-file", type=Path, default=None, metavar="FILE", help=PASSPHRASE_FILE_HELP
    )
