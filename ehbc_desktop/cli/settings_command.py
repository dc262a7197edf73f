"""`ehbc settings show|set`: the school settings; everyone reads them, administrators change them.

Holidays and the school's details (logo, contacts, helplines) are changed in the window only.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from ehbc_desktop.cli.messages import message
from ehbc_desktop.cli.options import vault_options
from ehbc_desktop.cli.passphrases import read_passphrase
from ehbc_desktop.cli.settings_labels import (
    SETTING_WORDS,
    holidays_line,
    names_help,
    setting_label,
    setting_line,
    value_text,
)

#: The settings `set` changes, in the order `show` prints them (all numbers but the policy).
SETTINGS = tuple(SETTING_WORDS)

_SHOW_HELP = (
    "Every school setting in words, with its value. The name in [brackets] after a setting is "
    "what you type to change it: ehbc settings set NAME VALUE (administrators only)."
)


def _unlock(args: argparse.Namespace) -> Any:
    from ehbc_desktop.services.access import access

    return access.unlock_to_work(args.vault, args.user, read_passphrase(
        args.passphrase_file, message("prompt_passphrase", args.lang)))


def _who(service: Any, lang: str) -> str:
    return message("settings_who", lang, names=", ".join(service.administrators()))


def show(args: argparse.Namespace) -> int:
    """Every setting as `label: value  [name]`, the holidays, then who may change them."""
    from ehbc_desktop.services.settings import SettingsService

    session = _unlock(args)
    try:
        service = SettingsService(session)
        current = service.get()
        for name in SETTINGS:
            print(setting_line(name, getattr(current, name), args.lang))
        print(holidays_line(len(current.holidays), args.lang))
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
    label, shown = setting_label(args.name, args.lang), value_text(args.name, value, args.lang)
    print(message("setting_saved", args.lang, label=label, value=shown))
    return 0


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add `settings` to the main parser's subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "settings", help="the school settings (everyone reads them, administrators change them)")
    sub = parser.add_subparsers(dest="settings_command", required=True, metavar="ACTION")
    shown = sub.add_parser(
        "show", help="every school setting and who may change it", description=_SHOW_HELP)
    changed = sub.add_parser(
        "set", help="change one school setting (administrators only)",
        description="Change one school setting. NAME is the name `ehbc settings show` prints "
        "in [brackets] after the setting.")
    changed.add_argument("name", choices=SETTINGS, metavar="NAME", help=names_help())
    changed.add_argument("value", metavar="VALUE",
                         help="the new value: a whole number, or a link or path for the policy")
    for cmd, handler in ((shown, show), (changed, set_value)):
        vault_options(cmd)
        cmd.set_defaults(handler=handler)
    return parser
