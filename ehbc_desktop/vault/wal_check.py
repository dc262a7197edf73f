"""Reads a SQLite write-ahead log the way SQLite's recovery does, without letting SQLite touch it.

SQLite silently ignores every WAL frame from the first damaged one on. Before the database is
opened, the vault reads the WAL itself (header, salts and the running checksums of every frame,
as in SQLite's file format documentation) to learn whether a commit it recorded is still there.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_HEADER = struct.Struct(">IIIIIIII")
_FRAME_HEADER = struct.Struct(">IIIIII")
_MAGIC_LE = 0x377F0682
_MAGIC_BE = 0x377F0683
_MASK = 0xFFFFFFFF


@dataclass(frozen=True, slots=True)
class WalState:
    """What a WAL file holds."""

    exists: bool
    size: int = 0
    committed_frames: int = 0  # frames up to and including the last valid commit frame
    transactions: int = 0  # valid commit frames

    @property
    def empty(self) -> bool:
        """True when the file is missing or has no bytes."""
        return self.size == 0


def _checksum(data: bytes, big_endian: bool, s1: int, s2: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s1 = (s1 + words[index] + s2) & _MASK
        s2 = (s2 + words[index + 1] + s1) & _MASK
    return s1, s2


def inspect_wal(path: Path) -> WalState:
    """Read the WAL at `path` and count the frames SQLite would accept."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return WalState(exists=False)
    size = len(data)
    if size < _HEADER.size:
        return WalState(exists=True, size=size)
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = _HEADER.unpack_from(data)
    big_endian = magic == _MAGIC_BE
    valid_size = page_size >= 512 and page_size & (page_size - 1) == 0
    if magic not in (_MAGIC_LE, _MAGIC_BE) or not valid_size:
        return WalState(exists=True, size=size)
    s1, s2 = _checksum(data[:24], big_endian, 0, 0)
    if (s1, s2) != (c1, c2):
        return WalState(exists=True, size=size)
    frame_size = _FRAME_HEADER.size + page_size
    offset, frames, committed, transactions = _HEADER.size, 0, 0, 0
    while offset + frame_size <= size:
        pgno, commit, f_salt1, f_salt2, f_c1, f_c2 = _FRAME_HEADER.unpack_from(data, offset)
        if pgno == 0 or (f_salt1, f_salt2) != (salt1, salt2):
            break
        s1, s2 = _checksum(data[offset : offset + 8], big_endian, s1, s2)
        start = offset + _FRAME_HEADER.size
        s1, s2 = _checksum(data[start : start + page_size], big_endian, s1, s2)
        if (s1, s2) != (f_c1, f_c2):
            break
        frames += 1
        offset += frame_size
        if commit:
            committed, transactions = frames, transactions + 1
    return WalState(exists=True, size=size, committed_frames=committed, transactions=transactions)
