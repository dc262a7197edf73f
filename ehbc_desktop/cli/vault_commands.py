"""`ehbc vault init|check|passwd|add-user`."""

from __future__ import annotations

import argparse

from ehbc_desktop.cli.messages import message
from ehbc_desktop.cli.passphrases import read_new_passphrase, read_passphrase


def init(args: argparse.Namespace) -> int:
    """Create a vault and print its recovery key once."""
    from ehbc_desktop.services.access import access

    passphrase = read_new_passphrase(
        args.passphrase_file,
        message("prompt_new_passphrase", args.lang),
        message("prompt_repeat_passphrase", args.lang),
    )
    session, recovery_code = access.create(
        args.vault, args.school, args.user, passphrase, kdf=getattr(args, "kdf", None)
    )
    session.close()
    print(message("created", args.lang, folder=args.vault))
    print(message("recovery_key", args.lang))
    print(f"    {recovery_code}")
    return 0


def _prompt(args: argparse.Namespace, which: str = "") -> str:
    """The hidden prompt for the passphrase that unlocks (`which`: "" or "current")."""
    return message(f"prompt_{which}_passphrase" if which else "prompt_passphrase", args.lang)


_COUNTS = {
    # row count label of the check: (Dutch, English) words
    "cases": ("Dossiers", "Cases"),
    "people": ("Betrokkenen", "People involved"),
    "conversations": ("Gesprekken", "Conversations"),
    "follow_ups": ("Opvolgmomenten", "Follow-ups"),
    "evidence": ("Bewijsstukken", "Pieces of evidence"),
    "audit_events": ("Regels in het logboek", "Entries in the audit log"),
}

_FINDINGS = {
    # kind: (Dutch, English) label of a finding
    "database": ("beschadigde databankpagina", "damaged database page"),
    "audit-chain": ("logboek van de kluis klopt niet", "audit log does not add up"),
    "commit-record": ("bewaarrecord (vault.commit) klopt niet", "commit record does not match"),
    "evidence-missing": ("bewijsbestand ontbreekt", "evidence file missing"),
    "evidence-size": ("bewijsbestand heeft de verkeerde grootte", "evidence file wrong size"),
    "evidence-damaged": ("bewijsbestand is beschadigd", "evidence file is damaged"),
    "orphan-blob": ("los bewijsbestand zonder dossier", "orphaned evidence file"),
    "temp-file": ("achtergebleven tijdelijk bestand", "temporary file left behind"),
}


def check(args: argparse.Namespace) -> int:
    """Unlock, check everything (pages, audit chain, record, evidence, orphans), print counts."""
    from ehbc_desktop.services.access import access, maintenance

    session = access.unlock_to_work(
        args.vault, args.user, read_passphrase(args.passphrase_file, _prompt(args))
    )
    english = args.lang == "en"
    try:
        report = maintenance.check_vault(session, quick=args.quick)
        findings = report.findings
        if args.repair and report.removable:
            for finding in report.removable:
                print(("will remove: " if english else "wordt verwijderd: ") + finding.subject)
            removed = set(maintenance.repair(session, report.removable))
            findings = [f for f in findings if f.subject not in removed]
    finally:
        session.close()
    for name, count in report.counts.items():
        dutch_count, english_count = _COUNTS.get(name, (name, name))
        print(f"{english_count if english else dutch_count}: {count}")
    for name in report.removed_at_unlock:
        print(("removed at unlock: " if english else "opgeruimd bij het openen: ") + name)
    if findings:
        for finding in findings:
            dutch, english_label = _FINDINGS.get(finding.kind, (finding.kind, finding.kind))
            word = "problem" if english else "probleem"
            print(f"{word}: {english_label if english else dutch}: {finding.subject}")
        if not args.repair and any(f.kind in maintenance.REMOVABLE for f in findings):
            print(message("check_repair_hint", args.lang))
        return 1
    print(message("check_ok", args.lang))
    return 0


def passwd(args: argparse.Namespace) -> int:
    """Change the passphrase of the user who unlocks."""
    from ehbc_desktop.services.access import access

    session = access.unlock(
        args.vault, args.user, read_passphrase(args.passphrase_file, _prompt(args, "current"))
    )
    try:
        new = read_new_passphrase(
            args.new_passphrase_file,
            message("prompt_new_passphrase", args.lang),
            message("prompt_repeat_new_passphrase", args.lang),
        )
        session.change_passphrase(new)
    finally:
        session.close()
    print(message("passwd_ok", args.lang))
    return 0


def new_recovery_key(args: argparse.Namespace) -> int:
    """Make a new recovery key (administrators) and print it once; the old one opens nothing."""
    from ehbc_desktop.services.access import access
    from ehbc_desktop.services.rights.users import UserService

    session = access.unlock_to_work(
        args.vault, args.user, read_passphrase(args.passphrase_file, _prompt(args))
    )
    try:
        code = UserService(session).renew_recovery_code()
    finally:
        session.close()
    print(message("recovery_renewed", args.lang))
    print(message("recovery_key", args.lang))
    print(f"    {code}")
    return 0


def add_user(args: argparse.Namespace) -> int:
    """Add a user; only an unlocked administrator may."""
    from ehbc_desktop.services.access import access

    session = access.unlock_to_work(
        args.vault, args.user, read_passphrase(args.passphrase_file, _prompt(args))
    )
    try:
        new = read_new_passphrase(
            args.new_passphrase_file,
            message("prompt_passphrase_for", args.lang, name=args.new_user),
            message("prompt_repeat_passphrase", args.lang),
        )
        session.add_user(args.new_user, new, admin=args.admin)
    finally:
        session.close()
    from ehbc_desktop.vault.usernames import normalise_user_name

    print(message("user_added", args.lang, name=normalise_user_name(args.new_user)))
    return 0
