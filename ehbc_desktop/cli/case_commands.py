"""`ehbc cases list`."""

from __future__ import annotations

import argparse

from ehbc_desktop.cli.messages import message
from ehbc_desktop.cli.passphrases import read_passphrase
from ehbc_desktop.vocabulary import label


def list_cases(args: argparse.Namespace) -> int:
    """Print one line per case: reference, status, classification, opened (names on request).

    Status and classification are the vocabulary's words in `--lang`, as the window shows them.
    """
    from ehbc_desktop.services.access import access
    from ehbc_desktop.services.case.cases import CaseService

    prompt = message("prompt_passphrase", args.lang)
    session = access.unlock_to_work(
        args.vault, args.user, read_passphrase(args.passphrase_file, prompt)
    )
    try:
        rows = CaseService(session).list_cases()
    finally:
        session.close()
    lang = getattr(args, "lang", "nl")
    for row in sorted(rows, key=lambda r: r.reference):
        status = label(row.status, lang)
        classification = label(row.classification, lang) if row.classification else "-"
        line = f"{row.reference}\t{status}\t{classification}\t{row.opened_on.isoformat()}"
        if args.names:
            line += "\t" + ", ".join((*row.victims, *row.bullies))
        print(line)
    return 0
