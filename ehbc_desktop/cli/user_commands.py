"""`ehbc users list|add|remove|passwd|role`: colleagues and their roles."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ehbc_desktop.cli.messages import message
from ehbc_desktop.cli.options import vault_options
from ehbc_desktop.cli.passphrases import read_new_passphrase, read_passphrase
from ehbc_desktop.vocabulary import label

ROLES = ("administrator", "member", "clb_worker")

#: What each role may do, for the --help of `users add --role` and `users role`.
ROLES_HELP = (
    "administrator: works on cases and also manages colleagues, roles, school settings and "
    "deleting cases past their retention date; "
    "member: a teacher or staff member who works on cases; "
    "clb_worker: a CLB worker, whose new cases are confidential from the start and whose "
    "files are kept at least 10 years"
)


def _unlock(args: argparse.Namespace) -> Any:
    from ehbc_desktop.services.access import access

    prompt = message("prompt_passphrase", args.lang)
    return access.unlock_to_work(args.vault, args.user,
                                 read_passphrase(args.passphrase_file, prompt))


def list_users(args: argparse.Namespace) -> int:
    """One line per colleague: name, role, last unlock, and a starting passphrase to change."""
    from ehbc_desktop.services.rights.users import UserService

    session = _unlock(args)
    try:
        rows = UserService(session).list_users()
    finally:
        session.close()
    lang = getattr(args, "lang", "nl")
    for row in rows:
        last = row.last_unlock.astimezone().strftime("%Y-%m-%d %H:%M") if row.last_unlock else "-"
        flag = "  " + message("starting_passphrase_flag", lang) if row.must_change else ""
        print(f"{row.name}\t{label(row.role, lang)}\t{last}{flag}")
    return 0


def add(args: argparse.Namespace) -> int:
    """Add a colleague with a starting passphrase (from a file, else a generated one shown once)."""
    from ehbc_desktop.domain.enums import UserRole
    from ehbc_desktop.services.rights.users import UserService, propose_starting_passphrase

    session = _unlock(args)
    try:
        if args.new_passphrase_file is not None:
            start = read_new_passphrase(args.new_passphrase_file, "", "")
        else:
            start = propose_starting_passphrase()
        UserService(session).add_user(args.name, start, UserRole(args.role))
    finally:
        session.close()
    print(message("user_added", args.lang, name=args.name))
    if args.new_passphrase_file is None:
        print(message("starting_passphrase", args.lang, name=args.name))
        print(f"    {start}")
    return 0


def remove(args: argparse.Namespace) -> int:
    """Destroy a colleague's key slot."""
    from ehbc_desktop.services.rights.users import UserService

    session = _unlock(args)
    try:
        UserService(session).remove_user(args.name)
    finally:
        session.close()
    print(message("user_removed", args.lang, name=args.name))
    return 0


def role(args: argparse.Namespace) -> int:
    """Give a colleague another role."""
    from ehbc_desktop.domain.enums import UserRole
    from ehbc_desktop.services.rights.users import UserService

    session = _unlock(args)
    try:
        UserService(session).set_role(args.name, UserRole(args.role))
    finally:
        session.close()
    word = label(UserRole(args.role), args.lang)
    print(message("role_set", args.lang, name=args.name, role=word))
    return 0


def passwd(args: argparse.Namespace) -> int:
    """Change one's own passphrase."""
    from ehbc_desktop.services.rights.users import UserService

    current = read_passphrase(args.passphrase_file,
                              message("prompt_current_passphrase", args.lang))
    from ehbc_desktop.services.access import access

    session = access.unlock(args.vault, args.user, current)
    try:
        new = read_new_passphrase(
            args.new_passphrase_file,
            message("prompt_new_passphrase", args.lang),
            message("prompt_repeat_new_passphrase", args.lang),
        )
        UserService(session).change_own_passphrase(current, new)
    finally:
        session.close()
    print(message("passwd_ok", args.lang))
    return 0


def _options(parser: argparse.ArgumentParser) -> None:
    vault_options(parser)


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add `users` to the main parser's subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "users", help="colleagues and roles (administrators add, remove and change roles)")
    sub = parser.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    listing = sub.add_parser("list", help="name, role and last unlock of every colleague")
    _options(listing)
    listing.set_defaults(handler=list_users)
    adding = sub.add_parser("add", help="add a colleague with a starting passphrase")
    _options(adding)
    adding.add_argument("name", metavar="NAME")
    adding.add_argument("--role", choices=ROLES, default="member",
                        help="default member. " + ROLES_HELP)
    adding.add_argument("--new-passphrase-file", type=Path, default=None,
                        help="starting passphrase from this file (else one is generated)")
    adding.set_defaults(handler=add)
    removing = sub.add_parser("remove", help="destroy a colleague's key slot")
    _options(removing)
    removing.add_argument("name", metavar="NAME")
    removing.set_defaults(handler=remove)
    roles = sub.add_parser("role", help="give a colleague another role")
    _options(roles)
    roles.add_argument("name", metavar="NAME")
    roles.add_argument("role", choices=ROLES, metavar="ROLE", help=ROLES_HELP)
    roles.set_defaults(handler=role)
    change = sub.add_parser("passwd", help="change your own passphrase")
    _options(change)
    change.add_argument("--new-passphrase-file", type=Path, default=None, metavar="FILE",
                        help="file holding the new passphrase (else asked twice)")
    change.set_defaults(handler=passwd)
    return parser
