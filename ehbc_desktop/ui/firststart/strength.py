"""Passphrase strength for the screens: the program's one check (services.passphrase_strength).

Kept as the screens' import path; the estimate itself lives outside ui/ so the command line,
the services and the screens judge a passphrase the same way.
"""

from __future__ import annotations

from ehbc_desktop.services.access.passphrase_strength import (
    MIN_LENGTH,
    Strength,
    StrengthHint,
    assess,
    suggest_passphrase,
)

__all__ = ["MIN_LENGTH", "Strength", "StrengthHint", "assess", "suggest_passphrase"]
