"""`ehbc demo`: a new vault with the admin user `demo`, full of fictional cases."""

from __future__ import annotations

import argparse
from datetime import date

from ehbc_desktop.cli.messages import message
from ehbc_desktop.cli.passphrases import read_new_passphrase


def demo(args: argparse.Namespace) -> int:
    """Create the demo vault."""
    from ehbc_desktop.demo.vault import create_demo_vault

    passphrase = read_new_passphrase(
        args.passphrase_file,
        message("prompt_demo_passphrase", args.lang),
        message("prompt_repeat_passphrase", args.lang),
    )
    count = create_demo_vault(
        args.vault,
        passphrase,
        cases=args.cases,
        today=date.today(),
        seed=args.seed,
        kdf=getattr(args, "kdf", None),
    )
    print(message("demo_done", args.lang, count=count, folder=args.vault))
    return 0
