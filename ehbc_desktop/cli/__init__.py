"""`ehbc <command>`: the headless command line for admins, scripts and tests."""

from ehbc_desktop.cli.main import run_cli

__all__ = ["run_cli"]
