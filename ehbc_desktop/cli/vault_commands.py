"""`ehbc vault init|check|passwd|add-user`."""

from __future__ import annotations

import argparse

from ehbc_desktop.cli.messages import message
from ehbc_desktop.cli.passphrases import read_new_passphrase, read_passphrase


def init(args: argparse.Namespace) -> int:
    """Create a vault and print its recovery key once."""
    from ehbc_desktop.services.access import access

    passphrase = read_new_passphrase(
        args.passphrase_file, "Nieuwe wachtwoordzin: ", "Herhaal de wachtwoordzin: "
    )
    session, recovery_code = access.create(args.vault, args.school, args.user, passphrase)
    session.close()
    print(message("created", args.lang, folder=args.vault))
    print(message("recovery_key", args.lang))
    print(f"    {recovery_code}")
    return 0


def check(args: argparse.Namespace) -> int:
    """Unlock, verify every page and the audit chain, print counts."""
    from ehbc_desktop.services.access import access, maintenance

    session = access.unlock(
        args.vault, args.user, read_passphrase(args.passphrase_file, "Wachtwoordzin: ")
    )
    try:
        report = maintenance.check_vault(session)
    finally:
        session.close()
    for label, count in report.counts.items():
        print(f"{label}: {count}")
    if report.problems:
        for problem in report.problems:
            print(f"probleem: {problem}")
        return 1
    print(message("check_ok", args.lang))
    return 0


def passwd(args: argparse.Namespace) -> int:
    """Change the passphrase of the user who unlocks."""
    from ehbc_desktop.services.access import access

    session = access.unlock(
        args.vault, args.user, read_passphrase(args.passphrase_file, "Huidige wachtwoordzin: ")
    )
    try:
        new = read_new_passphrase(
            args.new_passphrase_file, "Nieuwe wachtwoordzin: ", "Herhaal de nieuwe wachtwoordzin: "
        )
        session.change_passphrase(new)
    finally:
        session.close()
    print(message("passwd_ok", args.lang))
    return 0


def add_user(args: argparse.Namespace) -> int:
    """Add a user; only an unlocked administrator may."""
    from ehbc_desktop.services.access import access

    session = access.unlock(
        args.vault, args.user, read_passphrase(args.passphrase_file, "Wachtwoordzin: ")
    )
    try:
        new = read_new_passphrase(
            args.new_passphrase_file,
            f"Wachtwoordzin voor {args.new_user}: ",
            "Herhaal de wachtwoordzin: ",
        )
        session.add_user(args.new_user, new, admin=args.admin)
    finally:
        session.close()
    print(message("user_added", args.lang, name=args.new_user))
    return 0
