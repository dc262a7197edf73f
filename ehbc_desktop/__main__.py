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
    if args:
        _attach_parent_console()
    if not args:
        from ehbc_desktop.app import run_app

        return run_app()
    from ehbc_desktop.cli import run_cli

    return run_cli(args, kdf=kdf)


def _attach_parent_console() -> None:
    """Windows GUI executable given CLI arguments: write to the console that started it.

    The bundle's `EHBC-Desktop.exe` is a GUI program (no console window pops up for the
    teacher), so Windows gives it no standard streams; `ehbc.exe` beside it is the console one.
    """
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stdin = open("CONIN$", encoding="utf-8", errors="replace")  # noqa: SIM115


if __name__ == "__main__":
    sys.exit(main())
