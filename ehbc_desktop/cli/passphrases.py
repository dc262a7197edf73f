"""Reading passphrases for the command line: from a file or a hidden prompt, never from argv.

Every passphrase file (vault, new passphrase, archive) is read by `read_passphrase_file`:
a leading byte-order mark is dropped (UTF-8, or UTF-16 which is then decoded as such), one
trailing line ending (LF or CRLF) is dropped, and everything else is the passphrase exactly
as written. A file that is not UTF-8 (say, Latin-1 from an old editor) is refused with a
clear message rather than read as some other passphrase (and so is a file holding NUL
characters: UTF-16 without its byte-order mark).
"""

from __future__ import annotations

import codecs
import getpass
from pathlib import Path

# A passphrase file is a few words; anything much larger is the wrong file.
MAX_FILE_BYTES = 64 * 1024


class PassphraseInputError(Exception):
    """A passphrase could not be read or is not acceptable; `key` names the message."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def decode_passphrase_bytes(data: bytes) -> str:
    """The passphrase in the bytes of a passphrase file (see the module's rules).

    Raises:
        PassphraseInputError: ``passphrase_encoding`` when the bytes are not UTF-8 (or UTF-16
            with a byte-order mark), ``passphrase_empty`` when nothing is left.
    """
    try:
        if data.startswith(codecs.BOM_UTF8):
            text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")  # the BOM says which byte order, and is dropped
        else:
            text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PassphraseInputError("passphrase_encoding") from exc
    if "\x00" in text:  # UTF-16 without its byte-order mark: never a typed passphrase
        raise PassphraseInputError("passphrase_encoding")
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise PassphraseInputError("passphrase_empty")
    return text


def read_passphrase_file(path: Path) -> str:
    """Read the passphrase file at `path`: the one reader for every passphrase file.

    Raises:
        PassphraseInputError: ``passphrase_file`` (missing, unreadable, too large),
            ``passphrase_encoding`` or ``passphrase_empty``.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise PassphraseInputError("passphrase_file") from exc
    if len(data) > MAX_FILE_BYTES:
        raise PassphraseInputError("passphrase_file")
    return decode_passphrase_bytes(data)


def read_passphrase(path: Path | None, prompt: str) -> str:
    """The passphrase in the file `path`, or from a hidden prompt when no file is given."""
    if path is not None:
        return read_passphrase_file(path)
    value = getpass.getpass(prompt)
    if not value:
        raise PassphraseInputError("passphrase_empty")
    return value


def read_new_passphrase(path: Path | None, prompt: str, again: str) -> str:
    """A new passphrase from `path`, or asked twice at a hidden prompt.

    Its strength is checked by the service that takes it (one check for the whole program).
    """
    value = read_passphrase(path, prompt)
    if path is None and getpass.getpass(again) != value:
        raise PassphraseInputError("passphrase_mismatch")
    return value
