"""Entry point: no arguments starts the window, any argument runs the headless CLI."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ehbc_desktop.vault.kdf import KdfParams


def main(argv: list[str] | None = None, *, kdf: KdfParams | None = None) -> int:
    """Start the GUI when called without arguments, otherwise the command line.

    `kdf`: see `run_cli` (tests only).
    """
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from ehbc_desktop.app import run_app

        return run_app()
    from ehbc_desktop.cli import run_cli

    return run_cli(args, kdf=kdf)


if __name__ == "__main__":
    sys.exit(main())
