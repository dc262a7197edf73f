"""`ehbc <command>`: the headless command line for admins, scripts and tests."""

from __future__ import annotations

import argparse

from ehbc_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="ehbc", description="EHBC Desktop, headless commands.")
    parser.add_argument("--version", action="version", version=f"ehbc {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    return parser


def run_cli(argv: list[str]) -> int:
    """Run one command; return the process exit code."""
    build_parser().parse_args(argv)
    return 0
