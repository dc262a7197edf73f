"""Reading passphrases for the command line: from a file or a hidden prompt, never from argv."""

from __future__ import annotations

import getpass
from pathlib import Path

MIN_PASSPHRASE_LENGTH = 12


class PassphraseInputError(Exception):
    """A passphrase could not be read or is not acceptable; `key` names the message."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def read_passphrase(path: Path | None, prompt: str) -> str:
    """The first line of `path`, or a hidden prompt when no file is given."""
    if path is None:
        value = getpass.getpass(prompt)
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PassphraseInputError("passphrase_file") from exc
        value = text.splitlines()[0] if text else ""
    if not value:
        raise PassphraseInputError("passphrase_empty")
    return value


def read_new_passphrase(path: Path | None, prompt: str, again: str) -> str:
    """A new passphrase from `path`, or asked twice; refuses one that is too short."""
    value = read_passphrase(path, prompt)
    if path is None and getpass.getpass(again) != value:
        raise PassphraseInputError("passphrase_mismatch")
    if len(value) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseInputError("passphrase_weak")
    return value
