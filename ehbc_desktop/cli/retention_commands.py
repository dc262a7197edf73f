"""`ehbc retention list|purge`: the closed cases past their retention date, and deleting them."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from ehbc_desktop.cli.messages import message
from ehbc_desktop.cli.options import vault_options
from ehbc_desktop.cli.passphrases import read_passphrase


def _unlock(args: argparse.Namespace) -> Any:
    from ehbc_desktop.services.access import access

    return access.unlock_to_work(args.vault, args.user, read_passphrase(
        args.passphrase_file, message("prompt_passphrase", args.lang)))


def list_expired(args: argparse.Namespace) -> int:
    """Reference, opened, closed, kept until: one line per case to destroy (no names)."""
    from ehbc_desktop.services.rights.retention import RetentionService

    session = _unlock(args)
    try:
        rows = RetentionService(session).expired(date.today())
    finally:
        session.close()
    for row in rows:
        closed = row.closed_on.isoformat() if row.closed_on else "-"
        until = row.retention_until.isoformat() if row.retention_until else "-"
        print(f"{row.reference}\t{row.opened_on.isoformat()}\t{closed}\t{until}")
    if not rows:
        print(message("nothing_to_destroy", args.lang))
    return 0


def purge(args: argparse.Namespace) -> int:
    """Delete every listed case (after a confirmation naming them), or show what would go."""
    from ehbc_desktop.services.rights.retention import RetentionService

    session = _unlock(args)
    try:
        service = RetentionService(session)
        rows = service.expired(date.today())
        if not rows:
            print(message("nothing_to_destroy", args.lang))
            return 0
        references = ", ".join(r.reference for r in rows)
        if args.dry_run:
            result = service.purge([r.case_id for r in rows], date.today(), dry_run=True)
            print(message("purge_dry_run", args.lang, references=references,
                          files=result.evidence_files))
            return 0
        print(message("purge_confirm", args.lang, references=references))
        if not args.yes and input("> ").strip().lower() not in {"ja", "yes"}:
            print(message("purge_cancelled", args.lang))
            return 1
        result = service.purge([r.case_id for r in rows], date.today())
    finally:
        session.close()
    print(message("purged", args.lang, references=references, files=result.evidence_files))
    return 0


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add `retention` to the main parser's subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "retention", help="closed cases past their retention date, and deleting them")
    sub = parser.add_subparsers(dest="retention_command", required=True, metavar="ACTION")
    for name, handler, text in (("list", list_expired, "list the cases to destroy"),
                                ("purge", purge, "delete every listed case (administrators)")):
        cmd = sub.add_parser(name, help=text)
        vault_options(cmd)
        if name == "purge":
            cmd.add_argument("--dry-run", action="store_true", help="only show what would go")
            cmd.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        cmd.set_defaults(handler=handler)
    return parser
