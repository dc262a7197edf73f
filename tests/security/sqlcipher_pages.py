"""Reads a SQLCipher 4 database file page by page with its raw key: every byte in plaintext.

SQLCipher 4 (raw key, default settings): 4096-byte pages, AES-256-CBC over each page except the
reserve at its end (16-byte IV, 64-byte HMAC-SHA512); page 1 begins with the 16-byte salt. The
tests decrypt whole files this way so "not in the database" covers free pages, unused space in
pages and the search index, not only what SQL can still reach.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # IV 16 + HMAC-SHA512 64
SALT = 16


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """All pages of the file, decrypted and concatenated (the reserve bytes left out)."""
    data = path.read_bytes()
    out = bytearray()
    for number, start in enumerate(range(0, len(data) - PAGE + 1, PAGE)):
        page = data[start:start + PAGE]
        skip = SALT if number == 0 else 0
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        body = page[skip:PAGE - RESERVE]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += decryptor.update(body) + decryptor.finalize()
    return bytes(out)
