"""Argument parsing, dispatch and the one-line error messages of `ehbc`."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ehbc_desktop import __version__
from ehbc_desktop.cli.messages import message
from ehbc_desktop.cli.options import NEEDS_VAULT, lang_option
from ehbc_desktop.cli.options import vault_options as _vault_options
from ehbc_desktop.cli.passphrases import PassphraseInputError
from ehbc_desktop.cli.progress import end_progress_line

if TYPE_CHECKING:
    from ehbc_desktop.vault.kdf import KdfParams

Handler = Callable[[argparse.Namespace], int]


class _StrictParser(argparse.ArgumentParser):
    """A parser that never accepts abbreviated option names."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    from ehbc_desktop.cli import (
        case_commands,
        demo_command,
        evidence_commands,
        render_command,
        retention_commands,
        settings_command,
        stats_command,
        user_commands,
        vault_commands,
    )

    parser = argparse.ArgumentParser(
        prog="ehbc",
        description="EHBC Desktop, headless commands. Without a command the window starts.",
    )
    parser.add_argument("--version", action="version", version=f"ehbc {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    parser.add_argument(
        "--lang", choices=("nl", "en"), default="nl",
        help="language of the messages (also accepted after the command)",
    )  # fmt: skip
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_StrictParser
    )

    vault = commands.add_parser("vault", help="create, check and manage the vault")
    vault_sub = vault.add_subparsers(
        dest="vault_command", required=True, metavar="ACTION", parser_class=_StrictParser
    )
    init = vault_sub.add_parser(
        "init", help="create a new vault (prints the recovery key once)", description=NEEDS_VAULT
    )
    _vault_options(init)
    init.add_argument(
        "--school", required=True, help="the school's name (required; shown on every document)"
    )
    init.set_defaults(handler=vault_commands.init)
    check = vault_sub.add_parser(
        "check",
        help="verify pages, audit log, commit record and every evidence file",
        description=NEEDS_VAULT,
    )
    _vault_options(check)
    check.add_argument("--quick", action="store_true", help="do not decrypt the evidence files")
    check.add_argument(
        "--repair",
        action="store_true",
        help="remove orphaned evidence files and temporary files (administrators only)",
    )
    check.set_defaults(handler=vault_commands.check)
    passwd = vault_sub.add_parser(
        "passwd", help="change your passphrase", description=NEEDS_VAULT
    )
    _vault_options(passwd)
    passwd.add_argument("--new-passphrase-file", type=Path, default=None, metavar="FILE",
                        help="file holding the new passphrase (else asked twice)")
    passwd.set_defaults(handler=vault_commands.passwd)
    renew = vault_sub.add_parser(
        "new-recovery-key",
        help="make a new recovery key, printed once; the old one opens nothing (administrators)",
        description=NEEDS_VAULT,
    )
    _vault_options(renew)
    renew.set_defaults(handler=vault_commands.new_recovery_key)
    add_user = vault_sub.add_parser(
        "add-user", help="add a user (administrators only)", description=NEEDS_VAULT
    )
    _vault_options(add_user)
    add_user.add_argument("new_user", metavar="NEWNAME")
    add_user.add_argument("--new-passphrase-file", type=Path, default=None, metavar="FILE",
                          help="file holding the new user's passphrase (else asked twice)")
    add_user.add_argument("--admin", action="store_true", help="the new user is an administrator")
    add_user.set_defaults(handler=vault_commands.add_user)

    cases = commands.add_parser("cases", help="list cases")
    cases_sub = cases.add_subparsers(
        dest="cases_command", required=True, metavar="ACTION", parser_class=_StrictParser
    )
    listing = cases_sub.add_parser(
        "list", help="reference, status, classification, opened", description=NEEDS_VAULT
    )
    _vault_options(listing)
    listing.add_argument("--names", action="store_true", help="also print the pupils' names")
    listing.set_defaults(handler=case_commands.list_cases)

    demo = commands.add_parser("demo", help="create a new vault full of fictional demo cases")
    _vault_options(demo, user=False)
    demo.add_argument("--cases", type=int, default=40, help="how many cases (default 40)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed")
    demo.set_defaults(handler=demo_command.demo)

    render_command.register(commands)
    user_commands.register(commands)
    retention_commands.register(commands)
    settings_command.register(commands)
    evidence_commands.register(commands)
    stats_command.register(commands)
    _add_lang_everywhere(parser)
    return parser


def _add_lang_everywhere(parser: argparse.ArgumentParser) -> None:
    """`--lang` after any command as well as before it."""
    for action in parser._actions:  # argparse offers no public walk over subcommands
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                _add_lang_everywhere(sub)
                if not any("--lang" in a.option_strings for a in sub._actions):
                    lang_option(sub)


def run_cli(argv: list[str], *, kdf: KdfParams | None = None) -> int:
    """Run one command; return the process exit code (0 ok, 1 error, 2 usage).

    `kdf` replaces the calibrated Argon2id parameters of vaults made by `vault init` and
    `demo`; only tests pass it (the program never reads it from anywhere).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    args.kdf = kdf
    if getattr(args, "vault", "absent") is None:
        from ehbc_desktop.paths import default_vault_dir

        args.vault = default_vault_dir()
    handler: Handler = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        end_progress_line()
        return 130
    except BrokenPipeError:  # the reader of our output went away (e.g. `| head`): not an error
        sys.stderr.close()
        return 0
    except Exception as exc:  # every error becomes one line; tracebacks only with --debug
        end_progress_line()
        if args.debug:
            traceback.print_exc()
        print(f"ehbc: {describe_error(exc, args)}", file=sys.stderr)
        return 1


def describe_error(exc: BaseException, args: argparse.Namespace) -> str:
    """One plain line for any error that reaches the command line."""
    from ehbc_desktop.cli.error_messages import error_message

    if isinstance(exc, PassphraseInputError):
        return message(exc.key, args.lang, **exc.values)
    return error_message(exc, args.lang, folder=getattr(args, "vault", ""))
