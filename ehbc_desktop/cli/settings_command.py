"""`ehbc settings show|set`: the school settings; everyone reads them, administrators change them.

Holidays and the school's details (logo, contacts, helplines) are changed in the window only.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from ehbc_desktop.cli.messages import message
from ehbc_desktop.cli.passphrases import read_passphrase

#: The settings `set` changes, in the order `show` prints them (all numbers but the policy).
SETTINGS = (
    "restorative_follow_up_days",
    "observation_reminder_days",
    "retention_school_years",
    "retention_clb_years",
    "statistics_threshold",
    "idle_weeks",
    "policy_location",
)


def _unlock(args: argparse.Namespace) -> Any:
    from ehbc_desktop.services.access import access

    return access.unlock_to_work(args.vault, args.user, read_passphrase(args.passphrase_file,
                                                                "Wachtwoordzin: "))


def _who(service: Any, lang: str) -> str:
    return message("settings_who", lang, names=", ".join(service.administrators()))


def show(args: argparse.Namespace) -> int:
    """Every setting as `name<TAB>value`, then who may change them."""
    from ehbc_desktop.services.settings import SettingsService

    session = _unlock(args)
    try:
        service = SettingsService(session)
        current = service.get()
        for name in SETTINGS:
            print(f"{name}\t{getattr(current, name)}")
        print(f"holidays\t{len(current.holidays)}")
        print(_who(service, args.lang))
    finally:
        session.close()
    return 0


def set_value(args: argparse.Namespace) -> int:
    """Change one setting (administrators only; the service refuses anyone else)."""
    from ehbc_desktop.services.settings import SettingsService

    value: int | str = args.value.strip()
    if args.name != "policy_location":
        if not str(value).isdigit():
            print(f"ehbc: {message('setting_invalid', args.lang)}", file=sys.stderr)
            return 1
        value = int(value)
    session = _unlock(args)
    try:
        service = SettingsService(session)
        if not service.may_change:
            print(f"ehbc: {_who(service, args.lang)}", file=sys.stderr)
            return 1
        changes: dict[str, Any] = {args.name: value}
        service.update(replace(service.get(), **changes))
    finally:
        session.close()
    print(message("setting_saved", args.lang, name=args.name, value=value))
    return 0


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add `settings` to the main parser's subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "settings", help="the school settings (everyone reads them, administrators change them)")
    sub = parser.add_subparsers(dest="settings_command", required=True, metavar="ACTION")
    shown = sub.add_parser("show", help="every school setting and who may change it")
    changed = sub.add_parser("set", help="change one school setting (administrators only)")
    changed.add_argument("name", choices=SETTINGS)
    changed.add_argument("value")
    for cmd, handler in ((shown, show), (changed, set_value)):
        cmd.add_argument("--vault", type=Path, default=None, help="vault folder")
        cmd.add_argument("--user", required=True, help="your user name in the vault")
        cmd.add_argument("--passphrase-file", type=Path, default=None,
                         help="file whose first line is your passphrase (else a hidden prompt)")
        cmd.set_defaults(handler=handler)
    return parser
